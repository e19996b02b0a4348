#include "mcu/http/AdminApi.hpp"

#include <openssl/crypto.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <vector>

namespace vc::mcu::http {
namespace {
using nlohmann::json;

constexpr std::string_view kPrefix = "/api/v1/";
constexpr std::string_view kBearer = "Bearer ";

ApiResponse Error(unsigned status, const std::string& error, const std::string& reason) {
  return {status, json{{"error", error}, {"reason", reason}}.dump(-1, ' ', false,
                                                                   json::error_handler_t::replace)};
}

std::vector<std::string> Split(std::string_view path) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= path.size()) {
    size_t slash = path.find('/', start);
    if (slash == std::string_view::npos) slash = path.size();
    parts.emplace_back(path.substr(start, slash - start));
    start = slash + 1;
  }
  return parts;
}

// {"muted": bool} or the reason it is not.
std::optional<bool> ParseMuted(const std::string& body, std::string& reason) {
  json message = json::parse(body, nullptr, false);
  if (message.is_discarded() || !message.is_object()) {
    reason = "body must be a JSON object like {\"muted\":true}";
    return std::nullopt;
  }
  auto it = message.find("muted");
  if (it == message.end() || !it->is_boolean()) {
    reason = "field 'muted' must be true or false";
    return std::nullopt;
  }
  return it->get<bool>();
}

constexpr int kMinCapKbps = 30;
constexpr int kMaxCapKbps = 100000;

// {"max_kbps": N} (an integer kb/s) or {"max_kbps": null} (no cap) into `cap`; false with the
// reason when the body is neither.
bool ParseMaxKbps(const std::string& body, std::optional<int>& cap, std::string& reason) {
  json message = json::parse(body, nullptr, false);
  if (message.is_discarded() || !message.is_object()) {
    reason = "body must be a JSON object like {\"max_kbps\":300}";
    return false;
  }
  auto it = message.find("max_kbps");
  if (it == message.end()) {
    reason = "field 'max_kbps' is required (a number of kb/s, or null for no cap)";
    return false;
  }
  if (it->is_null()) {
    cap.reset();
    return true;
  }
  if (!it->is_number_integer() || it->get<int64_t>() < kMinCapKbps ||
      it->get<int64_t>() > kMaxCapKbps) {
    reason = "field 'max_kbps' must be an integer from " + std::to_string(kMinCapKbps) + " to " +
             std::to_string(kMaxCapKbps) + ", or null";
    return false;
  }
  cap = static_cast<int>(it->get<int64_t>());
  return true;
}

ApiResponse FromResult(AdminResult result, const std::string& room, const std::string& id) {
  switch (result) {
    case AdminResult::kOk:
      return {200, json{{"ok", true}}.dump()};
    case AdminResult::kNoRoom:
      return Error(404, "unknown_room", "no room '" + room.substr(0, 64) + "'");
    case AdminResult::kNoParticipant:
      return Error(404, "unknown_participant",
                   "no participant '" + id.substr(0, 64) + "' in room '" + room.substr(0, 64) + "'");
  }
  return Error(500, "internal", "unexpected result");
}
}  // namespace

AdminApi::AdminApi(std::optional<std::string> token, AdminBackend& backend)
    : token_(std::move(token)), backend_(backend) {}

std::string AdminApi::ReadTokenFile(const std::string& path) {
  std::ifstream file(path);
  if (!file) throw std::runtime_error("cannot read admin token file '" + path + "'");
  std::string line;
  std::getline(file, line);
  const auto first = line.find_first_not_of(" \t\r\n");
  const auto last = line.find_last_not_of(" \t\r\n");
  if (first == std::string::npos) {
    throw std::runtime_error("admin token file '" + path + "' holds no token");
  }
  return line.substr(first, last - first + 1);
}

bool AdminApi::Authorized(const std::string& authorization) const {
  if (!authorization.starts_with(kBearer)) return false;
  const std::string given = authorization.substr(kBearer.size());
  // Constant time, so response timing does not reveal how much of the token matched.
  return given.size() == token_->size() &&
         CRYPTO_memcmp(given.data(), token_->data(), given.size()) == 0;
}

ApiResponse AdminApi::Handle(const ApiRequest& request) const {
  if (!token_) return Error(401, "unauthorized", "admin API disabled: no --admin-token-file");
  if (request.authorization.empty()) {
    return Error(401, "unauthorized", "missing 'Authorization: Bearer TOKEN' header");
  }
  if (!Authorized(request.authorization)) return Error(401, "unauthorized", "wrong admin token");
  if (!request.path.starts_with(kPrefix)) return Error(404, "not_found", "unknown API path");
  const auto parts = Split(std::string_view(request.path).substr(kPrefix.size()));
  // rooms | rooms/{room}/mute_all | rooms/{room}/layout | rooms/{room}/participants/{id}/mute|bitrate
  if (parts.empty() || parts[0] != "rooms") return Error(404, "not_found", "unknown API path");
  const bool list = parts.size() == 1 || (parts.size() == 2 && parts[1].empty());
  const bool mute_all = parts.size() == 3 && parts[2] == "mute_all";
  const bool mute = parts.size() == 5 && parts[2] == "participants" && parts[4] == "mute";
  const bool layout = parts.size() == 3 && parts[2] == "layout";
  const bool bitrate = parts.size() == 5 && parts[2] == "participants" && parts[4] == "bitrate";
  const bool recording = parts.size() == 3 && parts[2] == "recording";
  if (!list && !mute_all && !mute && !layout && !bitrate && !recording) {
    return Error(404, "not_found", "unknown API path");
  }
  const std::string expected = list ? "GET" : "POST";
  if (request.method != expected) {
    return Error(405, "method_not_allowed", "use " + expected + " on " + request.path.substr(0, 128));
  }
  if (list) return ListRooms();
  if (mute_all) return MuteAll(parts[1], request.body);
  if (layout) return SetLayout(parts[1], request.body);
  if (bitrate) return Bitrate(parts[1], parts[3], request.body);
  if (recording) return Recording(parts[1], request.body);
  return Mute(parts[1], parts[3], request.body);
}

