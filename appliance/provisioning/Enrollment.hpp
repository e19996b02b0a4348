#pragma once
// `vc-room --enroll CODE --server URL [--ca-file PEM] --config PATH`: exchanges the one-time
// activation code for the room's configuration and credential (POST /api/v1/enroll), writes the
// credential beside the configuration (mode 0600) and the configuration atomically, and returns
// it for the daemon to run with. Runs before the daemon starts, on its own io_context, bounded.
#include <chrono>
#include <optional>
#include <stdexcept>
#include <string>

#include "appliance/config/RoomConfig.hpp"

namespace vc::appliance::provisioning {

// One line for people: "enrollment code 7KQ2-M9XD was already used; ask ...".
class EnrollmentError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct EnrollmentRequest {
  std::string code;
  std::string server_url;
  std::optional<std::string> ca_file;
  std::string config_path;
  std::string serial;  // the appliance's serial number
  std::chrono::milliseconds timeout{15000};
};

class Enrollment {
 public:
  // Throws EnrollmentError.
  static RoomConfig Run(const EnrollmentRequest& request);
  // The sentence for a refusal (code_unknown, code_used, code_expired, ...).
  static std::string RefusalSentence(const std::string& code, int status,
                                     const std::string& error, const std::string& reason);
};

}  // namespace vc::appliance::provisioning
