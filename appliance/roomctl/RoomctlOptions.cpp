#include "appliance/roomctl/RoomctlOptions.hpp"

#include <charconv>

namespace vc::appliance::roomctl {
namespace {

int ParsePositive(const std::string& option, const std::string& text) {
  int value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value <= 0 || value > 86400) {
    throw RoomctlUsageError(option + " needs a number of seconds (1..86400), got '" + text + "'");
  }
  return value;
}

}  // namespace

nlohmann::json ParseArgumentValue(const std::string& text) {
  if (text == "true") return true;
  if (text == "false") return false;
  nlohmann::json parsed = nlohmann::json::parse(text, nullptr, false);
  if (!parsed.is_discarded()) return parsed;
  return text;
}

RoomctlOptions ParseRoomctlOptions(const std::vector<std::string>& arguments, const char* env_url) {
  RoomctlOptions options;
  if (env_url && *env_url) options.url = env_url;
  std::vector<std::string> positional;
  for (size_t i = 0; i < arguments.size(); ++i) {
    const std::string& arg = arguments[i];
    auto value = [&](const std::string& name) -> std::string {
      if (i + 1 >= arguments.size()) throw RoomctlUsageError(name + " needs a value");
      return arguments[++i];
    };
    if (arg == "--help" || arg == "-h") {
      options.action = RoomctlOptions::Action::kHelp;
      return options;
    } else if (arg == "--url") {
      options.url = value(arg);
    } else if (arg == "--timeout") {
      options.timeout = std::chrono::seconds(ParsePositive(arg, value(arg)));
    } else if (arg == "--seconds") {
      options.watch_seconds = std::chrono::seconds(ParsePositive(arg, value(arg)));
    } else if (arg.size() > 1 && arg[0] == '-' && positional.empty()) {
      throw RoomctlUsageError("unknown option " + arg + " (see --help)");
    } else {
      positional.push_back(arg);
    }
  }
  if (positional.empty()) throw RoomctlUsageError("no action given: status, command, watch or config-set (see --help)");
  const std::string action = positional[0];
  if (action == "status") {
    if (positional.size() > 2) throw RoomctlUsageError("status takes at most one PATH");
    options.action = RoomctlOptions::Action::kStatus;
    if (positional.size() == 2) options.path = positional[1];
  } else if (action == "watch") {
    if (positional.size() != 2) throw RoomctlUsageError("watch needs exactly one PATH");
    options.action = RoomctlOptions::Action::kWatch;
    options.path = positional[1];
  } else if (action == "command") {
    if (positional.size() < 2) throw RoomctlUsageError("command needs a NAME, e.g. Call.Join");
    options.action = RoomctlOptions::Action::kCommand;
    options.command = positional[1];
    for (size_t i = 2; i < positional.size(); ++i) {
      const auto eq = positional[i].find('=');
      if (eq == std::string::npos || eq == 0) {
        throw RoomctlUsageError("command arguments are key=value, got '" + positional[i] + "'");
      }
      options.args[positional[i].substr(0, eq)] = ParseArgumentValue(positional[i].substr(eq + 1));
    }
  } else if (action == "config-set") {
    if (positional.size() != 3) throw RoomctlUsageError("config-set needs PATH VALUE");
    options.action = RoomctlOptions::Action::kConfigSet;
    options.path = positional[1];
    options.value = ParseArgumentValue(positional[2]);
  } else {
    throw RoomctlUsageError("unknown action '" + action + "' (status, command, watch, config-set)");
  }
  return options;
}

std::string RoomctlUsage() {
  return std::string(R"(Usage: vc-roomctl [--url URL] [--timeout S] ACTION ...
Talks to a vc-room's control API (docs/control-api.md).

Actions:
  status [PATH]                 print the status tree, or the part under PATH (e.g. Call/State)
  command NAME [key=value ...]  run a command, e.g. command Audio.Volume.Set level=70
                                (values: true/false, numbers, JSON, or plain text)
  watch PATH [--seconds N]      print status changes under PATH and events (Ctrl-C or N seconds)
  config-set PATH VALUE         change a persisted setting, e.g. config-set Audio/DefaultVolume 70

Options:
  --url URL      control API address (default $VC_ROOMCTL_URL or )") +
         kDefaultUrl + R"()
  --timeout S    seconds to wait for connecting and for each answer (default 10)
  --seconds N    stop watching after N seconds
  -h, --help     this text

Exit status: 0 on success, 1 when the room answered with an error or could not be reached,
2 on bad arguments. Errors are one line on stderr.
)";
}

}  // namespace vc::appliance::roomctl
