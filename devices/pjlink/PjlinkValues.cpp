#include "devices/pjlink/PjlinkValues.hpp"

#include <array>

namespace vc::devices::pjlink {
namespace {

// Space-separated tokens; nullopt for empty tokens (two spaces in a row, leading/trailing space).
std::optional<std::vector<std::string_view>> SplitSpaces(std::string_view value) {
  std::vector<std::string_view> tokens;
  if (value.empty()) return tokens;
  size_t start = 0;
  while (true) {
    const size_t space = value.find(' ', start);
    const std::string_view token = value.substr(start, space - start);
    if (token.empty()) return std::nullopt;
    tokens.push_back(token);
    if (space == std::string_view::npos) break;
    start = space + 1;
  }
  return tokens;
}

bool AllDigits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

const char* LevelWord(FaultLevel level) { return level == FaultLevel::kError ? "error" : "warning"; }

}  // namespace

std::optional<PowerState> ParsePowerState(std::string_view value) {
  if (value.size() != 1 || value[0] < '0' || value[0] > '3') return std::nullopt;
  return static_cast<PowerState>(value[0] - '0');
}

const char* PowerStateName(PowerState state) {
  switch (state) {
    case PowerState::kOff: return "off";
    case PowerState::kOn: return "on";
    case PowerState::kCooling: return "cooling";
    case PowerState::kWarming: return "warming";
  }
  return "unknown";
}

char PowerStateCode(PowerState state) { return static_cast<char>('0' + static_cast<int>(state)); }

bool IsValidInput(std::string_view input) {
  return input.size() == 2 && input[0] >= '1' && input[0] <= '5' && input[1] >= '1' && input[1] <= '9';
}

std::optional<std::vector<std::string>> ParseInputList(std::string_view value) {
  const auto tokens = SplitSpaces(value);
  if (!tokens) return std::nullopt;
  std::vector<std::string> inputs;
  for (const auto token : *tokens) {
    if (!IsValidInput(token)) return std::nullopt;
    inputs.emplace_back(token);
  }
  return inputs;
}

std::optional<AvMuteState> ParseAvMute(std::string_view value) {
  if (value.size() != 2 || value[0] < '1' || value[0] > '3' || (value[1] != '0' && value[1] != '1')) {
    return std::nullopt;
  }
  const bool on = value[1] == '1';
  AvMuteState state;
  if (value[0] == '1' || value[0] == '3') state.video_muted = on;
  if (value[0] == '2' || value[0] == '3') state.audio_muted = on;
  return state;
}

std::string AvMuteParameter(AvMuteTarget target, bool mute) {
  return std::string{static_cast<char>('0' + static_cast<int>(target)), mute ? '1' : '0'};
}

std::string AvMuteCode(AvMuteState state) {
  if (state.video_muted && state.audio_muted) return "31";
  if (state.video_muted) return "11";
  if (state.audio_muted) return "21";
  return "30";
}

bool ErrorStatus::Any() const {
  for (FaultLevel level : {fan, lamp, temperature, cover_open, filter, other}) {
    if (level != FaultLevel::kOk) return true;
  }
  return false;
}

bool ErrorStatus::AnyError() const {
  for (FaultLevel level : {fan, lamp, temperature, cover_open, filter, other}) {
    if (level == FaultLevel::kError) return true;
  }
  return false;
}

std::string ErrorStatus::Describe() const {
  const std::array<std::pair<const char*, FaultLevel>, 6> parts{{{"fan", fan},
                                                                  {"lamp", lamp},
                                                                  {"temperature", temperature},
                                                                  {"cover open", cover_open},
                                                                  {"filter", filter},
                                                                  {"other", other}}};
  std::string text;
  for (const auto& [name, level] : parts) {
    if (level == FaultLevel::kOk) continue;
    if (!text.empty()) text += "; ";
    text += name;
    text += ' ';
    text += LevelWord(level);
  }
  return text;
}

std::string ErrorStatus::Code() const {
  std::string code;
  for (FaultLevel level : {fan, lamp, temperature, cover_open, filter, other}) {
    code += static_cast<char>('0' + static_cast<int>(level));
  }
  return code;
}

std::optional<ErrorStatus> ParseErrorStatus(std::string_view value) {
  if (value.size() != 6) return std::nullopt;
  std::array<FaultLevel, 6> levels{};
  for (size_t i = 0; i < 6; ++i) {
    if (value[i] < '0' || value[i] > '2') return std::nullopt;
    levels[i] = static_cast<FaultLevel>(value[i] - '0');
  }
  return ErrorStatus{levels[0], levels[1], levels[2], levels[3], levels[4], levels[5]};
}

std::optional<std::vector<Lamp>> ParseLamps(std::string_view value) {
  const auto tokens = SplitSpaces(value);
  // One to eight lamps, each "hours on" with hours of 1-5 digits.
  if (!tokens || tokens->empty() || tokens->size() % 2 != 0 || tokens->size() > 16) return std::nullopt;
  std::vector<Lamp> lamps;
  for (size_t i = 0; i < tokens->size(); i += 2) {
    const auto hours = (*tokens)[i];
    const auto on = (*tokens)[i + 1];
    if (!AllDigits(hours) || hours.size() > 5 || (on != "0" && on != "1")) return std::nullopt;
    int parsed = 0;
    for (char c : hours) parsed = parsed * 10 + (c - '0');
    lamps.push_back({parsed, on == "1"});
  }
  return lamps;
}

std::string LampsValue(const std::vector<Lamp>& lamps) {
  std::string value;
  for (const auto& lamp : lamps) {
    if (!value.empty()) value += ' ';
    value += std::to_string(lamp.hours);
    value += lamp.on ? " 1" : " 0";
  }
  return value;
}

std::optional<int> ParseClass(std::string_view value) {
  if (value.size() != 1 || value[0] < '1' || value[0] > '9') return std::nullopt;
  return value[0] - '0';
}

}  // namespace vc::devices::pjlink
