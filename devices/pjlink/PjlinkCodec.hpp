#pragma once
// PJLink class 1 framing (JBMIA "PJLink Specifications" v1.04, class 1): pure functions, no I/O.
//
//   projector -> controller on connect:  "PJLINK 0\r"               (no authentication)
//                                         "PJLINK 1 498e4a67\r"      (authentication, 8-byte random)
//   controller -> projector:              [32 hex digest]"%1POWR 1\r"  (digest on the first command only)
//   projector -> controller:              "%1POWR=OK\r" | "%1POWR=1\r" | "%1POWR=ERR1".."ERR4\r"
//                                         "PJLINK ERRA\r"            (authentication failed)
// The digest is MD5(random + password) as 32 lowercase hex digits.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "devices/DeviceResult.hpp"

namespace vc::devices::pjlink {

inline constexpr uint16_t kDefaultPort = 4352;
// Longest line either side sends: 32-byte digest + "%1" + 4-byte body + " " + 128-byte parameter
// + "\r". Anything longer is not PJLink.
inline constexpr size_t kMaxLineLength = 168;

enum class Command {
  kPower,         // POWR  0 | 1 | ?   -> 0 off, 1 on, 2 cooling, 3 warming
  kInput,         // INPT  11..59 | ?
  kAvMute,        // AVMT  10 11 20 21 30 31 | ?
  kErrorStatus,   // ERST  ?  -> 6 digits: fan lamp temperature cover filter other
  kLamp,          // LAMP  ?  -> "hours on [hours on ...]"
  kInputList,     // INST  ?  -> "11 12 31"
  kName,          // NAME  ?
  kManufacturer,  // INF1  ?
  kProductName,   // INF2  ?
  kOtherInfo,     // INFO  ?
  kClass,         // CLSS  ?  -> "1"
};

// "POWR" for kPower, ...
const char* CommandBody(Command command);
std::optional<Command> CommandFromBody(std::string_view body);

struct Request {
  Command command = Command::kPower;
  std::string parameter = "?";  // "?" queries; anything else sets

  static Request Query(Command command) { return {command, "?"}; }
  static Request Set(Command command, std::string parameter) { return {command, std::move(parameter)}; }
  bool IsQuery() const { return parameter == "?"; }
};

enum class ReplyStatus {
  kOk,                   // "=OK": a set command succeeded
  kValue,                // "=<value>": a query's answer (value may be empty, e.g. an unnamed NAME)
  kUndefinedCommand,     // ERR1
  kOutOfParameter,       // ERR2
  kUnavailableTime,      // ERR3 (warming up, cooling down, standby)
  kProjectorFailure,     // ERR4
  kAuthenticationError,  // "PJLINK ERRA"
};

struct Reply {
  Command command = Command::kPower;  // meaningless for kAuthenticationError
  ReplyStatus status = ReplyStatus::kOk;
  std::string value;  // only for kValue
};

struct Greeting {
  bool authentication = false;
  std::string random;  // the projector's random sequence when authentication is on
};

// "%1POWR 1\r", or with the digest prepended: "5d84...82%1POWR 1\r".
std::string BuildCommand(const Request& request, std::string_view digest = {});
// "%1POWR=OK\r", "PJLINK ERRA\r" (for the emulator).
std::string BuildReply(const Reply& reply);
std::string BuildGreeting(const Greeting& greeting);

// Each parser takes one line with or without its trailing "\r" (a leading "\n" from CRLF peers
// is ignored) and returns nullopt for anything that is not well-formed PJLink class 1.
std::optional<Greeting> ParseGreeting(std::string_view line);
std::optional<Reply> ParseReply(std::string_view line);
// The emulator's side: a command line, with the digest split off into *digest when present.
std::optional<Request> ParseCommandLine(std::string_view line, std::string* digest);

// MD5(random + password), 32 lowercase hex digits.
std::string AuthDigest(std::string_view random, std::string_view password);

// Ok for kOk/kValue; otherwise an operator-readable error for that reply to that request.
DeviceResult ReplyResult(const Request& request, const Reply& reply);

// "POWR 1", "INPT ?": for log lines and error messages.
std::string Describe(const Request& request);

}  // namespace vc::devices::pjlink
