#pragma once
// Control API commands the touch panel needs beyond the room's own (docs/control-api.md):
//   Call.JoinMeeting {meeting, pin?}  join another meeting by its number, typed on the panel;
//                                     the room's configured meeting comes back when it returns
//                                     to standby
// It acts through the room state machine's options, on the control thread. (Room.Layout.Set is
// MeetingLayout's: the layout reaches the MCU.)
#include <boost/asio/io_context.hpp>
#include <memory>
#include <optional>

#include "appliance/control/CommandTable.hpp"
#include "appliance/state/RoomStateMachine.hpp"

namespace vc::appliance::app {

class PanelCommands final : public RoomStateMachine::Listener {
 public:
  PanelCommands(boost::asio::io_context& io, RoomStateMachine& room);
  ~PanelCommands() override;

  void Register(control::CommandTable& table);

 private:
  void JoinMeeting(const std::string& meeting, std::optional<std::string> pin);
  // RoomStateMachine::Listener: back in standby after a typed meeting -> the configured target.
  void OnRoomStatusChanged(const RoomStatus& status) override;
  void OnRoomCallEvent(const std::string&) override {}

  // Passed by argument.
  boost::asio::io_context& io_;
  RoomStateMachine& room_;
  // Allocated by this.
  std::optional<CallTarget> configured_;  // set while a typed meeting replaces it
  bool left_standby_ = false;
  std::shared_ptr<int> alive_ = std::make_shared<int>(0);
};

}  // namespace vc::appliance::app
