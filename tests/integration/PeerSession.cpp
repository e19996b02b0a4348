#include "tests/integration/PeerSession.hpp"

#include <algorithm>
#include <sstream>
#include <thread>

namespace vc::tests::integration {
namespace {

constexpr auto kReceiveSlice = std::chrono::milliseconds(20);

bool IsLoopback(const std::string& address) {
  return address.rfind("127.", 0) == 0 || address == "::1";
}

}  // namespace

PeerSession::PeerSession(SignalingClient& client, WebrtcbinPeer& peer)
    : client_(client), peer_(peer) {}

std::optional<nlohmann::json> PeerSession::Join(const std::string& room, const std::string& name,
                                                std::chrono::milliseconds timeout,
                                                const std::string& role) {
  join_sent_at_ = std::chrono::steady_clock::now();
  nlohmann::json join = {{"type", "join"}, {"room", room}, {"name", name}};
  if (!role.empty()) join["role"] = role;
  if (!client_.Send(join)) return std::nullopt;
  std::optional<nlohmann::json> joined;
  PumpUntil(
      [&] {
        if (!joined) joined = client_.WaitForType("joined", std::chrono::milliseconds(0));
        joined_ = joined.has_value();
        return joined.has_value() || !errors_.empty();
      },
      timeout);
  return joined;
}

bool PeerSession::PumpUntil(const std::function<bool()>& done, std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (!done()) {
    if (std::chrono::steady_clock::now() >= deadline) return false;
    // The offer only goes out after `joined` (signaling order); candidates wait with it.
    if (joined_) {
      while (auto outgoing = peer_.WaitOutgoing(std::chrono::milliseconds(0))) Forward(*outgoing);
    }
    if (client_.IsClosed()) {
      std::this_thread::sleep_for(kReceiveSlice);
      continue;
    }
    const auto message = client_.WaitFor(
        [](const nlohmann::json& m) { return m.value("type", "") != "joined"; }, kReceiveSlice);
    if (message) Dispatch(*message);
  }
  return true;
}

void PeerSession::Forward(const WebrtcbinPeer::Outgoing& outgoing) {
  using Kind = WebrtcbinPeer::Outgoing::Kind;
  if (outgoing.kind == Kind::kOffer) {
    sent_offer_ = offer_filter_ ? offer_filter_(outgoing.text) : outgoing.text;
    client_.Send({{"type", "offer"}, {"sdp", sent_offer_}});
  } else if (outgoing.kind == Kind::kCandidate) {
    const auto text = to_mcu_ ? to_mcu_(outgoing.text) : std::optional(outgoing.text);
    if (!text) return;
    if (auto parsed = ParseCandidate(*text)) peer_candidates_.push_back(*parsed);
    client_.Send({{"type", "candidate"},
                  {"candidate", *text},
                  {"sdpMid", outgoing.mid},
                  {"sdpMLineIndex", outgoing.mline_index}});
  }
}

void PeerSession::Dispatch(const nlohmann::json& message) {
  const std::string type = message.value("type", "");
  if (type == "answer" && message.contains("sdp") && message["sdp"].is_string()) {
    answered_ = true;
    std::istringstream lines(message["sdp"].get<std::string>());
    std::string sdp;
    std::string line;
    while (std::getline(lines, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.rfind("a=candidate:", 0) == 0) {
        const auto text = to_peer_ ? to_peer_(line.substr(2)) : std::optional(line.substr(2));
        if (!text) continue;
        NoteCandidate(*text);
        line = "a=" + *text;
      }
      sdp += line + "\r\n";
    }
    peer_.SetRemoteDescription(WebrtcbinPeer::Outgoing::Kind::kAnswer, sdp);
  } else if (type == "candidate") {
    const auto& value = message.contains("candidate") ? message["candidate"] : nlohmann::json();
    if (!value.is_string() || value.get<std::string>().empty()) return;  // end of candidates
    const auto rewritten =
        to_peer_ ? to_peer_(value.get<std::string>()) : std::optional(value.get<std::string>());
    if (!rewritten) return;
    const std::string text = *rewritten;
    NoteCandidate(text);
    const auto parsed = ParseCandidate(text);
    // Only loopback: the peer's agent has no other address, and tests stay on loopback.
    if (parsed && IsLoopback(parsed->address)) {
      peer_.AddRemoteCandidate(message.value("sdpMLineIndex", 0u), text);
    }
  } else if (type == "error") {
    errors_.push_back(message);
  } else {
    others_.push_back(message);
  }
}

void PeerSession::NoteCandidate(const std::string& value) {
  if (auto parsed = ParseCandidate(value)) mcu_candidates_.push_back(std::move(*parsed));
}

std::optional<PeerSession::Candidate> PeerSession::ParseCandidate(const std::string& value) {
  std::string text = value.rfind("candidate:", 0) == 0 ? value.substr(10) : value;
  std::istringstream fields(text);
  std::string foundation, component, transport, priority, address, port, typ, type;
  if (!(fields >> foundation >> component >> transport >> priority >> address >> port >> typ >>
        type) ||
      typ != "typ") {
    return std::nullopt;
  }
  Candidate candidate;
  std::transform(transport.begin(), transport.end(), transport.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  candidate.transport = transport;
  candidate.address = address;
  candidate.type = type;
  try {
    const int number = std::stoi(port);
    if (number <= 0 || number > 65535) return std::nullopt;
    candidate.port = static_cast<uint16_t>(number);
  } catch (const std::exception&) {
    return std::nullopt;
  }
  return candidate;
}

bool PeerSession::HasError(const std::string& code) const {
  return std::any_of(errors_.begin(), errors_.end(),
                     [&](const nlohmann::json& e) { return e.value("code", "") == code; });
}

std::string PeerSession::Describe() const {
  std::ostringstream text;
  text << "answered=" << answered_ << " connection=" << peer_.ConnectionState()
       << " audio_samples=" << peer_.Media().AudioSamples()
       << " video_frames=" << peer_.Media().Video().frames << "\nMCU candidates:";
  for (const auto& c : mcu_candidates_) text << " " << c.transport << ":" << c.address << ":" << c.port;
  text << "\nerrors from MCU:";
  for (const auto& e : errors_) text << " " << e.dump();
  text << "\npeer errors:";
  for (const auto& e : peer_.Errors()) text << "\n  " << e;
  text << "\nsignaling transcript:\n" << client_.Transcript();
  return text.str();
}

}  // namespace vc::tests::integration
