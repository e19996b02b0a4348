#include "appliance/app/MeetingLayout.hpp"

#include <nlohmann/json.hpp>

#include "appliance/control/CommandArgs.hpp"
#include "common/log/Log.hpp"

namespace vc::appliance::app {
namespace {

using control::CommandArgs;
using control::CommandError;
using control::CommandReply;
using control::CommandResult;
namespace error_code = control::error_code;
constexpr const char* kCallLayout = "Call/Layout";

// joining, in_call, reconnecting: the MCU may tell the room its layout.
bool CallIsOn(RoomState state) {
  return state == RoomState::kJoining || state == RoomState::kInCall ||
         state == RoomState::kReconnecting;
}

}  // namespace

MeetingLayout::MeetingLayout(RoomStateMachine& room, CallPort& call, control::StatusTree& status)
    : room_(room), call_(call), status_(status), last_layout_(room.status().layout) {}

void MeetingLayout::Register(control::CommandTable& table) {
  table.Register("Room.Layout.Set",
                 "{layout: grid | speaker | presenter | presenter_content} the meeting's layout "
                 "(sent to the MCU when the room is the chair, i.e. in training mode)",
                 [this](const nlohmann::json& args, CommandReply reply) {
                   SetLayout(CommandArgs(args).String(
                       "layout", {"grid", "speaker", "presenter", "presenter_content"}));
                   reply(CommandResult::Ok());
                 });
}

std::string MeetingLayout::McuLayoutName(const std::string& room_layout) {
  return room_layout == "presenter_content" ? "presenter" : room_layout;
}

bool MeetingLayout::IsChairInCall(const RoomStatus& status) {
  return status.state == RoomState::kInCall && status.call_role == "chair";
}

void MeetingLayout::SetLayout(const std::string& layout) {
  const RoomStatus& now = room_.status();
  if (CallIsOn(now.state) && now.call_role != "chair") {
    throw CommandError(
        error_code::kInvalidState,
        "only the training room (the meeting's chair) sets the meeting's layout; this room "
        "joined as a participant (conference mode)");
  }
  const bool unchanged = now.layout == layout;
  RoomOptions options = room_.options();
  (options.mode == RoomMode::kTraining ? options.presets.training : options.presets.conference)
      .layout = layout;
  room_.SetOptions(
      std::move(options));  // a changed layout reaches the MCU through OnRoomStatusChanged
  if (unchanged && IsChairInCall(room_.status())) SendToMcu(layout);
}

bool MeetingLayout::SendToMcu(const std::string& room_layout) {
  const std::string layout = McuLayoutName(room_layout);
  if (layout != "grid" && layout != "speaker" && layout != "presenter") return false;
  const bool sent =
      call_.SendSignaling(nlohmann::json{{"type", "layout"}, {"layout", layout}}.dump());
  if (sent) vc::common::log::Info("vc-room", "meeting layout ", layout, " asked of the MCU");
  return sent;
}

void MeetingLayout::OnRoomStatusChanged(const RoomStatus& status) {
  const bool chair_in_call = IsChairInCall(status);
  if (chair_in_call && (!was_chair_in_call_ || status.layout != last_layout_))
    SendToMcu(status.layout);
  was_chair_in_call_ = chair_in_call;
  last_layout_ = status.layout;
  if (!CallIsOn(status.state) && status_.Contains(kCallLayout)) status_.Erase(kCallLayout);
}

void MeetingLayout::OnRoomCallEvent(const std::string& json) {
  const nlohmann::json message = nlohmann::json::parse(json, nullptr, false);
  if (!message.is_object() || message.find("type") == message.end() || message["type"] != "layout")
    return;
  const auto layout = message.find("layout");
  if (layout == message.end() || !layout->is_string()) return;
  const std::string name = layout->get<std::string>();
  if (name != "grid" && name != "speaker" && name != "presenter")
    return;  // a newer MCU's: not ours to show
  if (!CallIsOn(room_.status().state)) return;
  status_.Set(kCallLayout, name);
}

}  // namespace vc::appliance::app
