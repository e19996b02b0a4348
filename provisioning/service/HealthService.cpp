#include "provisioning/service/HealthService.hpp"

#include <algorithm>
#include <map>
#include <tuple>
#include <set>

#include "common/log/Log.hpp"
#include "provisioning/core/ProvisionError.hpp"
#include "provisioning/csv/RoomValidator.hpp"

namespace vc::provision {
namespace log = vc::common::log;
namespace {

constexpr size_t kMaxFaults = 32;

bool ShortText(const std::string& s, size_t max) { return s.empty() || RoomValidator::IsText(s, max); }

}  // namespace

void HealthService::RecordHeartbeat(int64_t room_id, const Heartbeat& hb) {
  if (!ShortText(hb.call_state, 32)) throw ProvisionError(400, "bad_request", "\"call_state\": expected text of 0-32 characters");
  if (!ShortText(hb.software_version, 64)) throw ProvisionError(400, "bad_request", "\"software_version\": expected text of 0-64 characters");
  if (!ShortText(hb.meeting, 64)) throw ProvisionError(400, "bad_request", "\"meeting\": expected text of 0-64 characters");
  if (hb.faults.size() > kMaxFaults) throw ProvisionError(400, "bad_request", "\"faults\": at most 32 entries");
  std::set<std::string> faulty;
  for (const auto& f : hb.faults) {
    if (!RoomValidator::IsText(f.device, 32) || !ShortText(f.message, 256)) {
      throw ProvisionError(400, "bad_request", "\"faults\": each needs \"device\" (1-32 characters) and \"message\" (0-256)");
    }
    faulty.insert(f.device);
  }
  s_.db.Transaction([&] {
    const int64_t now = s_.Now();
    s_.appliances.RecordHeartbeat(room_id, {hb.call_state, hb.software_version, hb.config_version, hb.meeting}, now);
    if (s_.alerts.Clear(room_id, "offline", "", now)) {
      log::Info("vc-provision", "alert cleared: ", ExternalId('r', room_id), " offline (heartbeat again)");
    }
    for (const auto& f : hb.faults) {
      if (s_.alerts.Raise(room_id, "device_fault", f.device, f.message, now)) {
        log::Info("vc-provision", "alert raised: ", ExternalId('r', room_id), " device_fault ", f.device, ": ", f.message);
      }
    }
    if (s_.alerts.ClearFaultsExcept(room_id, faulty, now) > 0) {
      log::Info("vc-provision", "alert cleared: ", ExternalId('r', room_id), " device fault resolved");
    }
  });
}

int HealthService::EvaluateOffline() {
  return s_.db.Transaction([&] {
    const int64_t now = s_.Now();
    int changed = 0;
    for (const auto& a : s_.appliances.List()) {
      const int64_t last = a.last_seen.value_or(a.enrolled_at);
      const int64_t silent = now - last;
      // Strictly more: times are whole seconds, so ">=" could fire up to a second early.
      if (silent > s_.settings.offline_after_seconds) {
        if (s_.alerts.Raise(a.room_id, "offline", "", "no heartbeat for " + std::to_string(silent) + " s", now)) {
          log::Info("vc-provision", "alert raised: ", ExternalId('r', a.room_id), " offline, silent ", silent, " s");
          ++changed;
        }
      } else if (s_.alerts.Clear(a.room_id, "offline", "", now)) {
        ++changed;
      }
    }
    return changed;
  });
}

std::string HealthService::StateOf(const std::optional<Appliance>& appliance,
                                   const std::vector<Alert>& open_alerts, int64_t now,
                                   int offline_after_seconds) {
  if (!appliance) return "not_enrolled";
  const int64_t last = appliance->last_seen.value_or(appliance->enrolled_at);
  bool offline = now - last > offline_after_seconds;
  bool fault = false;
  for (const auto& alert : open_alerts) {
    offline = offline || alert.kind == "offline";
    fault = fault || alert.kind == "device_fault";
  }
  if (offline) return "offline";
  if (fault) return "fault";
  if (appliance->call_state == "in_call") return "in_call";
  return "idle";
}

std::vector<FleetRow> HealthService::Fleet(const std::string& site) {
  std::map<int64_t, Appliance> appliances;
  for (auto& a : s_.appliances.List()) appliances.emplace(a.room_id, a);
  std::map<int64_t, std::vector<Alert>> alerts;
  for (auto& a : s_.alerts.Open()) alerts[a.room_id].push_back(a);
  std::vector<FleetRow> rows;
  const int64_t now = s_.Now();
  for (auto& room : s_.inventory.ListRooms()) {
    if (!site.empty() && room.site != site) continue;
    FleetRow row;
    row.room = room;
    if (auto it = appliances.find(room.id); it != appliances.end()) row.appliance = it->second;
    row.alerts = alerts[room.id];
    row.state = StateOf(row.appliance, row.alerts, now, s_.settings.offline_after_seconds);
    rows.push_back(std::move(row));
  }
  std::sort(rows.begin(), rows.end(), [](const FleetRow& a, const FleetRow& b) {
    return std::tie(a.room.site, a.room.name) < std::tie(b.room.site, b.room.name);
  });
  return rows;
}

}  // namespace vc::provision