ApiResponse AdminApi::ListRooms() const {
  json rooms = json::array();
  for (const auto& room : backend_.AdminListRooms()) {
    json participants = json::array();
    for (const auto& p : room.participants) {
      json entry = {{"id", p.id},
                    {"name", p.name},
                    {"role", p.chair ? "chair" : "participant"},
                    {"muted", p.muted},
                    {"talking", p.talking},
                    {"max_kbps", nullptr},
                    {"content_packets", p.content_packets},
                    {"hand", p.hand}};
      if (p.max_kbps) entry["max_kbps"] = *p.max_kbps;
      if (p.uplink_kbps) entry["uplink_kbps"] = *p.uplink_kbps;
      participants.push_back(std::move(entry));
    }
    json entry = {{"room", room.name},
                  {"echo", room.echo},
                  {"recording", room.recording},
                  {"layout", nullptr},
                  {"participants", participants}};
    if (!room.layout.empty()) entry["layout"] = room.layout;
    if (room.presenter) entry["presenter"] = *room.presenter;
    rooms.push_back(std::move(entry));
  }
  return {200, json{{"rooms", rooms}}.dump(-1, ' ', false, json::error_handler_t::replace)};
}

ApiResponse AdminApi::Mute(const std::string& room, const std::string& participant,
                           const std::string& body) const {
  std::string reason;
  auto muted = ParseMuted(body, reason);
  if (!muted) return Error(400, "bad_request", reason);
  return FromResult(backend_.AdminSetMuted(room, participant, *muted), room, participant);
}

ApiResponse AdminApi::MuteAll(const std::string& room, const std::string& body) const {
  std::string reason;
  // An empty body means "mute": the common case needs no payload.
  auto muted = body.empty() ? std::optional<bool>(true) : ParseMuted(body, reason);
  if (!muted) return Error(400, "bad_request", reason);
  return FromResult(backend_.AdminMuteAll(room, *muted), room, "");
}

ApiResponse AdminApi::SetLayout(const std::string& room, const std::string& body) const {
  // {"layout": "grid"|"speaker"|"presenter", "presenter": "p2"?}
  json message = json::parse(body, nullptr, false);
  const char* usage = "body must be a JSON object like {\"layout\":\"speaker\",\"presenter\":\"p2\"}";
  if (message.is_discarded() || !message.is_object()) return Error(400, "bad_request", usage);
  auto layout = message.find("layout");
  if (layout == message.end() || !layout->is_string() ||
      (*layout != "grid" && *layout != "speaker" && *layout != "presenter")) {
    return Error(400, "bad_request", "field 'layout' must be 'grid', 'speaker' or 'presenter'");
  }
  std::optional<std::string> presenter;
  if (auto it = message.find("presenter"); it != message.end() && !it->is_null()) {
    if (!it->is_string() || it->get_ref<const std::string&>().empty()) {
      return Error(400, "bad_request", "field 'presenter' must be a participant id");
    }
    presenter = it->get<std::string>();
  }
  return FromResult(backend_.AdminSetLayout(room, layout->get<std::string>(), presenter), room,
                    presenter.value_or(""));
}

ApiResponse AdminApi::Bitrate(const std::string& room, const std::string& participant,
                              const std::string& body) const {
  std::string reason;
  std::optional<int> max_kbps;
  if (!ParseMaxKbps(body, max_kbps, reason)) return Error(400, "bad_request", reason);
  return FromResult(backend_.AdminSetBitrateCap(room, participant, max_kbps), room, participant);
}

ApiResponse AdminApi::Recording(const std::string& room, const std::string& body) const {
  json message = json::parse(body, nullptr, false);
  if (message.is_discarded() || !message.is_object()) {
    return Error(400, "bad_request", "body must be a JSON object like {\"recording\":true}");
  }
  auto it = message.find("recording");
  if (it == message.end() || !it->is_boolean()) {
    return Error(400, "bad_request", "field 'recording' must be true or false");
  }
  const AdminRecording result = backend_.AdminSetRecording(room, it->get<bool>());
  switch (result.result) {
    case AdminRecording::Result::kOk:
      return {200, json{{"room", room}, {"recording", result.recording}, {"file", result.file}}
                       .dump(-1, ' ', false, json::error_handler_t::replace)};
    case AdminRecording::Result::kNoRoom:
      return Error(404, "unknown_room", "no room '" + room.substr(0, 64) + "'");
    case AdminRecording::Result::kUnavailable:
      return Error(409, "recording_unavailable", result.reason);
    case AdminRecording::Result::kFailed:
      return Error(500, "recording_failed", result.reason);
  }
  return Error(500, "internal", "unexpected result");
}

}  // namespace vc::mcu::http
