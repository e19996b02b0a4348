#include "devices/pjlink/PjlinkCodec.hpp"

#include <openssl/evp.h>

#include <array>
#include <cctype>

namespace vc::devices::pjlink {
namespace {

struct CommandName {
  Command command;
  const char* body;
};
constexpr std::array<CommandName, 11> kCommands{{
    {Command::kPower, "POWR"},
    {Command::kInput, "INPT"},
    {Command::kAvMute, "AVMT"},
    {Command::kErrorStatus, "ERST"},
    {Command::kLamp, "LAMP"},
    {Command::kInputList, "INST"},
    {Command::kName, "NAME"},
    {Command::kManufacturer, "INF1"},
    {Command::kProductName, "INF2"},
    {Command::kOtherInfo, "INFO"},
    {Command::kClass, "CLSS"},
}};

constexpr std::string_view kHeader = "%1";
constexpr std::string_view kGreetingPrefix = "PJLINK ";
constexpr std::string_view kAuthError = "PJLINK ERRA";
constexpr size_t kDigestLength = 32;
constexpr size_t kMaxParameterLength = 128;

// Removes the "\r" terminator and a "\n" left over from a peer that ends its lines with CRLF.
std::string_view TrimLine(std::string_view line) {
  if (!line.empty() && line.front() == '\n') line.remove_prefix(1);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

// Parameters and values are printable; bytes >= 0x80 are let through for UTF-8 projector names.
bool IsText(std::string_view text) {
  for (unsigned char c : text) {
    if (c < 0x20 || c == 0x7f) return false;
  }
  return true;
}

bool IsHex(std::string_view text) {
  for (char c : text) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) return false;
  }
  return true;
}

DeviceResult Error(DeviceErrorKind kind, const std::string& text) { return DeviceResult::Error(kind, text); }

}  // namespace

const char* CommandBody(Command command) {
  for (const auto& entry : kCommands) {
    if (entry.command == command) return entry.body;
  }
  return "????";
}

std::optional<Command> CommandFromBody(std::string_view body) {
  if (body.size() != 4) return std::nullopt;
  std::string upper(body);
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  for (const auto& entry : kCommands) {
    if (upper == entry.body) return entry.command;
  }
  return std::nullopt;
}

std::string BuildCommand(const Request& request, std::string_view digest) {
  std::string line(digest);
  line += kHeader;
  line += CommandBody(request.command);
  line += ' ';
  line += request.parameter;
  line += '\r';
  return line;
}

std::string BuildReply(const Reply& reply) {
  if (reply.status == ReplyStatus::kAuthenticationError) return std::string(kAuthError) + "\r";
  std::string line(kHeader);
  line += CommandBody(reply.command);
  line += '=';
  switch (reply.status) {
    case ReplyStatus::kOk: line += "OK"; break;
    case ReplyStatus::kValue: line += reply.value; break;
    case ReplyStatus::kUndefinedCommand: line += "ERR1"; break;
    case ReplyStatus::kOutOfParameter: line += "ERR2"; break;
    case ReplyStatus::kUnavailableTime: line += "ERR3"; break;
    case ReplyStatus::kProjectorFailure: line += "ERR4"; break;
    case ReplyStatus::kAuthenticationError: break;
  }
  line += '\r';
  return line;
}

std::string BuildGreeting(const Greeting& greeting) {
  if (!greeting.authentication) return "PJLINK 0\r";
  return "PJLINK 1 " + greeting.random + "\r";
}

std::optional<Greeting> ParseGreeting(std::string_view line) {
  line = TrimLine(line);
  if (line.size() > kMaxLineLength || line.substr(0, kGreetingPrefix.size()) != kGreetingPrefix) {
    return std::nullopt;
  }
  line.remove_prefix(kGreetingPrefix.size());
  if (line == "0") return Greeting{};
  if (line.size() < 3 || line.substr(0, 2) != "1 ") return std::nullopt;
  std::string_view random = line.substr(2);
  // The specification's random is 8 bytes; accept a little more variety but no spaces or controls.
  if (random.size() > 32) return std::nullopt;
  for (unsigned char c : random) {
    if (c <= 0x20 || c >= 0x7f) return std::nullopt;
  }
  return Greeting{true, std::string(random)};
}

