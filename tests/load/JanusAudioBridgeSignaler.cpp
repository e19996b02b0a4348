#include "tests/load/JanusAudioBridgeSignaler.hpp"

#include <stdexcept>

namespace vc::tests::load {
namespace {

using Milliseconds = std::chrono::milliseconds;
constexpr Milliseconds kRequestTimeout{5000};
constexpr Milliseconds kGatherTimeout{5000};
constexpr Milliseconds kAnswerTimeout{20000};
constexpr const char* kPlugin = "janus.plugin.audiobridge";
constexpr int kRoomExists = 486;  // JANUS_AUDIOBRIDGE_ERROR_ROOM_EXISTS

}  // namespace

HttpEndpoint HttpEndpoint::Parse(const std::string& url) {
  constexpr std::string_view kScheme = "http://";
  if (url.rfind(kScheme, 0) != 0) throw std::invalid_argument("--janus must be http://HOST:PORT/janus");
  const std::string rest = url.substr(kScheme.size());
  const std::string authority = rest.substr(0, rest.find('/'));
  const auto colon = authority.rfind(':');
  if (colon == std::string::npos) throw std::invalid_argument("--janus needs a port: " + url);
  HttpEndpoint endpoint;
  endpoint.host = authority.substr(0, colon);
  if (endpoint.host != "127.0.0.1") throw std::invalid_argument("--janus must be on 127.0.0.1");
  const int port = std::stoi(authority.substr(colon + 1));
  if (port <= 0 || port > 65535) throw std::invalid_argument("--janus port out of range: " + url);
  endpoint.port = static_cast<uint16_t>(port);
  return endpoint;
}

JanusAudioBridgeSignaler::JanusAudioBridgeSignaler(GMainContext* context,
                                                   const HttpEndpoint& endpoint, uint64_t room,
                                                   bool create_room, std::string name,
                                                   mcu::webrtc::PeerConnection& pc)
    : context_(context),
      room_(room),
      create_room_(create_room),
      name_(std::move(name)),
      pc_(pc),
      client_(endpoint.port) {}

JanusAudioBridgeSignaler::~JanusAudioBridgeSignaler() = default;

void JanusAudioBridgeSignaler::Start() {
  try {
    client_.CreateSession(kRequestTimeout);
    client_.Attach(kPlugin, kRequestTimeout);
    if (create_room_) CreateRoom();
    Join();
  } catch (const std::exception& e) {
    if (error_.empty()) error_ = e.what();
  }
}

void JanusAudioBridgeSignaler::CreateRoom() {
  const nlohmann::json body = {{"request", "create"},      {"room", room_},
                               {"permanent", false},       {"description", "vc-load"},
                               {"sampling_rate", 48000},   {"audiolevel_ext", true},
                               {"audiolevel_event", false}, {"record", false}};
  const auto reply = client_.SyncMessage(body, kRequestTimeout);
  if (!reply) throw std::runtime_error("AudioBridge create: " + client_.LastError());
  const auto data = reply->value("/plugindata/data"_json_pointer, nlohmann::json::object());
  if (data.value("audiobridge", "") == "created") return;
  if (data.value("error_code", 0) == kRoomExists) return;
  throw std::runtime_error("AudioBridge create refused: " + reply->dump());
}

void JanusAudioBridgeSignaler::Join() {
  pc_.StartOffer();
  // Janus takes no trickle from us here: wait for our (loopback, immediate) gathering.
  const auto gather_deadline = std::chrono::steady_clock::now() + kGatherTimeout;
  while (!pc_.local_gathering_done() && std::chrono::steady_clock::now() < gather_deadline) {
    g_main_context_iteration(context_, FALSE);
  }
  const nlohmann::json body = {{"request", "join"}, {"room", room_}, {"display", name_},
                               {"muted", false}};
  const nlohmann::json jsep = {{"type", "offer"}, {"sdp", pc_.CreateOffer(/*with_candidates=*/true)}};
  if (!client_.Message(body, jsep, kRequestTimeout)) {
    throw std::runtime_error("AudioBridge join: " + client_.LastError());
  }
  const auto deadline = std::chrono::steady_clock::now() + kAnswerTimeout;
  while (std::chrono::steady_clock::now() < deadline) {
    const auto event = client_.PollEvent(kAnswerTimeout);
    if (!event) continue;
    const auto data = event->value("/plugindata/data"_json_pointer, nlohmann::json::object());
    if (data.contains("error")) throw std::runtime_error("AudioBridge join refused: " + event->dump());
    if (event->contains("jsep") && (*event)["jsep"].value("type", "") == "answer") {
      pc_.ApplyAnswer((*event)["jsep"].value("sdp", ""));
      return;
    }
  }
  throw std::runtime_error("AudioBridge join: no answer within 20 s");
}

void JanusAudioBridgeSignaler::Leave() {
  if (client_.SessionId() == 0) return;
  client_.Destroy(Milliseconds(500));  // destroying the session leaves the room
}

}  // namespace vc::tests::load
