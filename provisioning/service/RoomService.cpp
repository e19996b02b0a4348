#include "provisioning/service/RoomService.hpp"

#include "common/log/Log.hpp"
#include "provisioning/config/RoomConfigBuilder.hpp"
#include "provisioning/core/EnrollmentCode.hpp"
#include "provisioning/core/ProvisionError.hpp"
#include "provisioning/core/Text.hpp"
#include "provisioning/csv/RoomCsv.hpp"
#include "provisioning/csv/RoomValidator.hpp"
#include "provisioning/store/StoreError.hpp"

namespace vc::provision {
namespace log = vc::common::log;
namespace {

constexpr int64_t kMaxCodeTtlMinutes = 30 * 24 * 60;

bool SameRoom(const Room& a, const Room& b) {
  return RoomCsv::Write({a}) == RoomCsv::Write({b});
}

}  // namespace

Room RoomService::Find(const std::string& ref) {
  std::optional<Room> room;
  if (const auto id = ParseExternalId('r', ref)) room = s_.inventory.GetRoom(*id);
  if (!room) room = s_.inventory.FindRoomByName(ref);
  if (!room) throw ProvisionError(404, "room_unknown", "no room \"" + ref + "\"");
  return *room;
}

void RoomService::Check(const Room& room) {
  const auto errors = RoomValidator::Validate(room);
  const auto overrides = nlohmann::json::parse(room.config_overrides, nullptr, false);
  nlohmann::json details = nlohmann::json::array();
  for (const auto& e : errors) details.push_back({{"field", e.field}, {"reason", e.message}});
  if (!overrides.is_object()) {
    details.push_back({{"field", "config_overrides"}, {"reason", "expected a JSON object"}});
  }
  if (details.empty()) return;
  std::string reason = "invalid room: ";
  for (size_t i = 0; i < details.size(); ++i) {
    reason += (i ? "; " : "") + details[i]["field"].get<std::string>() + ": " +
              details[i]["reason"].get<std::string>();
  }
  throw ProvisionError(400, "invalid", reason, details);
}

Room RoomService::Add(const std::string& actor, const Room& room) {
  Check(room);
  return s_.db.Transaction([&] {
    if (s_.inventory.FindRoomByName(room.name)) {
      throw ProvisionError(409, "name_taken", "a room named \"" + room.name + "\" exists already");
    }
    const int64_t id = s_.inventory.AddRoom(room, s_.Now());
    s_.audit.Record(s_.Now(), actor, "room.add", ExternalId('r', id), room.name);
    return *s_.inventory.GetRoom(id);
  });
}

Room RoomService::Update(const std::string& actor, int64_t id, const Room& room) {
  Check(room);
  return s_.db.Transaction([&] {
    if (!s_.inventory.GetRoom(id)) throw ProvisionError(404, "room_unknown", "no room " + ExternalId('r', id));
    const auto other = s_.inventory.FindRoomByName(room.name);
    if (other && other->id != id) {
      throw ProvisionError(409, "name_taken", "a room named \"" + room.name + "\" exists already");
    }
    s_.inventory.UpdateRoom(id, room, s_.Now());
    s_.audit.Record(s_.Now(), actor, "room.update", ExternalId('r', id), room.name);
    return *s_.inventory.GetRoom(id);
  });
}

void RoomService::Delete(const std::string& actor, int64_t id) {
  s_.db.Transaction([&] {
    const auto room = s_.inventory.GetRoom(id);
    if (!room) throw ProvisionError(404, "room_unknown", "no room " + ExternalId('r', id));
    s_.inventory.DeleteRoom(id);
    s_.audit.Record(s_.Now(), actor, "room.delete", ExternalId('r', id), room->name);
  });
}

ImportSummary RoomService::Import(const std::string& actor, const std::string& csv) {
  const auto read = RoomCsv::Read(csv);
  if (!read.errors.empty()) {
    nlohmann::json details = nlohmann::json::array();
    std::string reason = "CSV rejected, nothing imported: " + std::to_string(read.errors.size()) +
                         " problem(s): ";
    for (size_t i = 0; i < read.errors.size(); ++i) {
      const auto& e = read.errors[i];
      details.push_back({{"row", e.row}, {"line", e.line}, {"field", e.field}, {"reason", e.message}});
      if (i < 20) reason += (i ? "; " : "") + e.ToString();
    }
    if (read.errors.size() > 20) reason += "; ...";
    throw ProvisionError(400, "csv_invalid", reason, details);
  }
  return s_.db.Transaction([&] {
    ImportSummary summary;
    for (const auto& room : read.rooms) {
      const auto existing = s_.inventory.FindRoomByName(room.name);
      if (!existing) {
        s_.inventory.AddRoom(room, s_.Now());
        ++summary.added;
        continue;
      }
      Room merged = room;
      merged.config_overrides = existing->config_overrides;  // CSV has no column for it
      merged.id = existing->id;
      merged.config_version = existing->config_version;
      if (SameRoom(merged, *existing)) {
        ++summary.unchanged;
      } else {
        s_.inventory.UpdateRoom(existing->id, merged, s_.Now());
        ++summary.updated;
      }
    }
    s_.audit.Record(s_.Now(), actor, "rooms.import", "rooms",
                    std::to_string(summary.added) + " added, " + std::to_string(summary.updated) +
                        " updated, " + std::to_string(summary.unchanged) + " unchanged");
    return summary;
  });
}

std::string RoomService::Export() { return RoomCsv::Write(s_.inventory.ListRooms()); }

EnrollmentCodeInfo RoomService::CreateCode(const std::string& actor, int64_t room_id,
                                           std::optional<int64_t> ttl_minutes) {
  const int64_t ttl = ttl_minutes.value_or(s_.settings.default_code_ttl_minutes);
  if (ttl < 0 || ttl > kMaxCodeTtlMinutes) {
    throw ProvisionError(400, "bad_request", "ttl_minutes must be 0.." + std::to_string(kMaxCodeTtlMinutes));
  }
  return s_.db.Transaction([&] {
    if (!s_.inventory.GetRoom(room_id)) {
      throw ProvisionError(404, "room_unknown", "no room " + ExternalId('r', room_id));
    }
    const int64_t now = s_.Now();
    const std::string code = s_.appliances.CreateCode(room_id, ttl * 60, now);
    // The code itself is a secret: the audit log says that one was made, not which.
    s_.audit.Record(now, actor, "enroll_code.create", ExternalId('r', room_id),
                    "expires " + text::FormatUtc(now + ttl * 60));
    return EnrollmentCodeInfo{code, now + ttl * 60};
  });
}

Enrollment RoomService::Enroll(const std::string& code_input, const std::string& serial,
                               const std::string& software_version) {
  const auto code = EnrollmentCode::Normalize(code_input);
  if (!code) {
    throw ProvisionError(400, "bad_request", "\"code\" is not an enrollment code (8 characters, XXXX-XXXX)");
  }
  if (!RoomValidator::IsText(serial, 64)) {
    throw ProvisionError(400, "bad_request", "\"serial\": expected text of 1-64 characters");
  }
  if (!RoomValidator::IsText(software_version, 64)) {
    throw ProvisionError(400, "bad_request", "\"software_version\": expected text of 1-64 characters");
  }
  return s_.db.Transaction([&] {
    const auto result = s_.appliances.Enroll(*code, serial, software_version, s_.Now());
    switch (result.outcome) {
      case ApplianceStore::EnrollOutcome::kUnknown:
        throw ProvisionError(404, "code_unknown", "no such enrollment code (check it, or ask for a new one)");
      case ApplianceStore::EnrollOutcome::kUsed:
        throw ProvisionError(409, "code_used", "this enrollment code was used already; ask for a new one");
      case ApplianceStore::EnrollOutcome::kExpired:
        throw ProvisionError(410, "code_expired", "this enrollment code has expired; ask for a new one");
      case ApplianceStore::EnrollOutcome::kEnrolled:
        break;
    }
    const Room room = *s_.inventory.GetRoom(result.room_id);
    s_.alerts.Clear(room.id, "offline", "", s_.Now());
    s_.audit.Record(s_.Now(), "appliance:" + serial, "appliance.enroll", ExternalId('r', room.id),
                    "serial " + serial + ", version " + software_version);
    log::Info("vc-provision", "enrolled ", serial, " as ", ExternalId('r', room.id), " (", room.name, ")");
    return Enrollment{room, result.credential, ConfigFor(room)};
  });
}

nlohmann::json RoomService::ConfigFor(const Room& room) const {
  return RoomConfigBuilder::Build(room, s_.settings.public_url, s_.settings.heartbeat_seconds);
}

}  // namespace vc::provision
