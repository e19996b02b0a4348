#include "appliance/app/FloorControl.hpp"

#include <algorithm>

#include "appliance/control/CommandArgs.hpp"
#include "common/log/Log.hpp"

namespace vc::appliance::app {
namespace {

using control::CommandArgs;
using control::CommandError;
using control::CommandReply;
using control::CommandResult;
namespace error_code = control::error_code;
constexpr size_t kMaxHands = 64;

}  // namespace

FloorControl::FloorControl(CallPort& call, control::StatusTree& status) : call_(call), status_(status) {
  Publish();
}

void FloorControl::Register(control::CommandTable& table) {
  table.Register("Call.Floor.Grant", "training: {participant: id} let a trainee speak (unmute through the MCU)",
                 [this](const nlohmann::json& args, CommandReply reply) {
                   const std::string participant = CommandArgs(args).String("participant");
                   if (!in_call_) throw CommandError(error_code::kInvalidState, "the room is not in a call");
                   Grant(participant);
                   reply(CommandResult::Ok());
                 });
  table.Register("Call.Hand.Raise", "training: {raised: true|false} raise or lower this room's hand (asks the MCU for the floor)",
                 [this](const nlohmann::json& args, CommandReply reply) {
                   const bool raised = CommandArgs(args).Bool("raised");
                   if (!in_call_) throw CommandError(error_code::kInvalidState, "the room is not in a call");
                   if (!call_.SendSignaling(nlohmann::json{{"type", "hand"}, {"raised", raised}}.dump())) {
                     throw CommandError(error_code::kInvalidState, "the room is not in a call");
                   }
                   vc::common::log::Info("vc-room", raised ? "hand raised" : "hand lowered");
                   reply(CommandResult::Ok());
                 });
  table.Register("Call.Floor.Revoke", "training: {participant: id} take the floor back (mute again)",
                 [this](const nlohmann::json& args, CommandReply reply) {
                   const std::string participant = CommandArgs(args).String("participant");
                   if (!in_call_) throw CommandError(error_code::kInvalidState, "the room is not in a call");
                   Revoke(participant);
                   reply(CommandResult::Ok());
                 });
}

void FloorControl::OnRoomStatusChanged(const RoomStatus& status) {
  const bool in_call = status.state == RoomState::kInCall || status.state == RoomState::kReconnecting;
  participants_ = status.participants;
  const size_t before = hands_.size();
  const std::string floor_before = floor_;
  if (!in_call) {
    hands_.clear();
    floor_.clear();
  } else {
    // Whoever left the call also leaves the queue (and the floor).
    auto present = [&](const std::string& id) {
      return std::any_of(participants_.begin(), participants_.end(), [&](const auto& p) { return p.id == id; });
    };
    std::erase_if(hands_, [&](const Hand& h) { return !present(h.id); });
    if (!floor_.empty() && !present(floor_)) floor_.clear();
  }
  in_call_ = in_call;
  if (hands_.size() != before || floor_ != floor_before) Publish();
}

void FloorControl::OnRoomCallEvent(const std::string& json) {
  const nlohmann::json message = nlohmann::json::parse(json, nullptr, false);
  if (!message.is_object() || message.value("type", "") != "hand") return;
  const auto participant = message.find("participant");
  const auto raised = message.find("raised");
  if (participant == message.end() || !participant->is_string() || raised == message.end() || !raised->is_boolean()) {
    return;
  }
  const std::string id = participant->get<std::string>();
  auto it = std::find_if(hands_.begin(), hands_.end(), [&](const Hand& h) { return h.id == id; });
  if (raised->get<bool>() && it == hands_.end() && hands_.size() < kMaxHands) {
    hands_.push_back({id, message.value("name", NameOf(id))});
  } else if (!raised->get<bool>() && it != hands_.end()) {
    hands_.erase(it);
  } else {
    return;
  }
  Publish();
}

void FloorControl::Grant(const std::string& participant) {
  if (!floor_.empty() && floor_ != participant) Mute(floor_, true);
  if (!Mute(participant, false)) throw CommandError(error_code::kInvalidState, "the room is not in a call");
  floor_ = participant;
  std::erase_if(hands_, [&](const Hand& h) { return h.id == participant; });
  vc::common::log::Info("vc-room", "floor given to ", participant);
  Publish();
}

void FloorControl::Revoke(const std::string& participant) {
  if (!Mute(participant, true)) throw CommandError(error_code::kInvalidState, "the room is not in a call");
  if (floor_ == participant) floor_.clear();
  vc::common::log::Info("vc-room", "floor taken back from ", participant);
  Publish();
}

bool FloorControl::Mute(const std::string& participant, bool muted) {
  return call_.SendSignaling(nlohmann::json{{"type", "mute"}, {"participant", participant}, {"muted", muted}}.dump());
}

void FloorControl::Publish() {
  nlohmann::json hands = nlohmann::json::array();
  for (const Hand& h : hands_) hands.push_back({{"id", h.id}, {"name", h.name}});
  status_.Set("Call/RaisedHands", std::move(hands));
  status_.Set("Call/Floor", floor_);
}

std::string FloorControl::NameOf(const std::string& participant) const {
  for (const auto& p : participants_) {
    if (p.id == participant) return p.name;
  }
  return participant;
}

}  // namespace vc::appliance::app
