#pragma once
// The answer to one control command: ok (with an optional value) or an error with a stable code
// a panel can switch on and a reason a technician can read.
#include <functional>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>

namespace vc::appliance::control {

// Stable error codes of the control API (docs/control-api.md).
namespace error_code {
inline constexpr const char* kMalformedJson = "malformed_json";
inline constexpr const char* kBadMessage = "bad_message";        // valid JSON, wrong shape
inline constexpr const char* kUnknownType = "unknown_type";
inline constexpr const char* kUnknownPath = "unknown_path";
inline constexpr const char* kUnknownCommand = "unknown_command";
inline constexpr const char* kBadArgs = "bad_args";
inline constexpr const char* kInvalidState = "invalid_state";    // e.g. Leave while idle
inline constexpr const char* kDeviceError = "device_error";      // the device said no / no answer
inline constexpr const char* kUnknownSetting = "unknown_setting";
inline constexpr const char* kWriteFailed = "write_failed";
inline constexpr const char* kInternal = "internal";
}  // namespace error_code

struct CommandResult {
  bool ok = true;
  std::string code;    // empty when ok
  std::string reason;  // empty when ok
  nlohmann::json value;  // optional payload (null when none)

  static CommandResult Ok(nlohmann::json value = nullptr) { return {true, "", "", std::move(value)}; }
  static CommandResult Error(std::string code, std::string reason) {
    return {false, std::move(code), std::move(reason), nullptr};
  }
};

using CommandReply = std::function<void(CommandResult)>;

// Thrown by argument checks inside a command handler; the dispatcher turns it into an error reply.
class CommandError : public std::runtime_error {
 public:
  CommandError(std::string code, const std::string& reason)
      : std::runtime_error(reason), code_(std::move(code)) {}
  const std::string& code() const { return code_; }

 private:
  std::string code_;
};

}  // namespace vc::appliance::control