std::optional<Reply> ParseReply(std::string_view line) {
  line = TrimLine(line);
  if (line.size() > kMaxLineLength) return std::nullopt;
  if (line == kAuthError) return Reply{Command::kPower, ReplyStatus::kAuthenticationError, {}};
  if (line.size() < 7 || line.substr(0, 2) != kHeader || line[6] != '=') return std::nullopt;
  const auto command = CommandFromBody(line.substr(2, 4));
  if (!command) return std::nullopt;
  const std::string_view value = line.substr(7);
  if (!IsText(value)) return std::nullopt;
  Reply reply{*command, ReplyStatus::kValue, {}};
  if (value == "OK") reply.status = ReplyStatus::kOk;
  else if (value == "ERR1") reply.status = ReplyStatus::kUndefinedCommand;
  else if (value == "ERR2") reply.status = ReplyStatus::kOutOfParameter;
  else if (value == "ERR3") reply.status = ReplyStatus::kUnavailableTime;
  else if (value == "ERR4") reply.status = ReplyStatus::kProjectorFailure;
  else reply.value = std::string(value);
  return reply;
}

std::optional<Request> ParseCommandLine(std::string_view line, std::string* digest) {
  line = TrimLine(line);
  if (line.size() > kMaxLineLength) return std::nullopt;
  std::string_view prefix;
  const size_t header = line.find(kHeader);
  if (header == std::string_view::npos) return std::nullopt;
  if (header != 0) {
    prefix = line.substr(0, header);
    if (prefix.size() != kDigestLength || !IsHex(prefix)) return std::nullopt;
    line.remove_prefix(header);
  }
  if (line.size() < 8 || line[6] != ' ') return std::nullopt;
  const auto command = CommandFromBody(line.substr(2, 4));
  const std::string_view parameter = line.substr(7);
  if (!command || parameter.size() > kMaxParameterLength || !IsText(parameter)) return std::nullopt;
  if (digest != nullptr) *digest = std::string(prefix);
  return Request{*command, std::string(parameter)};
}

std::string AuthDigest(std::string_view random, std::string_view password) {
  std::string input(random);
  input += password;
  std::array<unsigned char, EVP_MAX_MD_SIZE> md{};
  unsigned int length = 0;
  if (EVP_Digest(input.data(), input.size(), md.data(), &length, EVP_md5(), nullptr) != 1) {
    return {};  // MD5 unavailable (FIPS-only OpenSSL): the projector will answer ERRA
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(length * 2);
  for (unsigned int i = 0; i < length; ++i) {
    hex += kHex[md[i] >> 4];
    hex += kHex[md[i] & 0x0f];
  }
  return hex;
}

std::string Describe(const Request& request) {
  return std::string(CommandBody(request.command)) + " " + request.parameter;
}

DeviceResult ReplyResult(const Request& request, const Reply& reply) {
  const std::string what = Describe(request);
  if (reply.status == ReplyStatus::kAuthenticationError) {
    return Error(DeviceErrorKind::kAuthentication,
                 "projector rejected the password (PJLINK ERRA: authentication error)");
  }
  if (reply.command != request.command) {
    return Error(DeviceErrorKind::kProtocol, std::string("projector answered ") +
                                                 CommandBody(reply.command) + " to " + what);
  }
  switch (reply.status) {
    case ReplyStatus::kOk:
      return DeviceResult::Ok();  // for a query this is a value that reads "OK"
    case ReplyStatus::kValue:
      if (!request.IsQuery()) {
        return Error(DeviceErrorKind::kProtocol,
                     "projector answered '" + reply.value + "' instead of OK to " + what);
      }
      return DeviceResult::Ok();
    case ReplyStatus::kUndefinedCommand:
      return Error(DeviceErrorKind::kDeviceFault,
                   "projector does not support " + what + " (ERR1: undefined command)");
    case ReplyStatus::kOutOfParameter:
      if (request.command == Command::kInput) {
        return Error(DeviceErrorKind::kDeviceFault,
                     "projector has no input " + request.parameter + " (ERR2: out of parameter)");
      }
      return Error(DeviceErrorKind::kDeviceFault,
                   "projector rejected the parameter of " + what + " (ERR2: out of parameter)");
    case ReplyStatus::kUnavailableTime:
      return Error(DeviceErrorKind::kUnavailable,
                   "projector cannot execute " + what +
                       " now (ERR3: unavailable time, e.g. warming up, cooling down or standby)");
    case ReplyStatus::kProjectorFailure:
      return Error(DeviceErrorKind::kDeviceFault,
                   "projector failure while executing " + what + " (ERR4: projector/display failure)");
    case ReplyStatus::kAuthenticationError:
      break;
  }
  return Error(DeviceErrorKind::kProtocol, "unexpected reply to " + what);
}

}  // namespace vc::devices::pjlink
