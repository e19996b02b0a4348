#pragma once
// The room's side of the provisioning API (docs/provisioning-api.md): the requests vc-room
// sends to vc-provision and strict parsing of its answers. Pure functions, no I/O. Anything
// malformed in an answer throws ProtocolError with one sentence naming the field.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace vc::appliance::provisioning {

class ProtocolError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A scheduled meeting as the server describes it (next_meeting, schedule).
struct Meeting {
  std::string id;
  std::string title;
  std::string start;          // "2026-12-01T08:00:00Z" as sent
  int64_t start_epoch = 0;    // seconds since 1970
  int duration_minutes = 0;
  std::string mcu_room;
  std::string mode;           // "conference" | "training"
  std::optional<std::string> pin;
  std::string join_opens_at;  // as sent
  int64_t join_opens_epoch = 0;
  std::optional<std::string> join_token;  // once join opens, until the meeting ends

  int64_t EndEpoch() const { return start_epoch + int64_t{duration_minutes} * 60; }
  // Join is offered: the server handed out the token and the meeting has not ended.
  bool Available(int64_t now_epoch) const { return join_token.has_value() && now_epoch < EndEpoch(); }
  bool operator==(const Meeting&) const = default;
};

struct EnrollReply {
  std::string room_id;
  std::string credential;
  int config_version = 0;
  nlohmann::json config;  // a room configuration (docs/room-config.md), not yet validated
};

struct HeartbeatReply {
  int config_version = 0;
  std::optional<nlohmann::json> config;  // only when newer than the one reported
  std::optional<Meeting> next_meeting;
};

// A 4xx/5xx answer: {"error": code, "reason": text}; unparseable bodies give code "http_<N>".
struct ServerError {
  int status = 0;
  std::string code;
  std::string reason;
};

struct DeviceFaultSummary {
  std::string device;
  std::string message;
};

// What the heartbeat says about the room.
struct HeartbeatSummary {
  std::string call_state;  // RoomStateName: standby | waking | joining | in_call | ...
  std::vector<DeviceFaultSummary> faults;
  std::string software_version;
  int config_version = 0;
  std::optional<std::string> meeting;  // the MCU room while in (or joining) a call
};

std::string MakeEnrollRequest(const std::string& code, const std::string& serial,
                              const std::string& software_version);
std::string MakeHeartbeatRequest(const HeartbeatSummary& summary);

EnrollReply ParseEnrollReply(std::string_view body);
HeartbeatReply ParseHeartbeatReply(std::string_view body);
Meeting ParseMeeting(const nlohmann::json& value);  // throws ProtocolError
ServerError ParseServerError(int status, std::string_view body);  // never throws

// "2026-12-01T08:00:00Z" (also with fractional seconds or a +HH:MM offset) to seconds since
// 1970; nullopt when it is not such a time.
std::optional<int64_t> ParseUtcTime(std::string_view text);

}  // namespace vc::appliance::provisioning
