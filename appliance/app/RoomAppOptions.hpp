#pragma once
// vc-room's command line: --config FILE (required), -v, --help, --version; enrollment with
// --enroll CODE --server URL [--ca-file PEM] [--serial S].
#include <stdexcept>
#include <string>
#include <vector>

namespace vc::appliance::app {

class RoomAppUsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct RoomAppOptions {
  std::string config_path;
  bool verbose = false;
  bool show_help = false;
  bool show_version = false;
  // Enrollment (appliance/provisioning): exchange the code first, then run.
  std::string enroll_code;
  std::string server_url;
  std::string ca_file;
  std::string serial;
};

// Throws RoomAppUsageError with a one-line reason.
RoomAppOptions ParseRoomAppOptions(const std::vector<std::string>& arguments);
std::string RoomAppUsage();

}  // namespace vc::appliance::app
