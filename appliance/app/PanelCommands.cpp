#include "appliance/app/PanelCommands.hpp"

#include <boost/asio/post.hpp>

#include "appliance/control/CommandArgs.hpp"
#include "common/log/Log.hpp"

namespace vc::appliance::app {
namespace {

using control::CommandArgs;
using control::CommandError;
using control::CommandReply;
using control::CommandResult;
namespace error_code = control::error_code;

// The MCU's room names (docs/signaling.md): 1-64 of A-Z a-z 0-9 - _ .
bool IsMeetingName(const std::string& text) {
  if (text.empty() || text.size() > 64) return false;
  for (char c : text) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_' && c != '.') return false;
  }
  return true;
}

}  // namespace

PanelCommands::PanelCommands(boost::asio::io_context& io, RoomStateMachine& room) : io_(io), room_(room) {}

PanelCommands::~PanelCommands() = default;

void PanelCommands::Register(control::CommandTable& table) {
  table.Register("Call.JoinMeeting", "{meeting: text, pin?: text} join another meeting by its number",
                 [this](const nlohmann::json& args, CommandReply reply) {
                   CommandArgs checked(args);
                   const std::string meeting = checked.String("meeting");
                   if (!IsMeetingName(meeting)) {
                     throw CommandError(error_code::kBadArgs,
                                        "argument 'meeting' must be 1-64 of A-Z a-z 0-9 - _ .");
                   }
                   std::optional<std::string> pin;
                   if (checked.Has("pin")) pin = checked.String("pin");
                   if (pin && (pin->empty() || pin->size() > 64)) {
                     throw CommandError(error_code::kBadArgs, "argument 'pin' must be 1-64 characters");
                   }
                   for (const auto& [key, value] : args.items()) {
                     if (key != "meeting" && key != "pin") {
                       throw CommandError(error_code::kBadArgs, "unknown argument '" + key + "' (known: meeting, pin)");
                     }
                   }
                   try {
                     JoinMeeting(meeting, pin);
                   } catch (const RoomCommandError& e) {
                     reply(CommandResult::Error(error_code::kInvalidState, e.what()));
                     return;
                   }
                   reply(CommandResult::Ok());
                 });
}

void PanelCommands::JoinMeeting(const std::string& meeting, std::optional<std::string> pin) {
  RoomOptions options = room_.options();
  const CallTarget before = options.target;
  options.target.room = meeting;
  options.target.pin = std::move(pin);
  options.target.token.reset();  // a provisioning token names the configured meeting only
  room_.SetOptions(options);
  try {
    room_.Join();
  } catch (const RoomCommandError&) {
    options.target = before;
    room_.SetOptions(options);
    throw;
  }
  if (!configured_) configured_ = before;
  left_standby_ = false;
  vc::common::log::Info("vc-room", "joining meeting '", meeting, "' typed on the panel");
}

void PanelCommands::OnRoomStatusChanged(const RoomStatus& status) {
  if (!configured_) return;
  if (status.state != RoomState::kStandby) {
    left_standby_ = true;
    return;
  }
  if (!left_standby_) return;
  // Not from inside the state machine's own notification: on the next turn of the loop.
  boost::asio::post(io_, [this, alive = std::weak_ptr<int>(alive_)] {
    if (!alive.lock() || !configured_ || room_.status().state != RoomState::kStandby) return;
    RoomOptions options = room_.options();
    options.target = *configured_;
    configured_.reset();
    room_.SetOptions(std::move(options));
  });
}

}  // namespace vc::appliance::app
