#pragma once
// Enrollment codes, the appliance enrolled in each room, its credential (stored as SHA-256 only)
// and what its last heartbeat said.
#include <optional>
#include <string>
#include <vector>

#include "provisioning/store/Database.hpp"
#include "provisioning/store/Models.hpp"

namespace vc::provision {

struct HeartbeatReport {
  std::string call_state;
  std::string software_version;
  std::optional<int64_t> config_version;
  std::string meeting;
};

class ApplianceStore {
 public:
  enum class EnrollOutcome { kEnrolled, kUnknown, kUsed, kExpired };
  struct EnrollResult {
    EnrollOutcome outcome = EnrollOutcome::kUnknown;
    int64_t room_id = 0;
    std::string credential;  // only for kEnrolled: shown once, never stored in the clear
  };

  explicit ApplianceStore(Database& db) : db_(db) {}

  // A new code for the room; any unused code of that room stops working (one at a time).
  std::string CreateCode(int64_t room_id, int64_t ttl_seconds, int64_t now);
  // Uses `code` (canonical form): marks it used and (re)places the room's appliance with a new
  // credential; the previous appliance's credential stops working.
  EnrollResult Enroll(const std::string& code, const std::string& serial,
                      const std::string& software_version, int64_t now);
  std::optional<int64_t> RoomForCredential(const std::string& credential);
  void RecordHeartbeat(int64_t room_id, const HeartbeatReport& report, int64_t now);
  std::optional<Appliance> Get(int64_t room_id);
  std::vector<Appliance> List();

 private:
  Database& db_;
};

}  // namespace vc::provision
