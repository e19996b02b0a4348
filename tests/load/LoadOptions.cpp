#include "tests/load/LoadOptions.hpp"

#include <stdexcept>

namespace vc::tests::load {
namespace {

int ToInt(const std::string& flag, const std::string& text, int min, int max) {
  size_t used = 0;
  int value = 0;
  try {
    value = std::stoi(text, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used != text.size() || value < min || value > max) {
    throw std::invalid_argument(flag + " must be a whole number in [" + std::to_string(min) + ", " +
                                std::to_string(max) + "], not '" + text + "'");
  }
  return value;
}

double ToSeconds(const std::string& flag, const std::string& text, double min) {
  size_t used = 0;
  double value = 0;
  try {
    value = std::stod(text, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used != text.size() || !(value >= min) || value > 3600) {
    throw std::invalid_argument(flag + " must be a number of seconds >= " + std::to_string(min));
  }
  return value;
}

}  // namespace

LoadOptions LoadOptions::Parse(const std::vector<std::string>& arguments) {
  LoadOptions options;
  for (size_t i = 0; i < arguments.size(); ++i) {
    const std::string& flag = arguments[i];
    const auto value = [&]() -> std::string {
      if (i + 1 >= arguments.size()) throw std::invalid_argument(flag + " needs a value");
      return arguments[++i];
    };
    if (flag == "--help" || flag == "-h") {
      options.help = true;
    } else if (flag == "--target") {
      const std::string target = value();
      if (target == "mcu") options.target = Target::kMcu;
      else if (target == "janus") options.target = Target::kJanus;
      else throw std::invalid_argument("--target must be mcu or janus");
    } else if (flag == "--mcu") {
      options.mcu_url = value();
    } else if (flag == "--janus") {
      options.janus_url = value();
    } else if (flag == "--room") {
      options.room = value();
    } else if (flag == "--participants") {
      options.participants = ToInt(flag, value(), 1, 1000);
    } else if (flag == "--talkers") {
      options.talkers = ToInt(flag, value(), 0, 1000);
    } else if (flag == "--probes") {
      options.probes = ToInt(flag, value(), 0, 1000);
    } else if (flag == "--seconds") {
      options.seconds = ToSeconds(flag, value(), 0.5);
    } else if (flag == "--warmup") {
      options.warmup_seconds = ToSeconds(flag, value(), 0);
    } else if (flag == "--setup-timeout") {
      options.setup_timeout_seconds = ToSeconds(flag, value(), 1);
    } else if (flag == "--server-pid") {
      options.server_pid = ToInt(flag, value(), 1, 1 << 30);
    } else if (flag == "--json") {
      options.json = true;
    } else {
      throw std::invalid_argument("unknown option " + flag);
    }
  }
  if (options.help) return options;
  if (options.talkers > options.participants) {
    throw std::invalid_argument("--talkers cannot exceed --participants");
  }
  if (options.target == Target::kMcu && options.mcu_url.empty()) {
    throw std::invalid_argument("--mcu ws://HOST:PORT/ws is required for --target mcu");
  }
  if (options.target == Target::kJanus) {
    if (options.janus_url.empty()) throw std::invalid_argument("--janus URL is required for --target janus");
    const bool numeric = !options.room.empty() && options.room.size() < 10 &&
                         options.room.find_first_not_of("0123456789") == std::string::npos;
    if (!numeric || options.room == "0") throw std::invalid_argument("--room must be a positive number for Janus");
  }
  return options;
}

}  // namespace vc::tests::load
