#include "appliance/app/StatusMirror.hpp"

namespace vc::appliance::app {
namespace {

using nlohmann::json;

json OptionalInt(const std::optional<int>& value) { return value ? json(*value) : json(nullptr); }

std::string FaultOf(const RoomStatus& status, const std::string& device) {
  auto it = status.device_faults.find(device);
  return it == status.device_faults.end() ? "" : it->second.Sentence();
}

bool InCallFamily(RoomState state) {
  return state == RoomState::kInCall || state == RoomState::kReconnecting ||
         state == RoomState::kLeaving;
}

}  // namespace

StatusMirror::StatusMirror(control::StatusTree& status, Scheduler& scheduler, PublishEvent publish)
    : status_(status), scheduler_(scheduler), publish_(std::move(publish)) {}

void StatusMirror::Publish(const RoomStatus& s) {
  auto& t = status_;
  if (s.state == RoomState::kInCall && !call_started_) call_started_ = scheduler_.Now();
  if (s.state != RoomState::kInCall && s.state != RoomState::kReconnecting) call_started_.reset();

  t.Set("Room/Mode", RoomModeName(s.mode));
  t.Set("Room/Layout", s.layout);
  t.Set("Call/State", RoomStateName(s.state));
  t.Set("Call/Detail", s.detail);
  t.Set("Call/Progress", OptionalInt(s.progress_seconds_left));
  t.Set("Call/ErrorSource", s.error_source);
  t.Set("Call/LastError", s.last_call_error);
  t.Set("Call/JoinAttempt", s.join_attempt);
  t.Set("Call/RetryIn", OptionalInt(s.retry_in_seconds));
  t.Set("Call/Reconnects", s.reconnects);
  t.Set("Call/RemoteMuted", s.remote_muted);
  t.Set("Call/Role", s.call_role);
  json participants = json::array();
  for (const auto& p : s.participants) participants.push_back({{"id", p.id}, {"name", p.name}});
  t.Set("Call/Participants", std::move(participants));
  const auto duration =
      call_started_ ? std::chrono::duration_cast<std::chrono::seconds>(scheduler_.Now() - *call_started_).count()
                    : 0;
  t.Set("Call/Duration", duration);
  t.Set("Call/Media/AudioPacketsIn", s.counters.audio_packets_in);
  t.Set("Call/Media/VideoPacketsIn", s.counters.video_packets_in);
  t.Set("Call/Media/AudioPacketsOut", s.counters.audio_packets_out);
  t.Set("Call/Media/VideoPacketsOut", s.counters.video_packets_out);
  t.Set("Call/Media/VideoFramesShown", s.counters.video_frames_shown);

  t.Set("Devices/Awake", s.devices_awake);
  t.Set("Devices/Projector/Configured", s.projector.configured);
  t.Set("Devices/Projector/Power", s.projector.power);
  t.Set("Devices/Projector/Input", s.projector.input);
  t.Set("Devices/Projector/Error", FaultOf(s, "projector"));
  t.Set("Devices/Camera/Configured", s.camera.configured);
  t.Set("Devices/Camera/Power", s.camera.power);
  t.Set("Devices/Camera/Preset", OptionalInt(s.camera.preset));
  t.Set("Devices/Camera/Enabled", s.camera_enabled);
  t.Set("Devices/Camera/Error", FaultOf(s, "camera"));

  t.Set("Audio/Microphones/Mute", s.microphone_muted);
  t.Set("Content/Sharing", s.content_sharing);
}

void StatusMirror::OnRoomStatusChanged(const RoomStatus& status) {
  Publish(status);
  Announce(status);
  last_ = status;
}

void StatusMirror::Announce(const RoomStatus& s) {
  if (!publish_) return;
  const RoomState before = last_ ? last_->state : RoomState::kStandby;
  if (!last_ || before != s.state) {
    publish_("StateChanged",
             {{"from", RoomStateName(before)}, {"to", RoomStateName(s.state)}, {"detail", s.detail}});
    if (s.state == RoomState::kInCall) publish_("CallConnected", {{"detail", s.detail}});
    if (before == RoomState::kInCall && s.state == RoomState::kReconnecting) {
      publish_("CallLost", {{"reason", s.last_call_error}});
    }
    if (InCallFamily(before) && (s.state == RoomState::kStandby || s.state == RoomState::kError)) {
      publish_("CallEnded", {{"reason", s.state == RoomState::kError ? s.last_call_error : "left"}});
    }
  }
  static const std::map<std::string, DeviceFault> kNone;
  const auto& old_faults = last_ ? last_->device_faults : kNone;
  for (const auto& [device, fault] : s.device_faults) {
    auto it = old_faults.find(device);
    if (it == old_faults.end() || !(it->second == fault)) {
      publish_("DeviceFault", {{"device", device},
                               {"operation", fault.operation},
                               {"kind", devices::DeviceErrorKindName(fault.kind)},
                               {"message", fault.Sentence()}});
    }
  }
  for (const auto& [device, fault] : old_faults) {
    if (!s.device_faults.count(device)) publish_("DeviceRecovered", {{"device", device}});
  }
}

void StatusMirror::OnRoomCallEvent(const std::string& text) {
  if (!publish_) return;
  json message = json::parse(text, nullptr, false);
  publish_("McuMessage", message.is_discarded() ? json(text) : message);
}

}  // namespace vc::appliance::app
