#pragma once
// Typed values of PJLink class 1 replies and parameters (pure functions, no I/O).
//   POWR=0|1|2|3            off | on | cooling | warming
//   INPT=31                 input type (1 RGB, 2 video, 3 digital, 4 storage, 5 network) + number 1-9
//   AVMT=11|21|31|30        video / audio / audio+video mute on (x1) or off (x0)
//   ERST=000000             fan lamp temperature cover-open filter other; 0 ok, 1 warning, 2 error
//   LAMP=1200 1 30 0        hours and on/off, per lamp
//   INST=11 12 31 32        the selectable inputs
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vc::devices::pjlink {

enum class PowerState { kOff = 0, kOn = 1, kCooling = 2, kWarming = 3 };

std::optional<PowerState> ParsePowerState(std::string_view value);
// "off" | "on" | "cooling" | "warming", as the room status tree shows it.
const char* PowerStateName(PowerState state);
char PowerStateCode(PowerState state);  // '0'..'3'

// A two-digit input code ("31"): type 1-5, number 1-9.
bool IsValidInput(std::string_view input);
std::optional<std::vector<std::string>> ParseInputList(std::string_view value);

enum class AvMuteTarget { kVideo = 1, kAudio = 2, kAudioVideo = 3 };
struct AvMuteState {
  bool video_muted = false;
  bool audio_muted = false;
  bool operator==(const AvMuteState&) const = default;
};
std::optional<AvMuteState> ParseAvMute(std::string_view value);
std::string AvMuteParameter(AvMuteTarget target, bool mute);  // "31", "10", ...
std::string AvMuteCode(AvMuteState state);                      // what AVMT ? answers

enum class FaultLevel { kOk = 0, kWarning = 1, kError = 2 };
struct ErrorStatus {
  FaultLevel fan = FaultLevel::kOk;
  FaultLevel lamp = FaultLevel::kOk;
  FaultLevel temperature = FaultLevel::kOk;
  FaultLevel cover_open = FaultLevel::kOk;
  FaultLevel filter = FaultLevel::kOk;
  FaultLevel other = FaultLevel::kOk;

  bool Any() const;        // a warning or an error anywhere
  bool AnyError() const;   // an error (level 2) anywhere
  // "" when all fine, else e.g. "lamp error; filter warning".
  std::string Describe() const;
  std::string Code() const;  // "020000"
  bool operator==(const ErrorStatus&) const = default;
};
std::optional<ErrorStatus> ParseErrorStatus(std::string_view value);

struct Lamp {
  int hours = 0;
  bool on = false;
  bool operator==(const Lamp&) const = default;
};
std::optional<std::vector<Lamp>> ParseLamps(std::string_view value);
std::string LampsValue(const std::vector<Lamp>& lamps);

std::optional<int> ParseClass(std::string_view value);

}  // namespace vc::devices::pjlink
