#include "provisioning/store/ApplianceStore.hpp"

#include "provisioning/core/Crypto.hpp"
#include "provisioning/core/EnrollmentCode.hpp"

namespace vc::provision {
namespace {

constexpr const char* kColumns =
    "SELECT room_id, serial, enrolled_at, software_version, last_seen, call_state, "
    "reported_config_version, meeting FROM appliances ";

Appliance ReadAppliance(const Statement& s) {
  return Appliance{s.Int(0),  s.Text(1),         s.Int(2),  s.Text(3),
                   s.OptionalInt(4), s.Text(5), s.OptionalInt(6), s.Text(7)};
}

}  // namespace

std::string ApplianceStore::CreateCode(int64_t room_id, int64_t ttl_seconds, int64_t now) {
  db_.Run("DELETE FROM enrollment_codes WHERE room_id = ? AND used_at IS NULL", room_id);
  for (;;) {
    const std::string code = EnrollmentCode::Generate();
    auto taken = db_.Query("SELECT 1 FROM enrollment_codes WHERE code = ?", code);
    if (taken.Step()) continue;  // 31^8 codes: a clash is rare, but a reused code would be a hole
    db_.Run("INSERT INTO enrollment_codes (code, room_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
            code, room_id, now, now + ttl_seconds);
    return code;
  }
}

ApplianceStore::EnrollResult ApplianceStore::Enroll(const std::string& code,
                                                    const std::string& serial,
                                                    const std::string& software_version,
                                                    int64_t now) {
  auto s = db_.Query("SELECT room_id, expires_at, used_at FROM enrollment_codes WHERE code = ?", code);
  if (!s.Step()) return {EnrollOutcome::kUnknown, 0, ""};
  const int64_t room_id = s.Int(0);
  if (!s.IsNull(2)) return {EnrollOutcome::kUsed, room_id, ""};
  if (now >= s.Int(1)) return {EnrollOutcome::kExpired, room_id, ""};
  db_.Run("UPDATE enrollment_codes SET used_at = ? WHERE code = ?", now, code);
  const std::string credential = crypto::RandomToken(32);
  db_.Run(
      "INSERT OR REPLACE INTO appliances (room_id, serial, credential_hash, enrolled_at, "
      "software_version) VALUES (?, ?, ?, ?, ?)",
      room_id, serial, crypto::Sha256Hex(credential), now, software_version);
  return {EnrollOutcome::kEnrolled, room_id, credential};
}

std::optional<int64_t> ApplianceStore::RoomForCredential(const std::string& credential) {
  // The hash is the lookup key: no timing difference reveals how much of a guess was right.
  auto s = db_.Query("SELECT room_id FROM appliances WHERE credential_hash = ?",
                     crypto::Sha256Hex(credential));
  if (!s.Step()) return std::nullopt;
  return s.Int(0);
}

void ApplianceStore::RecordHeartbeat(int64_t room_id, const HeartbeatReport& report, int64_t now) {
  db_.Run(
      "UPDATE appliances SET last_seen = ?, call_state = ?, software_version = ?, "
      "reported_config_version = ?, meeting = ? WHERE room_id = ?",
      now, report.call_state, report.software_version, report.config_version, report.meeting,
      room_id);
}

std::optional<Appliance> ApplianceStore::Get(int64_t room_id) {
  auto s = db_.Query(std::string(kColumns) + "WHERE room_id = ?", room_id);
  if (!s.Step()) return std::nullopt;
  return ReadAppliance(s);
}

std::vector<Appliance> ApplianceStore::List() {
  std::vector<Appliance> out;
  auto s = db_.Query(std::string(kColumns) + "ORDER BY room_id");
  while (s.Step()) out.push_back(ReadAppliance(s));
  return out;
}

}  // namespace vc::provision
