#include "appliance/app/RoomAppOptions.hpp"

namespace vc::appliance::app {

RoomAppOptions ParseRoomAppOptions(const std::vector<std::string>& arguments) {
  RoomAppOptions options;
  for (size_t i = 0; i < arguments.size(); ++i) {
    const std::string& arg = arguments[i];
    if (arg == "--help" || arg == "-h") {
      options.show_help = true;
      return options;
    } else if (arg == "--version") {
      options.show_version = true;
      return options;
    } else if (arg == "-v" || arg == "--verbose") {
      options.verbose = true;
    } else if (arg == "--config" || arg == "-c") {
      if (i + 1 >= arguments.size()) throw RoomAppUsageError(arg + " needs a FILE");
      options.config_path = arguments[++i];
    } else if (arg.rfind("--config=", 0) == 0) {
      options.config_path = arg.substr(9);
    } else {
      throw RoomAppUsageError("unknown argument '" + arg + "' (see --help)");
    }
  }
  if (options.config_path.empty()) throw RoomAppUsageError("--config FILE is required (see --help)");
  return options;
}

std::string RoomAppUsage() {
  return R"(Usage: vc-room --config FILE [-v]
The room appliance daemon: drives the room's projector (PJLink) and PTZ camera (VISCA over IP),
joins the room's meeting on vc-mcu with camera, microphone and speakers, and serves the control
API for the touch panel on ws://127.0.0.1:PORT/ (docs/control-api.md; drive it with vc-roomctl).

Options:
  -c, --config FILE   the room configuration (docs/room-config.md); required
  -v, --verbose       debug logging
  --version           print the version
  -h, --help          this text

Exit status: 0 after SIGTERM/SIGINT (the call is left and the projector put to standby first),
2 on bad arguments or a bad configuration (one line naming the field), 1 on other start failures.
Under systemd (Type=notify) it reports READY=1 once serving and WATCHDOG=1 when asked.
)";
}

}  // namespace vc::appliance::app
