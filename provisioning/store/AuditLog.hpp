#pragma once
// Who changed what, when: one row per change, written in the change's own transaction.
#include <string>
#include <vector>

#include "provisioning/store/Database.hpp"
#include "provisioning/store/Models.hpp"

namespace vc::provision {

class AuditLog {
 public:
  explicit AuditLog(Database& db) : db_(db) {}

  void Record(int64_t now, const std::string& actor, const std::string& action,
              const std::string& target, const std::string& detail = "");
  // Newest first.
  std::vector<AuditEntry> Recent(int limit = 200);
  int64_t Count();

 private:
  Database& db_;
};

}  // namespace vc::provision
