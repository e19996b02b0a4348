#pragma once
// Inventory changes (one room, or a whole CSV file in one transaction), enrollment codes and
// enrollment itself. Every change is one transaction with its audit entry.
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "provisioning/service/Stores.hpp"

namespace vc::provision {

struct ImportSummary {
  int added = 0;
  int updated = 0;
  int unchanged = 0;
};

struct EnrollmentCodeInfo {
  std::string code;
  int64_t expires_at = 0;
};

struct Enrollment {
  Room room;
  std::string credential;
  nlohmann::json config;
};

class RoomService {
 public:
  explicit RoomService(Stores& stores) : s_(stores) {}

  // "r12", "12" or the room's exact name. Throws ProvisionError 404 room_unknown.
  Room Find(const std::string& ref);
  // Throw ProvisionError: 400 invalid (details: every field), 404, 409 name_taken.
  Room Add(const std::string& actor, const Room& room);
  Room Update(const std::string& actor, int64_t id, const Room& room);
  void Delete(const std::string& actor, int64_t id);
  // Adds new names, updates changed rooms, leaves equal ones; nothing at all when any row is bad
  // (400 csv_invalid, details: every bad row and field).
  ImportSummary Import(const std::string& actor, const std::string& csv);
  std::string Export();

  EnrollmentCodeInfo CreateCode(const std::string& actor, int64_t room_id,
                                std::optional<int64_t> ttl_minutes);
  // Throws 400 bad_request, 404 code_unknown, 409 code_used, 410 code_expired.
  Enrollment Enroll(const std::string& code, const std::string& serial,
                    const std::string& software_version);
  nlohmann::json ConfigFor(const Room& room) const;

 private:
  void Check(const Room& room);
  Stores& s_;
};

}  // namespace vc::provision
