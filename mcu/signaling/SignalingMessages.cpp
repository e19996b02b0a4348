#include "mcu/signaling/SignalingMessages.hpp"

#include <nlohmann/json.hpp>

#include <functional>
#include <map>

namespace vc::mcu::signaling {
namespace {
using nlohmann::json;

constexpr size_t kMaxNameChars = 64;
constexpr size_t kMaxRoomChars = 64;
constexpr size_t kMaxSdpBytes = 60 * 1024;

const std::string& RequireString(const json& message, const char* field) {
  auto it = message.find(field);
  if (it == message.end() || !it->is_string()) {
    throw SignalingError("bad_message", std::string("field '") + field + "' must be a string");
  }
  return it->get_ref<const std::string&>();
}

std::optional<std::string> OptionalString(const json& message, const char* field) {
  auto it = message.find(field);
  if (it == message.end() || it->is_null()) return std::nullopt;
  if (!it->is_string()) {
    throw SignalingError("bad_message", std::string("field '") + field + "' must be a string");
  }
  return it->get<std::string>();
}

// Counts Unicode code points of valid UTF-8 (nlohmann has already rejected invalid UTF-8).
size_t CodePoints(const std::string& text) {
  size_t count = 0;
  for (unsigned char c : text) count += (c & 0xC0) != 0x80;
  return count;
}

void CheckRoomName(const std::string& room) {
  if (room.empty() || room.size() > kMaxRoomChars) {
    throw SignalingError("bad_room", "room name must be 1 to 64 characters");
  }
  for (char c : room) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '-' || c == '_' || c == '.';
    if (!ok) throw SignalingError("bad_room", "room name may hold only letters, digits, - _ .");
  }
}

Request ParseJoin(const json& message) {
  JoinRequest join;
  join.room = RequireString(message, "room");
  CheckRoomName(join.room);
  join.name = RequireString(message, "name");
  size_t chars = CodePoints(join.name);
  if (chars == 0 || chars > kMaxNameChars) {
    throw SignalingError("bad_message", "name must be 1 to 64 characters");
  }
  join.pin = OptionalString(message, "pin");
  join.token = OptionalString(message, "token");
  if (auto role = OptionalString(message, "role")) {
    if (*role == "chair") {
      join.role = Role::kChair;
    } else if (*role != "participant") {
      throw SignalingError("bad_message", "role must be 'participant' or 'chair'");
    }
  }
  return join;
}

Request ParseOffer(const json& message) {
  OfferRequest offer{RequireString(message, "sdp")};
  if (offer.sdp.empty() || offer.sdp.size() > kMaxSdpBytes) {
    throw SignalingError("bad_message", "sdp must be 1 byte to 60 KiB");
  }
  return offer;
}

Request ParseCandidate(const json& message) {
  CandidateRequest candidate;
  candidate.candidate = OptionalString(message, "candidate").value_or("");
  candidate.sdp_mid = OptionalString(message, "sdpMid");
  if (auto it = message.find("sdpMLineIndex"); it != message.end() && !it->is_null()) {
    if (!it->is_number_integer()) {
      throw SignalingError("bad_message", "field 'sdpMLineIndex' must be an integer");
    }
    candidate.sdp_mline_index = it->get<int>();
  }
  return candidate;
}

Request ParseLeave(const json&) { return LeaveRequest{}; }

bool RequireBool(const json& message, const char* field) {
  auto it = message.find(field);
  if (it == message.end() || !it->is_boolean()) {
    throw SignalingError("bad_message", std::string("field '") + field + "' must be true or false");
  }
  return it->get<bool>();
}

Request ParseMute(const json& message) {
  MuteRequest mute;
  mute.participant = RequireString(message, "participant");
  if (mute.participant.empty() || mute.participant.size() > kMaxNameChars) {
    throw SignalingError("bad_message", "participant must be 1 to 64 characters");
  }
  mute.muted = RequireBool(message, "muted");
  return mute;
}

Request ParseMuteAll(const json& message) { return MuteAllRequest{RequireBool(message, "muted")}; }

Request ParseLayout(const json& message) {
  LayoutRequest layout{RequireString(message, "layout"), OptionalString(message, "presenter")};
  if (layout.layout != "grid" && layout.layout != "speaker" && layout.layout != "presenter") {
    throw SignalingError("bad_message", "layout must be 'grid', 'speaker' or 'presenter'");
  }
  if (layout.presenter && (layout.presenter->empty() || layout.presenter->size() > kMaxNameChars)) {
    throw SignalingError("bad_message", "presenter must be 1 to 64 characters");
  }
  return layout;
}

Request ParseHand(const json& message) { return HandRequest{RequireBool(message, "raised")}; }

Request ParseRecord(const json& message) { return RecordRequest{RequireBool(message, "recording")}; }

// One parser per message type, looked up by name (no if/else chain).
const std::map<std::string, std::function<Request(const json&)>, std::less<>>& Parsers() {
  static const std::map<std::string, std::function<Request(const json&)>, std::less<>> parsers = {
      {"join", ParseJoin},
      {"offer", ParseOffer},
      {"candidate", ParseCandidate},
      {"leave", ParseLeave},
      {"mute", ParseMute},
      {"mute_all", ParseMuteAll},
      {"layout", ParseLayout},
      {"hand", ParseHand},
      {"record", ParseRecord},
  };
  return parsers;
}

json ParticipantsJson(const std::vector<ParticipantInfo>& list) {
  json array = json::array();
  for (const auto& p : list) array.push_back({{"id", p.id}, {"name", p.name}, {"muted", p.muted},
                      {"role", p.chair ? "chair" : "participant"}, {"hand", p.hand}});
  return array;
}
}  // namespace

