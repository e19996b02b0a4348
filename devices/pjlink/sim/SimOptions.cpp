#include "devices/pjlink/sim/SimOptions.hpp"

#include <algorithm>
#include <charconv>
#include <stdexcept>

namespace vc::devices::pjlink::sim {
namespace {

int64_t ParseNumber(const std::string& option, const std::string& text, int64_t max) {
  int64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < 0 || value > max) {
    throw std::invalid_argument(option + ": expected a number from 0 to " + std::to_string(max) + ", got '" +
                                text + "'");
  }
  return value;
}

boost::asio::ip::tcp::endpoint ParseListen(const std::string& text) {
  const size_t colon = text.rfind(':');
  if (colon == std::string::npos) throw std::invalid_argument("--listen: expected HOST:PORT, got '" + text + "'");
  boost::system::error_code error;
  const auto address = boost::asio::ip::make_address(text.substr(0, colon), error);
  if (error) throw std::invalid_argument("--listen: '" + text.substr(0, colon) + "' is not an IP address");
  const auto port = static_cast<uint16_t>(ParseNumber("--listen port", text.substr(colon + 1), 65535));
  return {address, port};
}

std::vector<std::string> ParseInputs(const std::string& text) {
  std::vector<std::string> inputs;
  size_t start = 0;
  while (start <= text.size()) {
    const size_t comma = text.find(',', start);
    const std::string input = text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    if (!IsValidInput(input)) {
      throw std::invalid_argument("--inputs: '" + input + "' is not a PJLink input (type 1-5, number 1-9, e.g. 31)");
    }
    inputs.push_back(input);
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return inputs;
}

}  // namespace

const char* SimUsage() {
  return "usage: vc-pjlink-sim [options]\n"
         "A projector emulator speaking PJLink class 1 over TCP (for tests and the demo).\n"
         "  --listen HOST:PORT   address to listen on (default 127.0.0.1:4352; port 0 picks a free\n"
         "                       port). Prints 'listening on HOST:PORT' on stdout once ready.\n"
         "  --password TEXT      require PJLink MD5 authentication with this password\n"
         "  --inputs LIST        selectable inputs, comma-separated (default 11,12,31,32)\n"
         "  --warmup-ms N        warm-up duration (default 3000)\n"
         "  --cooldown-ms N      cool-down duration (default 3000)\n"
         "  --name TEXT          projector name (NAME ?)\n"
         "  --fault KIND         lamp | no-answer | garbled | wrong-password-always | none\n"
         "  --help               this text\n"
         "State changes go to stderr, one line each: 'pjlink-sim: power=warming', 'power=on',\n"
         "'power=cooling', 'power=off', 'input=31', 'avmute=31', 'auth=accepted|rejected', 'fault=lamp'.\n"
         "Commands on stdin (one a line): 'fault KIND' changes the fault at run time.\n";
}

SimOptions ParseSimOptions(const std::vector<std::string>& arguments) {
  SimOptions options;
  for (size_t i = 0; i < arguments.size(); ++i) {
    const std::string& option = arguments[i];
    if (option == "--help" || option == "-h") {
      options.help = true;
      continue;
    }
    static const std::vector<std::string> kWithValue{"--listen",      "--password", "--inputs", "--warmup-ms",
                                                     "--cooldown-ms", "--name",     "--fault"};
    if (std::find(kWithValue.begin(), kWithValue.end(), option) == kWithValue.end()) {
      throw std::invalid_argument(option.rfind("--", 0) == 0 ? "unknown option '" + option + "'"
                                                             : "unexpected argument '" + option + "'");
    }
    if (i + 1 >= arguments.size()) throw std::invalid_argument(option + ": missing value");
    const std::string& value = arguments[++i];
    auto& model = options.server.model;
    if (option == "--listen") {
      options.listen = ParseListen(value);
    } else if (option == "--password") {
      options.server.password = value;
    } else if (option == "--inputs") {
      model.inputs = ParseInputs(value);
    } else if (option == "--warmup-ms") {
      model.warmup = std::chrono::milliseconds(ParseNumber(option, value, 3'600'000));
    } else if (option == "--cooldown-ms") {
      model.cooldown = std::chrono::milliseconds(ParseNumber(option, value, 3'600'000));
    } else if (option == "--name") {
      if (value.size() > 64) throw std::invalid_argument("--name: at most 64 bytes");
      model.name = value;
    } else if (option == "--fault") {
      const auto fault = ParseFault(value);
      if (!fault) throw std::invalid_argument("--fault: unknown fault '" + value + "'");
      model.fault = *fault;
    } else {
      throw std::invalid_argument("unknown option '" + option + "'");
    }
  }
  return options;
}

}  // namespace vc::devices::pjlink::sim
