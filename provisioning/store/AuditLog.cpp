#include "provisioning/store/AuditLog.hpp"

namespace vc::provision {

void AuditLog::Record(int64_t now, const std::string& actor, const std::string& action,
                      const std::string& target, const std::string& detail) {
  db_.Run("INSERT INTO audit_log (at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?)", now,
          actor, action, target, detail);
}

std::vector<AuditEntry> AuditLog::Recent(int limit) {
  std::vector<AuditEntry> out;
  auto s = db_.Query(
      "SELECT id, at, actor, action, target, detail FROM audit_log ORDER BY id DESC LIMIT ?", limit);
  while (s.Step()) out.push_back({s.Int(0), s.Int(1), s.Text(2), s.Text(3), s.Text(4), s.Text(5)});
  return out;
}

int64_t AuditLog::Count() {
  auto s = db_.Query("SELECT count(*) FROM audit_log");
  s.Step();
  return s.Int(0);
}

}  // namespace vc::provision
