#include "appliance/state/RoomStateMachine.hpp"

#include <algorithm>

namespace vc::appliance {
namespace {

constexpr int kMaxPreset = 127;  // VISCA memory numbers
constexpr const char* kMuteAll = R"({"type":"mute_all","muted":true})";
constexpr const char* kUnmuteAll = R"({"type":"mute_all","muted":false})";

int CeilSeconds(Clock::duration d) {
  return static_cast<int>(std::chrono::ceil<std::chrono::seconds>(d).count());
}

bool SameCounters(const MediaCounters& a, const MediaCounters& b) {
  return a.audio_packets_in == b.audio_packets_in && a.video_packets_in == b.video_packets_in &&
         a.audio_packets_out == b.audio_packets_out &&
         a.video_packets_out == b.video_packets_out && a.video_frames_shown == b.video_frames_shown;
}

void CheckPreset(int preset) {
  if (preset < 0 || preset > kMaxPreset) {
    throw RoomCommandError("Camera presets are numbered 0.." + std::to_string(kMaxPreset) +
                           ", got " + std::to_string(preset));
  }
}

}  // namespace

RoomStateMachine::RoomStateMachine(Scheduler& scheduler, CallPort& call, ProjectorPort* projector,
                                   CameraPort* camera, RoomOptions options)
    : call_(call),
      options_(std::move(options)),
      devices_(scheduler, projector, camera, *this),
      backoff_(options_.backoff_initial, options_.backoff_max),
      join_timer_(scheduler),
      retry_timer_(scheduler),
      idle_timer_(scheduler),
      leave_timer_(scheduler),
      counters_timer_(scheduler),
      projector_poll_timer_(scheduler),
      port_leave_timer_(scheduler) {
  status_.mode = options_.mode;
  status_.layout = options_.presets.For(options_.mode).layout;
  status_.projector = devices_.projector();
  status_.camera = devices_.camera();
  call_.SetListener(this);
  if (options_.projector_poll_interval > Clock::duration::zero() && devices_.has_projector()) {
    projector_poll_timer_.Start(options_.projector_poll_interval, [this] { PollProjector(); });
  }
}

RoomStateMachine::~RoomStateMachine() {
  LeaveCallNow();
  call_.SetListener(nullptr);
}

void RoomStateMachine::AddListener(Listener* listener) { listeners_.push_back(listener); }

void RoomStateMachine::RemoveListener(Listener* listener) {
  listeners_.erase(std::remove(listeners_.begin(), listeners_.end(), listener), listeners_.end());
}

void RoomStateMachine::SetOptions(RoomOptions options) {
  const RoomMode previous = status_.mode;
  options_ = std::move(options);
  backoff_ = ReconnectBackoff(options_.backoff_initial, options_.backoff_max);
  status_.mode = options_.mode;
  status_.layout = options_.presets.For(options_.mode).layout;
  if (previous != status_.mode && status_.state == RoomState::kInCall) ApplyModeInCall(previous);
  Notify();
}

void RoomStateMachine::CheckNotShutDown() const {
  if (shut_down_) throw RoomCommandError("The room is shutting down");
}

// ---- Commands -------------------------------------------------------------------------------

void RoomStateMachine::Join() {
  CheckNotShutDown();
  if (status_.state != RoomState::kStandby && status_.state != RoomState::kError) {
    throw RoomCommandError(std::string("Cannot join now: the room is ") +
                           RoomStateName(status_.state));
  }
  idle_timer_.Cancel();
  devices_.CancelPending();  // an idle power-down still running finishes without us
  status_.error_source.clear();
  status_.last_call_error.clear();
  status_.join_attempt = 0;
  status_.retry_in_seconds.reset();
  status_.remote_muted = false;
  connected_once_ = false;
  backoff_.Reset();
  wake_preset_ = options_.presets.For(status_.mode).camera_preset;
  Enter(RoomState::kWaking, "Powering up the room's devices");
  devices_.Wake(options_.projector_input, *wake_preset_, options_.wake_timeout,
                [this] { OnWakeDone(); });
}

void RoomStateMachine::Leave() {
  CheckNotShutDown();
  switch (status_.state) {
    case RoomState::kStandby:
    case RoomState::kLeaving:
      throw RoomCommandError("Cannot leave: the room is not in a call");
    case RoomState::kError:
      status_.error_source.clear();
      Enter(RoomState::kStandby, devices_.awake() ? "Devices return to standby soon" : "Standby");
      return;
    default:
      break;
  }
  StopCall();
  Enter(RoomState::kLeaving, "Leaving the meeting");
  // Observers see "leaving" before "standby"; the port's Leave has already done the work.
  leave_timer_.Start(Clock::duration::zero(), [this] { FinishLeave(); });
}

void RoomStateMachine::SetMode(RoomMode mode) {
  CheckNotShutDown();
  const RoomMode previous = status_.mode;
  status_.mode = mode;
  options_.mode = mode;
  status_.layout = options_.presets.For(mode).layout;
  if (previous != mode) {
    switch (status_.state) {
      case RoomState::kInCall:
        ApplyModeInCall(previous);
        status_.detail = InCallDetail();
        break;
      case RoomState::kJoining:
      case RoomState::kReconnecting:
        devices_.RecallPreset(options_.presets.For(mode).camera_preset);
        break;
      default:  // waking: OnWakeDone recalls the new preset; otherwise it applies at join
        break;
    }
  }
  Notify();
}

void RoomStateMachine::ActivatePreset(int preset) {
  CheckNotShutDown();
  if (!devices_.has_camera()) throw RoomCommandError("No PTZ camera is configured in this room");
  CheckPreset(preset);
  devices_.RecallPreset(preset);
}

void RoomStateMachine::StorePreset(int preset) {
  CheckNotShutDown();
  if (!devices_.has_camera()) throw RoomCommandError("No PTZ camera is configured in this room");
  CheckPreset(preset);
  devices_.StorePreset(preset);
}

void RoomStateMachine::SetMicrophoneMute(bool muted) {
  CheckNotShutDown();
  status_.microphone_muted = muted;
  if (call_started_) call_.SetMicrophoneMute(muted);
  Notify();
}

void RoomStateMachine::SetCameraEnabled(bool enabled) {
  CheckNotShutDown();
  status_.camera_enabled = enabled;
  if (call_started_) call_.SetCameraEnabled(enabled);
  Notify();
}

void RoomStateMachine::SetContentSharing(bool sharing) {
  CheckNotShutDown();
  status_.content_sharing = sharing;
  if (call_started_) call_.SetContentSharing(sharing);
  Notify();
}

void RoomStateMachine::SetRemoteMuted(bool muted) {
  CheckNotShutDown();
  if (status_.state != RoomState::kInCall) throw RoomCommandError("the room is not in a call");
  if (status_.mode != RoomMode::kTraining) {
    throw RoomCommandError("only a training room joins as chair and may mute the other sites");
  }
  AskRemoteMute(muted);
  if (status_.remote_muted != muted) throw RoomCommandError("the room is not in a call");
  Notify();  // Call/RemoteMuted follows
}

void RoomStateMachine::PowerProjector(bool on,
                                      std::function<void(const devices::DeviceResult&)> done) {
  CheckNotShutDown();
  if (!devices_.has_projector()) throw RoomCommandError("no projector is configured");
  devices_.PowerProjector(on, options_.projector_input, std::move(done));
}

void RoomStateMachine::ReturnDevicesToStandby() {
  CheckNotShutDown();
  if (status_.state != RoomState::kStandby && status_.state != RoomState::kError) {
    throw RoomCommandError("Cannot return devices to standby during a call");
  }
  idle_timer_.Cancel();
  StartSleep(nullptr);
}

void RoomStateMachine::Shutdown(std::function<void()> done) {
  if (shut_down_) {
    if (done) done();
    return;
  }
  shut_down_ = true;
  idle_timer_.Cancel();
  leave_timer_.Cancel();
  StopCall();
  devices_.CancelPending();
  Enter(RoomState::kLeaving, "Shutting down: devices to standby");
  StartSleep([this, done = std::move(done)] {
    Enter(RoomState::kStandby, "Shut down");
    if (done) done();
  });
}

// ---- Call life cycle ------------------------------------------------------------------------

void RoomStateMachine::OnWakeDone() {
  if (status_.state != RoomState::kWaking) return;
  const int preset = options_.presets.For(status_.mode).camera_preset;
  if (wake_preset_ && *wake_preset_ != preset) devices_.RecallPreset(preset);  // mode changed
  wake_preset_.reset();
  StartJoinAttempt();
}

void RoomStateMachine::StartJoinAttempt() {
  ++status_.join_attempt;
  status_.retry_in_seconds.reset();
  const bool rejoin = status_.state == RoomState::kReconnecting;
  Enter(rejoin ? RoomState::kReconnecting : RoomState::kJoining,
        std::string(rejoin ? "Rejoining" : "Joining") + " the meeting \"" + options_.target.room +
            "\" (attempt " + std::to_string(status_.join_attempt) + ")");
  LeaveCallNow();  // a deferred Leave of the previous attempt must not hit this one
  join_timer_.Start(options_.join_timeout, [this] {
    OnJoinFailed("no answer from the MCU within " +
                 std::to_string(CeilSeconds(options_.join_timeout)) + " s");
  });
  call_started_ = true;
  const CallTarget target = CurrentTarget();
  status_.call_role = target.role;
  call_.Join(target);  // may answer through the listener before returning
}

void RoomStateMachine::OnCallConnected() {
  if (status_.state != RoomState::kJoining && status_.state != RoomState::kReconnecting) return;
  join_timer_.Cancel();
  retry_timer_.Cancel();
  if (status_.state == RoomState::kReconnecting) ++status_.reconnects;
  status_.join_attempt = 0;
  status_.retry_in_seconds.reset();
  backoff_.Reset();
  call_.SetMicrophoneMute(status_.microphone_muted);
  call_.SetCameraEnabled(status_.camera_enabled);
  if (status_.content_sharing) call_.SetContentSharing(true);
  // Trainees are muted once per call: a rejoin after a network drop must not undo what the
  // trainer has done since (giving someone the floor).
  const auto& training = options_.presets.training;
  if (!connected_once_ && status_.mode == RoomMode::kTraining && training.mute_remote_on_join) {
    AskRemoteMute(true);
  }
  connected_once_ = true;
  Enter(RoomState::kInCall, InCallDetail());
  counters_timer_.Start(options_.counters_interval, [this] { PollCounters(); });
}

void RoomStateMachine::OnCallLost(const std::string& reason) {
  switch (status_.state) {
    case RoomState::kJoining:
    case RoomState::kReconnecting:
      OnJoinFailed(reason);
      return;
    case RoomState::kInCall:
      LeaveCallSoon();  // tear down what is left before rejoining
      status_.last_call_error = reason;
      status_.participants.clear();
      status_.join_attempt = 0;
      backoff_.Reset();
      status_.state = RoomState::kReconnecting;
      ScheduleRejoin("Connection to the meeting lost (" + reason + ")");
      return;
    default:
      return;  // a late report about a call already left
  }
}

void RoomStateMachine::OnJoinFailed(const std::string& reason) {
  join_timer_.Cancel();
  LeaveCallSoon();
  status_.last_call_error = reason;
  if (status_.state == RoomState::kReconnecting) {
    ScheduleRejoin("Rejoining failed (" + reason + ")");
    return;
  }
  if (status_.join_attempt >= options_.max_join_attempts) {
    status_.error_source = "call";
    Enter(RoomState::kError, "The link to the MCU failed: could not join the meeting \"" +
                                 options_.target.room + "\" at " + options_.target.mcu_url +
                                 " after " + std::to_string(status_.join_attempt) +
                                 " attempts (last error: " + reason + ")");
    ArmIdleTimer();
    return;
  }
  ScheduleRejoin("Joining failed (" + reason + ")");
}

void RoomStateMachine::ScheduleRejoin(const std::string& why) {
  const Clock::duration delay = backoff_.Next();
  status_.retry_in_seconds = CeilSeconds(delay);
  Enter(status_.state, why + "; retrying in " + std::to_string(CeilSeconds(delay)) + " s");
  retry_timer_.Start(delay, [this] { StartJoinAttempt(); });
}

void RoomStateMachine::StopCall() {
  join_timer_.Cancel();
  retry_timer_.Cancel();
  counters_timer_.Cancel();
  if (status_.state == RoomState::kWaking) devices_.CancelPending();
  wake_preset_.reset();
  LeaveCallNow();
  status_.participants.clear();
  status_.retry_in_seconds.reset();
  status_.join_attempt = 0;
  status_.remote_muted = false;
  status_.call_role.clear();
}

void RoomStateMachine::FinishLeave() {
  if (status_.state != RoomState::kLeaving) return;
  Enter(RoomState::kStandby,
        devices_.awake() ? "Call ended; devices return to standby in " +
                               std::to_string(CeilSeconds(options_.idle_timeout)) + " s"
                         : "Standby");
  ArmIdleTimer();
}

void RoomStateMachine::ArmIdleTimer() {
  if (!devices_.awake()) return;
  idle_timer_.Start(options_.idle_timeout, [this] {
    if (status_.state == RoomState::kStandby || status_.state == RoomState::kError) {
      StartSleep(nullptr);
    }
  });
}

void RoomStateMachine::StartSleep(std::function<void()> then) {
  if (status_.state == RoomState::kStandby) status_.detail = "Returning devices to standby";
  devices_.Sleep(options_.privacy_preset, options_.sleep_timeout,
                 [this, then = std::move(then)] {
                   if (status_.state == RoomState::kStandby) status_.detail = "Standby";
                   Notify();
                   if (then) then();
                 });
}

void RoomStateMachine::PollCounters() {
  if (status_.state != RoomState::kInCall && status_.state != RoomState::kReconnecting) return;
  const MediaCounters counters = call_.Counters();
  if (!SameCounters(counters, status_.counters)) {
    status_.counters = counters;
    Notify();
  }
  counters_timer_.Start(options_.counters_interval, [this] { PollCounters(); });
}

// The port reported the loss from inside its own code: leaving it there could pull the
// pipeline out from under its caller, so the Leave runs on the next turn of the loop.
void RoomStateMachine::LeaveCallSoon() {
  call_started_ = false;
  port_leave_timer_.Start(Clock::duration::zero(), [this] { call_.Leave(); });
}

void RoomStateMachine::LeaveCallNow() {
  if (call_started_ || port_leave_timer_.pending()) call_.Leave();
  port_leave_timer_.Cancel();
  call_started_ = false;
}

void RoomStateMachine::PollProjector() {
  if (devices_.awake() && !devices_.busy()) devices_.QueryProjector();
  projector_poll_timer_.Start(options_.projector_poll_interval, [this] { PollProjector(); });
}

void RoomStateMachine::ApplyModeInCall(RoomMode previous) {
  devices_.RecallPreset(options_.presets.For(status_.mode).camera_preset);
  if (status_.mode == RoomMode::kTraining && options_.presets.training.mute_remote_on_join) {
    AskRemoteMute(true);
  } else if (previous == RoomMode::kTraining && status_.remote_muted) {
    AskRemoteMute(false);  // conference: every site's microphones live
  }
}

void RoomStateMachine::AskRemoteMute(bool muted) {
  const bool sent = call_.SendSignaling(muted ? kMuteAll : kUnmuteAll);
  status_.remote_muted = sent ? muted : status_.remote_muted;
}

// ---- Port events and status -----------------------------------------------------------------

void RoomStateMachine::OnCallParticipants(const std::vector<CallParticipant>& participants) {
  if (!call_started_) return;
  status_.participants = participants;
  Notify();
}

void RoomStateMachine::OnCallEvent(const std::string& json) {
  const auto listeners = listeners_;
  for (Listener* listener : listeners) listener->OnRoomCallEvent(json);
}

void RoomStateMachine::OnRoomDevicesChanged() {
  if (status_.state == RoomState::kWaking) status_.detail = WakingDetail();
  if (status_.state == RoomState::kInCall) status_.detail = InCallDetail();
  Notify();
}

std::string RoomStateMachine::WakingDetail() const {
  if (auto left = devices_.progress_seconds_left()) {
    return "Projector warming up: " + std::to_string(*left) + " s left";
  }
  return "Powering up the room's devices";
}

std::string RoomStateMachine::InCallDetail() const {
  std::string detail = "In the meeting \"" + options_.target.room + "\"";
  for (const auto& [device, fault] : devices_.faults()) detail += "; " + fault.Sentence();
  return detail;
}

CallTarget RoomStateMachine::CurrentTarget() const {
  CallTarget target = options_.target;
  target.role = status_.mode == RoomMode::kTraining ? "chair" : "participant";
  return target;
}

void RoomStateMachine::Enter(RoomState state, std::string detail) {
  status_.state = state;
  status_.detail = std::move(detail);
  if (state != RoomState::kError) status_.error_source.clear();
  Notify();
}

void RoomStateMachine::Notify() {
  status_.devices_awake = devices_.awake();
  status_.projector = devices_.projector();
  status_.camera = devices_.camera();
  status_.device_faults = devices_.faults();
  status_.progress_seconds_left = devices_.progress_seconds_left();
  const auto listeners = listeners_;  // a listener may remove itself
  for (Listener* listener : listeners) listener->OnRoomStatusChanged(status_);
}

}  // namespace vc::appliance
