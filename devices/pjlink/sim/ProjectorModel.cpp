#include "devices/pjlink/sim/ProjectorModel.hpp"

#include <algorithm>

namespace vc::devices::pjlink::sim {
namespace {

constexpr std::pair<Fault, const char*> kFaultNames[] = {
    {Fault::kNone, "none"},
    {Fault::kLamp, "lamp"},
    {Fault::kNoAnswer, "no-answer"},
    {Fault::kGarbled, "garbled"},
    {Fault::kWrongPasswordAlways, "wrong-password-always"},
};

Reply Status(Command command, ReplyStatus status) { return {command, status, {}}; }

}  // namespace

std::optional<Fault> ParseFault(std::string_view name) {
  for (const auto& [fault, text] : kFaultNames) {
    if (name == text) return fault;
  }
  return std::nullopt;
}

const char* FaultName(Fault fault) {
  for (const auto& [candidate, text] : kFaultNames) {
    if (candidate == fault) return text;
  }
  return "none";
}

ProjectorModel::ProjectorModel(ModelConfig config, StateListener listener)
    : config_(std::move(config)), listener_(std::move(listener)) {
  if (!config_.inputs.empty()) input_ = config_.inputs.front();
}

void ProjectorModel::Report(const std::string& line) const {
  if (listener_) listener_(line);
}

void ProjectorModel::SetFault(Fault fault) {
  config_.fault = fault;
  Report(std::string("fault=") + FaultName(fault));
}

void ProjectorModel::SetPower(PowerState state, std::optional<Clock::time_point> transition_at) {
  power_ = state;
  transition_at_ = transition_at;
  Report(std::string("power=") + PowerStateName(state));
}

void ProjectorModel::Advance(Clock::time_point now) {
  if (!transition_at_ || now < *transition_at_) return;
  SetPower(power_ == PowerState::kWarming ? PowerState::kOn : PowerState::kOff, std::nullopt);
}

Reply ProjectorModel::Handle(const Request& request, Clock::time_point now) {
  Advance(now);
  const Command command = request.command;
  if (command == Command::kPower) return HandlePower(request, now);
  if (command == Command::kInput) return HandleInput(request);
  if (command == Command::kAvMute) return HandleAvMute(request);
  // The rest are queries only.
  if (!request.IsQuery()) return Status(command, ReplyStatus::kOutOfParameter);
  const bool lamp_fault = config_.fault == Fault::kLamp;
  switch (command) {
    case Command::kErrorStatus: {
      ErrorStatus errors;
      if (lamp_fault) errors.lamp = FaultLevel::kError;
      return Value(command, errors.Code());
    }
    case Command::kLamp: {
      const bool lit = !lamp_fault && (power_ == PowerState::kOn || power_ == PowerState::kWarming);
      return Value(command, LampsValue({{config_.lamp_hours, lit}}));
    }
    case Command::kInputList: {
      std::string list;
      for (const auto& input : config_.inputs) list += (list.empty() ? "" : " ") + input;
      return Value(command, list);
    }
    case Command::kName: return Value(command, config_.name);
    case Command::kManufacturer: return Value(command, config_.manufacturer);
    case Command::kProductName: return Value(command, config_.product);
    case Command::kOtherInfo: return Value(command, config_.other_info);
    case Command::kClass: return Value(command, "1");
    default: break;
  }
  return Status(command, ReplyStatus::kUndefinedCommand);
}

Reply ProjectorModel::HandlePower(const Request& request, Clock::time_point now) {
  const Command command = request.command;
  if (request.IsQuery()) return Value(command, std::string(1, PowerStateCode(power_)));
  if (request.parameter == "1") {
    if (config_.fault == Fault::kLamp) return Status(command, ReplyStatus::kProjectorFailure);
    if (power_ == PowerState::kCooling) return Status(command, ReplyStatus::kUnavailableTime);
    if (power_ == PowerState::kOff) SetPower(PowerState::kWarming, now + config_.warmup);
    Advance(now);  // a zero warm-up finishes at once
    return Status(command, ReplyStatus::kOk);
  }
  if (request.parameter == "0") {
    if (power_ == PowerState::kWarming) return Status(command, ReplyStatus::kUnavailableTime);
    if (power_ == PowerState::kOn) SetPower(PowerState::kCooling, now + config_.cooldown);
    Advance(now);
    return Status(command, ReplyStatus::kOk);
  }
  return Status(command, ReplyStatus::kOutOfParameter);
}

Reply ProjectorModel::HandleInput(const Request& request) {
  const Command command = request.command;
  if (!On()) return Status(command, ReplyStatus::kUnavailableTime);
  if (request.IsQuery()) return Value(command, input_);
  if (std::find(config_.inputs.begin(), config_.inputs.end(), request.parameter) == config_.inputs.end()) {
    return Status(command, ReplyStatus::kOutOfParameter);
  }
  input_ = request.parameter;
  Report("input=" + input_);
  return Status(command, ReplyStatus::kOk);
}

Reply ProjectorModel::HandleAvMute(const Request& request) {
  const Command command = request.command;
  if (!On()) return Status(command, ReplyStatus::kUnavailableTime);
  if (request.IsQuery()) return Value(command, AvMuteCode(mute_));
  const auto change = ParseAvMute(request.parameter);
  if (!change) return Status(command, ReplyStatus::kOutOfParameter);
  const char target = request.parameter[0];
  if (target == '1' || target == '3') mute_.video_muted = change->video_muted;
  if (target == '2' || target == '3') mute_.audio_muted = change->audio_muted;
  Report("avmute=" + AvMuteCode(mute_));
  return Status(command, ReplyStatus::kOk);
}

}  // namespace vc::devices::pjlink::sim
