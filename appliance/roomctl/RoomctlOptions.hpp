#pragma once
// vc-roomctl's command line: global options, then one action (status, command, watch, config-set).
#include <chrono>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <vector>

namespace vc::appliance::roomctl {

inline constexpr const char* kDefaultUrl = "ws://127.0.0.1:7310/";

class RoomctlUsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct RoomctlOptions {
  enum class Action { kHelp, kStatus, kCommand, kWatch, kConfigSet };
  Action action = Action::kHelp;
  std::string url = kDefaultUrl;  // $VC_ROOMCTL_URL overrides the default, --url overrides both
  std::chrono::milliseconds timeout{10000};
  std::chrono::seconds watch_seconds{0};  // 0: until interrupted
  std::string path;                       // status / watch / config-set
  std::string command;                    // command
  nlohmann::json args = nlohmann::json::object();  // command key=value pairs
  nlohmann::json value;                   // config-set
};

// Throws RoomctlUsageError with a one-line reason.
RoomctlOptions ParseRoomctlOptions(const std::vector<std::string>& arguments, const char* env_url);
std::string RoomctlUsage();
// "true"/"false" → bool, integers → number, valid JSON → that, anything else → string.
nlohmann::json ParseArgumentValue(const std::string& text);

}  // namespace vc::appliance::roomctl
