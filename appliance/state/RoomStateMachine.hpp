#pragma once
// The room's call life cycle (docs/room-config.md, issue 5):
//   standby -> waking (projector + camera in parallel, with warm-up progress) -> joining
//   -> in_call -> leaving -> standby
// A device failure never stops the call: it becomes a device fault in the status. A call lost in
// progress goes to reconnecting and rejoins by itself with backoff (1 s doubling to 30 s). A
// join that fails max_join_attempts times before ever connecting ends in error, naming the link.
// After a call (or an error), the idle timeout returns the devices to standby: projector off,
// camera to its privacy preset.
// Training mode joins as chair and asks the MCU to mute everyone else (mute_all) on connecting.
// Everything runs on the control thread that runs the Scheduler and delivers port callbacks.
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "appliance/state/ReconnectBackoff.hpp"
#include "appliance/state/RoomCommandError.hpp"
#include "appliance/state/RoomDevices.hpp"
#include "appliance/state/RoomOptions.hpp"
#include "appliance/state/RoomPorts.hpp"
#include "appliance/state/RoomStatus.hpp"
#include "appliance/state/ScopedTimer.hpp"

namespace vc::appliance {

class RoomStateMachine : private CallPort::Listener, private RoomDevices::Listener {
 public:
  class Listener {
   public:
    virtual ~Listener() = default;
    // After every change of the status (state, detail, progress, faults, participants,
    // counters...), with the whole new status.
    virtual void OnRoomStatusChanged(const RoomStatus& status) = 0;
    // A signaling message from the MCU the state machine does not consume (active speaker,
    // muted by chair, layout, error...), as JSON text, for the control API's events.
    virtual void OnRoomCallEvent(const std::string& json) = 0;
  };

  // projector and camera may be null (not configured). Sets itself as the call's listener.
  RoomStateMachine(Scheduler& scheduler, CallPort& call, ProjectorPort* projector,
                   CameraPort* camera, RoomOptions options);
  ~RoomStateMachine() override;  // leaves a call in progress; devices are left as they are
  RoomStateMachine(const RoomStateMachine&) = delete;
  RoomStateMachine& operator=(const RoomStateMachine&) = delete;

  void AddListener(Listener* listener);
  void RemoveListener(Listener* listener);
  const RoomStatus& status() const { return status_; }
  const RoomOptions& options() const { return options_; }
  // New MCU target, presets, timeouts (configuration saved by the control API); the mode is
  // taken too. Applies from the next join.
  void SetOptions(RoomOptions options);

  // Commands. Each throws RoomCommandError (one sentence) when it cannot act now.
  void Join();   // from standby or error
  void Leave();  // from waking, joining, in_call, reconnecting; from error back to standby
  void SetMode(RoomMode mode);    // any time; in a call: mode preset and mute_all follow
  void ActivatePreset(int preset);  // camera preset 0..127 (needs a PTZ camera)
  void StorePreset(int preset);
  void SetMicrophoneMute(bool muted);
  void SetCameraEnabled(bool enabled);
  void SetContentSharing(bool sharing);
  // Asks the MCU to mute (or unmute) everyone else, as Call.MuteAll does; in a call only.
  void SetRemoteMuted(bool muted);
  // Technician's projector power (the configured input when on); the status follows the
  // projector, not the call. `done` gets the driver's result. Needs a projector.
  void PowerProjector(bool on, std::function<void(const devices::DeviceResult&)> done);
  void ReturnDevicesToStandby();  // the idle timeout's work now (from standby or error)
  // SIGTERM: leaves the call, projector off, camera to privacy; `done` runs when the devices
  // answered or sleep_timeout passed. Commands are refused afterwards.
  void Shutdown(std::function<void()> done);

 private:
  // CallPort::Listener
  void OnCallConnected() override;
  void OnCallLost(const std::string& reason) override;
  void OnCallParticipants(const std::vector<CallParticipant>& participants) override;
  void OnCallEvent(const std::string& json) override;
  // RoomDevices::Listener
  void OnRoomDevicesChanged() override;

  void Enter(RoomState state, std::string detail);
  void Notify();
  void CheckNotShutDown() const;
  void OnWakeDone();
  void StartJoinAttempt();
  void OnJoinFailed(const std::string& reason);
  void ScheduleRejoin(const std::string& why);
  void StopCall();
  void FinishLeave();
  void ArmIdleTimer();
  void StartSleep(std::function<void()> then);
  void PollCounters();
  void PollProjector();
  void LeaveCallSoon();
  void LeaveCallNow();
  void ApplyModeInCall(RoomMode previous);
  void AskRemoteMute(bool muted);
  std::string WakingDetail() const;
  std::string InCallDetail() const;
  CallTarget CurrentTarget() const;

  // Passed by argument.
  CallPort& call_;
  RoomOptions options_;

  // Allocated by this.
  RoomDevices devices_;
  ReconnectBackoff backoff_;
  ScopedTimer join_timer_;      // a Join that does not answer in time
  ScopedTimer retry_timer_;     // the next rejoin
  ScopedTimer idle_timer_;      // devices back to standby after a call
  ScopedTimer leave_timer_;     // leaving -> standby, on the next turn of the loop
  ScopedTimer counters_timer_;  // media counters poll
  ScopedTimer projector_poll_timer_;  // projector status query while awake
  ScopedTimer port_leave_timer_;      // CallPort::Leave, deferred out of the port's callback
  std::vector<Listener*> listeners_;
  RoomStatus status_;
  bool call_started_ = false;     // Join was called on the port and not yet left
  bool connected_once_ = false;   // this call has been connected at least once
  std::optional<int> wake_preset_;
  bool shut_down_ = false;
};

}  // namespace vc::appliance
