#include "devices/visca/ViscaSimOptions.hpp"

#include <charconv>

#include "common/util/IpAddress.hpp"

namespace vc::devices::visca {
namespace {

long ParseNumber(const std::string& text, long max, const std::string& what) {
  long value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc() || end != text.data() + text.size() || value < 0 || value > max) {
    throw OptionsError(what + ": '" + text + "' is not a number from 0 to " + std::to_string(max));
  }
  return value;
}

void ParseListen(const std::string& text, ViscaSimulator::Options& options) {
  const size_t colon = text.rfind(':');
  if (colon == std::string::npos || colon == 0) throw OptionsError("--listen: expected HOST:PORT, got '" + text + "'");
  std::string host = text.substr(0, colon);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  if (!common::util::IsIpLiteral(host)) throw OptionsError("--listen: '" + host + "' must be an IP address");
  options.host = host;
  options.port = static_cast<uint16_t>(ParseNumber(text.substr(colon + 1), 65535, "--listen port"));
}

ViscaFault ParseFault(const std::string& text) {
  static const std::string kDropPrefix = "drop-first-n=";
  ViscaFault fault;
  if (text == "none") fault.kind = ViscaFault::Kind::kNone;
  else if (text == "no-answer") fault.kind = ViscaFault::Kind::kNoAnswer;
  else if (text == "garbled") fault.kind = ViscaFault::Kind::kGarbled;
  else if (text == "not-executable") fault.kind = ViscaFault::Kind::kNotExecutable;
  else if (text.rfind(kDropPrefix, 0) == 0) {
    fault.kind = ViscaFault::Kind::kDropFirst;
    fault.drop_first = static_cast<int>(ParseNumber(text.substr(kDropPrefix.size()), 1000000, "--fault drop-first-n"));
  } else {
    throw OptionsError("--fault: '" + text + "' is not one of none, no-answer, garbled, not-executable, drop-first-n=N");
  }
  return fault;
}

}  // namespace

ViscaSimOptions ParseViscaSimOptions(const std::vector<std::string>& args) {
  ViscaSimOptions result;
  auto& options = result.simulator;
  options.port = kDefaultPort;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--help" || arg == "-h") {
      result.show_help = true;
      continue;
    }
    if (arg != "--listen" && arg != "--move-ms" && arg != "--fault" && arg != "--power") {
      throw OptionsError("unknown argument '" + arg + "' (see --help)");
    }
    if (i + 1 >= args.size()) throw OptionsError(arg + " needs a value");
    const std::string& value = args[++i];
    if (arg == "--listen") {
      ParseListen(value, options);
    } else if (arg == "--move-ms") {
      options.move_time = std::chrono::milliseconds(ParseNumber(value, 600000, "--move-ms"));
    } else if (arg == "--fault") {
      options.fault = ParseFault(value);
    } else if (value == "on" || value == "standby") {
      options.power_on = value == "on";
    } else {
      throw OptionsError("--power: '" + value + "' is not on or standby");
    }
  }
  return result;
}

std::string ViscaSimUsage() {
  return "usage: vc-visca-sim [options]\n"
         "Emulates one PTZ camera speaking VISCA over IP (UDP) for tests and the demo.\n"
         "State changes are logged one per line on stderr (e.g. 'preset recalled 2').\n"
         "\n"
         "  --listen HOST:PORT  UDP address (default 127.0.0.1:52381); port 0 picks a free one.\n"
         "                      Prints 'listening on HOST:PORT' on stdout once bound.\n"
         "  --move-ms N         time a preset recall, home, absolute move or zoom takes (default 300)\n"
         "  --power on|standby  power state at start (default on); in standby moves are refused\n"
         "  --fault F           none | no-answer | garbled | not-executable | drop-first-n=N\n"
         "  --help              this text\n";
}

}  // namespace vc::devices::visca
