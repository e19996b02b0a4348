#pragma once
// Mirrors the room state machine into the control API: every RoomStatus change becomes leaves of
// the status tree (Call/State, Devices/Projector/Power, ...; docs/control-api.md), and the
// transitions worth announcing become events (StateChanged, CallConnected, CallLost, CallEnded,
// DeviceFault, DeviceRecovered, McuMessage).
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "appliance/control/StatusTree.hpp"
#include "appliance/state/RoomStateMachine.hpp"

namespace vc::appliance::app {

class StatusMirror final : public RoomStateMachine::Listener {
 public:
  using PublishEvent = std::function<void(const std::string& name, const nlohmann::json& data)>;

  StatusMirror(control::StatusTree& status, Scheduler& scheduler, PublishEvent publish);

  // Publishes the whole status once (at start, before any change).
  void Publish(const RoomStatus& status);

  void OnRoomStatusChanged(const RoomStatus& status) override;
  void OnRoomCallEvent(const std::string& json) override;

 private:
  void Announce(const RoomStatus& status);

  // Passed by argument.
  control::StatusTree& status_;
  Scheduler& scheduler_;
  PublishEvent publish_;
  // Allocated by this.
  std::optional<RoomStatus> last_;
  std::optional<Clock::time_point> call_started_;  // when the current call connected
};

}  // namespace vc::appliance::app
