#pragma once
// The meeting's video layout (docs/control-api.md, Room.Layout.Set and Call/Layout). The MCU
// composes one picture for everyone, set by a chair's {"type":"layout","layout":...}
// (docs/signaling.md). A room that joined as chair (training mode) therefore sends its
// Room/Layout to the MCU
//   - when the call connects (first connect and after every automatic rejoin),
//   - when Room/Layout changes during the call (mode switch, Room.Layout.Set),
//   - on every Room.Layout.Set in the call, even of the layout it already has (someone else,
//     e.g. the MCU's admin API, may have changed the meeting's picture since).
// vc-room's presenter_content is the MCU's presenter (content large); no presenter id is named,
// so the MCU shows the share that began last (the trainer's slides). A room that joined as
// participant (conference) sends nothing: the MCU would refuse (not_chair), and Room.Layout.Set
// in such a call answers invalid_state. The MCU's `layout` event, sent to everyone, is mirrored
// into Call/Layout (grid | speaker | presenter: what the meeting shows now), absent outside a
// call and until the MCU has said.
#include <optional>
#include <string>

#include "appliance/control/CommandTable.hpp"
#include "appliance/control/StatusTree.hpp"
#include "appliance/state/RoomStateMachine.hpp"

namespace vc::appliance::app {

class MeetingLayout final : public RoomStateMachine::Listener {
 public:
  MeetingLayout(RoomStateMachine& room, CallPort& call, control::StatusTree& status);

  // Room.Layout.Set {layout: grid | speaker | presenter | presenter_content}.
  void Register(control::CommandTable& table);

  // The MCU's layout name for one of the room's layouts ("presenter_content" -> "presenter").
  static std::string McuLayoutName(const std::string& room_layout);

  // RoomStateMachine::Listener.
  void OnRoomStatusChanged(const RoomStatus& status) override;
  void OnRoomCallEvent(const std::string& json) override;

 private:
  void SetLayout(const std::string& layout);
  bool SendToMcu(const std::string& room_layout);
  static bool IsChairInCall(const RoomStatus& status);

  // Passed by argument.
  RoomStateMachine& room_;
  CallPort& call_;
  control::StatusTree& status_;
  // Allocated by this.
  bool was_chair_in_call_ = false;
  std::string last_layout_;  // Room/Layout at the previous notification
};

}  // namespace vc::appliance::app
