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
    } else if (arg == "--enroll" || arg == "--server" || arg == "--ca-file" || arg == "--serial") {
      if (i + 1 >= arguments.size() || arguments[i + 1].empty()) {
        throw RoomAppUsageError(arg + " needs a value");
      }
      const std::string& value = arguments[++i];
      if (arg == "--enroll") options.enroll_code = value;
      if (arg == "--server") options.server_url = value;
      if (arg == "--ca-file") options.ca_file = value;
      if (arg == "--serial") options.serial = value;
    } else {
      throw RoomAppUsageError("unknown argument '" + arg + "' (see --help)");
    }
  }
  if (options.config_path.empty()) throw RoomAppUsageError("--config FILE is required (see --help)");
  if (!options.enroll_code.empty() && options.server_url.empty()) {
    throw RoomAppUsageError("--enroll needs --server URL (the provisioning server)");
  }
  if (options.enroll_code.empty() && (!options.server_url.empty() || !options.ca_file.empty())) {
    throw RoomAppUsageError("--server and --ca-file go with --enroll CODE");
  }
  return options;
}

std::string RoomAppUsage() {
  return R"(Usage: vc-room --config FILE [-v]
       vc-room --enroll CODE --server URL [--ca-file PEM] [--serial S] --config FILE
The room appliance daemon: drives the room's projector (PJLink) and PTZ camera (VISCA over IP),
joins the room's meeting on vc-mcu with camera, microphone and speakers, and serves the control
API for the touch panel on ws://127.0.0.1:PORT/ (docs/control-api.md; drive it with vc-roomctl).

Options:
  -c, --config FILE   the room configuration (docs/room-config.md); required
  --enroll CODE       first enrollment: exchange the one-time activation code (XXXX-XXXX) with
                      the provisioning server for this room's configuration and credential,
                      write them to FILE and FILE's .credential (mode 0600), then run
  --server URL        the provisioning server, http://HOST:PORT or https://HOST:PORT
  --ca-file PEM       verify an https server against this CA (default: the system store)
  --serial S          this appliance's serial number (default: the host name)
  -v, --verbose       debug logging
  --version           print the version
  -h, --help          this text

Exit status: 0 after SIGTERM/SIGINT (the call is left and the projector put to standby first),
2 on bad arguments or a bad configuration (one line naming the field), 1 on other start failures
(an enrollment code refused, used or expired, or a server that cannot be reached: one line).
Once enrolled, it sends a heartbeat to the server every provisioning.heartbeat_seconds.
Under systemd (Type=notify) it reports READY=1 once serving and WATCHDOG=1 when asked.
)";
}

}  // namespace vc::appliance::app
