#pragma once
// Training mode's floor: the queue of raised hands and who may speak, kept in the status tree
//   Call/RaisedHands  [{"id":"p3","name":"Phòng GD&ĐT ..."}, ...]  oldest first
//   Call/Floor        the participant id holding the floor, or ""
// Hands arrive from the MCU as signaling {"type":"hand","participant":"p3","raised":true}
// (docs/signaling.md); this room raises its own with {"type":"hand","raised":true}. Granting the floor unmutes
// that participant through the MCU's chair mute ({"type":"mute","participant":..,"muted":false}),
// and mutes whoever held it before; revoking mutes again. Commands:
//   Call.Floor.Grant {participant}   Call.Floor.Revoke {participant}   Call.Hand.Raise {raised}
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "appliance/control/CommandTable.hpp"
#include "appliance/control/StatusTree.hpp"
#include "appliance/state/RoomStateMachine.hpp"

namespace vc::appliance::app {

class FloorControl final : public RoomStateMachine::Listener {
 public:
  FloorControl(CallPort& call, control::StatusTree& status);

  void Register(control::CommandTable& table);

  // RoomStateMachine::Listener.
  void OnRoomStatusChanged(const RoomStatus& status) override;
  void OnRoomCallEvent(const std::string& json) override;

 private:
  struct Hand {
    std::string id;
    std::string name;
  };
  void Grant(const std::string& participant);
  void Revoke(const std::string& participant);
  bool Mute(const std::string& participant, bool muted);
  void Publish();
  std::string NameOf(const std::string& participant) const;

  // Passed by argument.
  CallPort& call_;
  control::StatusTree& status_;
  // Allocated by this.
  std::vector<Hand> hands_;
  std::string floor_;
  std::vector<CallParticipant> participants_;
  bool in_call_ = false;
};

}  // namespace vc::appliance::app
