#include "appliance/app/CallRecording.hpp"

#include <nlohmann/json.hpp>

#include "appliance/control/CommandArgs.hpp"
#include "common/log/Log.hpp"

namespace vc::appliance::app {
namespace {

using control::CommandError;
using control::CommandReply;
using control::CommandResult;
using nlohmann::json;
namespace error_code = control::error_code;

constexpr const char* kRecording = "Call/Recording";
constexpr const char* kSince = "Call/RecordingSince";
constexpr const char* kError = "Call/RecordingError";
constexpr size_t kMaxSince = 64;  // an ISO 8601 time; anything longer is not one

void NoArgs(const json& args) {
  control::CommandArgs checked(args);
  if (!args.is_null() && !args.empty())
    throw CommandError(error_code::kBadArgs, "this command takes no arguments");
}

bool IsString(const json& message, const char* field, const char* value) {
  const auto it = message.find(field);
  return it != message.end() && it->is_string() && *it == value;
}

}  // namespace

CallRecording::CallRecording(CallPort& call, control::StatusTree& status)
    : call_(call), status_(status) {}

void CallRecording::Register(control::CommandTable& table) {
  table.Register("Call.Recording.Start",
                 "training: ask the MCU to record the meeting (everyone is told)",
                 [this](const json& args, CommandReply reply) {
                   NoArgs(args);
                   Ask(true);
                   reply(CommandResult::Ok());
                 });
  table.Register("Call.Recording.Stop", "training: ask the MCU to stop recording the meeting",
                 [this](const json& args, CommandReply reply) {
                   NoArgs(args);
                   Ask(false);
                   reply(CommandResult::Ok());
                 });
}

void CallRecording::Ask(bool recording) {
  if (!in_call_) throw CommandError(error_code::kInvalidState, "the room is not in a call");
  if (!chair_) {
    throw CommandError(
        error_code::kInvalidState,
        "only the training room (the meeting's chair) may record the meeting; this room joined "
        "as a participant (conference mode)");
  }
  if (!available_) {
    throw CommandError(
        error_code::kInvalidState,
        "recording is not available in this meeting (the MCU records only conference rooms, "
        "and only when it runs with --recording-dir)");
  }
  if (!call_.SendSignaling(json{{"type", "record"}, {"recording", recording}}.dump())) {
    throw CommandError(error_code::kInvalidState, "the room is not in a call");
  }
  asked_ = recording;
  vc::common::log::Info("vc-room", recording ? "recording start" : "recording stop",
                        " asked of the MCU");
}

void CallRecording::OnRoomStatusChanged(const RoomStatus& status) {
  in_call_ = status.state == RoomState::kInCall;
  chair_ = status.call_role == "chair";
  call_on_ =
      in_call_ || status.state == RoomState::kJoining || status.state == RoomState::kReconnecting;
  if (!call_on_) Clear();
}

void CallRecording::OnRoomCallEvent(const std::string& text) {
  const json message = json::parse(text, nullptr, false);
  if (!message.is_object() || !call_on_) return;
  if (IsString(message, "type", "recording")) {
    const auto available = message.find("available");
    const auto recording = message.find("recording");
    const auto since = message.find("since");
    if (available == message.end() || !available->is_boolean() ||
        (available->get<bool>() && (recording == message.end() || !recording->is_boolean()))) {
      vc::common::log::Warn("vc-room",
                            "ignoring a recording message without available/recording: ", text);
      return;
    }
    const bool valid_since = since != message.end() && since->is_string() &&
                             since->get<std::string>().size() <= kMaxSince;
    OnRecording(available->get<bool>(), available->get<bool>() && recording->get<bool>(),
                valid_since ? since->get<std::string>() : "");
  } else if (IsString(message, "type", "error")) {
    const auto code = message.find("code");
    const auto reason = message.find("reason");
    if (code == message.end() || !code->is_string()) return;
    OnError(code->get<std::string>(),
            reason != message.end() && reason->is_string() ? reason->get<std::string>() : "");
  }
}

void CallRecording::OnRecording(bool available, bool recording, const std::string& since) {
  available_ = available;
  if (!available) {
    status_.Erase(kRecording);
    status_.Erase(kSince);
    asked_.reset();
    return;
  }
  status_.Set(kRecording, recording);
  if (recording && !since.empty()) {
    status_.Set(kSince, since);
  } else if (status_.Contains(kSince)) {
    status_.Erase(kSince);
  }
  if (asked_ && *asked_ == recording) {  // our request took effect
    asked_.reset();
    if (status_.Contains(kError)) status_.Erase(kError);
  }
}

void CallRecording::OnError(const std::string& code, const std::string& reason) {
  // not_chair answers any chair request (mute, layout...): ours only while a record request waits.
  const bool ours = code == "recording_unavailable" || code == "recording_failed" ||
                    (code == "not_chair" && asked_);
  if (!ours) return;
  vc::common::log::Warn("vc-room", "recording: the MCU answered ", code, reason.empty() ? "" : ": ",
                        reason);
  status_.Set(kError, code);
  asked_.reset();
}

void CallRecording::Clear() {
  available_ = false;
  asked_.reset();
  for (const char* path : {kRecording, kSince, kError}) {
    if (status_.Contains(path)) status_.Erase(path);
  }
}

}  // namespace vc::appliance::app
