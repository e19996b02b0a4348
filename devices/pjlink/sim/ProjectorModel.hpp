#pragma once
// The emulated projector's state: power with timed warm-up and cool-down, input, A/V mute, lamp
// and error status, and the injectable faults. Pure (time is passed in), so the emulator's
// behaviour is unit-testable without sockets. State changes are reported as "key=value" lines.
#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "devices/pjlink/PjlinkCodec.hpp"
#include "devices/pjlink/PjlinkValues.hpp"

namespace vc::devices::pjlink::sim {

enum class Fault {
  kNone,
  kLamp,                 // ERST reports a lamp error, the lamp is off, POWR 1 answers ERR4
  kNoAnswer,             // accepts connections and never sends a byte
  kGarbled,              // greets correctly, then answers every command with garbage
  kWrongPasswordAlways,  // asks for authentication and rejects every digest (PJLINK ERRA)
};
std::optional<Fault> ParseFault(std::string_view name);  // "none" | "lamp" | "no-answer" | ...
const char* FaultName(Fault fault);

struct ModelConfig {
  std::vector<std::string> inputs{"11", "12", "31", "32"};
  std::chrono::milliseconds warmup{3000};
  std::chrono::milliseconds cooldown{3000};
  std::string name = "vc-pjlink-sim";
  std::string manufacturer = "VC Emulated";
  std::string product = "PJLink Class 1 Simulator";
  std::string other_info = "vc-pjlink-sim";
  int lamp_hours = 1234;
  Fault fault = Fault::kNone;
};

class ProjectorModel {
 public:
  using Clock = std::chrono::steady_clock;
  using StateListener = std::function<void(const std::string& line)>;

  ProjectorModel(ModelConfig config, StateListener listener);

  // Answers one command at time `now` (finishing any warm-up/cool-down due by then first).
  Reply Handle(const Request& request, Clock::time_point now);
  // Finishes a warm-up or cool-down whose time has come.
  void Advance(Clock::time_point now);
  std::optional<Clock::time_point> NextTransition() const { return transition_at_; }

  PowerState Power() const { return power_; }
  const std::string& Input() const { return input_; }
  Fault GetFault() const { return config_.fault; }
  void SetFault(Fault fault);

 private:
  Reply HandlePower(const Request& request, Clock::time_point now);
  Reply HandleInput(const Request& request);
  Reply HandleAvMute(const Request& request);
  Reply Value(Command command, std::string value) const { return {command, ReplyStatus::kValue, std::move(value)}; }
  void SetPower(PowerState state, std::optional<Clock::time_point> transition_at);
  void Report(const std::string& line) const;
  bool On() const { return power_ == PowerState::kOn; }

  ModelConfig config_;
  StateListener listener_;
  PowerState power_ = PowerState::kOff;
  std::optional<Clock::time_point> transition_at_;
  std::string input_;
  AvMuteState mute_;
};

}  // namespace vc::devices::pjlink::sim