Request ParseRequest(std::string_view text) {
  json message;
  try {
    message = json::parse(text);
  } catch (const json::parse_error& e) {
    throw SignalingError("bad_json", std::string("message is not valid JSON: ") + e.what());
  }
  if (!message.is_object()) throw SignalingError("bad_json", "message must be a JSON object");
  const std::string& type = RequireString(message, "type");
  auto parser = Parsers().find(type);
  if (parser == Parsers().end()) {
    throw SignalingError("unknown_type", "unknown message type '" + type.substr(0, 32) + "'");
  }
  return parser->second(message);
}

std::string MakeJoined(const std::string& room, const std::string& id,
                       const std::vector<ParticipantInfo>& participants) {
  return json{{"type", "joined"}, {"room", room}, {"id", id},
              {"participants", ParticipantsJson(participants)}}
      .dump();
}

std::string MakeAnswer(const std::string& sdp) {
  return json{{"type", "answer"}, {"sdp", sdp}}.dump();
}

std::string MakeCandidate(const std::string& candidate, const std::string& mid) {
  return json{{"type", "candidate"}, {"candidate", candidate}, {"sdpMid", mid},
              {"sdpMLineIndex", 0}}
      .dump();
}

std::string MakeParticipants(const std::string& room, const std::vector<ParticipantInfo>& list) {
  return json{{"type", "participants"}, {"room", room}, {"participants", ParticipantsJson(list)}}
      .dump();
}

std::string MakeLeft() { return json{{"type", "left"}}.dump(); }

std::string MakeMuted(bool muted, const std::string& by) {
  return json{{"type", "muted"}, {"muted", muted}, {"by", by}}.dump();
}

std::string MakeActiveSpeaker(const std::vector<std::string>& participants) {
  return json{{"type", "active_speaker"}, {"participants", participants}}.dump();
}

std::string MakeLayout(const std::string& layout, const std::optional<std::string>& presenter) {
  json message{{"type", "layout"}, {"layout", layout}};
  if (presenter) message["presenter"] = *presenter;
  return message.dump();
}

std::string MakeHand(const std::string& participant, const std::string& name, bool raised) {
  return json{{"type", "hand"}, {"participant", participant}, {"name", name}, {"raised", raised}}
      .dump();
}

std::string MakeRecording(bool available, bool recording, const std::optional<std::string>& since) {
  json message{{"type", "recording"}, {"available", available}, {"recording", recording}};
  if (since) message["since"] = *since;
  return message.dump();
}

std::string MakeError(const std::string& code, const std::string& reason) {
  return json{{"type", "error"}, {"code", code}, {"reason", reason}}.dump(
      -1, ' ', false, json::error_handler_t::replace);
}

}  // namespace vc::mcu::signaling
