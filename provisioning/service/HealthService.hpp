#pragma once
// Heartbeats in, alerts out: a room silent for offline_after_seconds gets an `offline` alert, a
// reported device fault a `device_fault` alert; both clear by themselves once resolved.
#include <optional>
#include <string>
#include <vector>

#include "provisioning/service/Stores.hpp"

namespace vc::provision {

struct DeviceFault {
  std::string device;
  std::string message;
};

struct Heartbeat {
  std::string call_state;
  std::vector<DeviceFault> faults;
  std::string software_version;
  std::optional<int64_t> config_version;
  std::string meeting;
};

// What the fleet page and `vc-provision fleet` show per room.
struct FleetRow {
  Room room;
  std::optional<Appliance> appliance;
  std::string state;  // not_enrolled | offline | fault | in_call | idle
  std::vector<Alert> alerts;
};

class HealthService {
 public:
  explicit HealthService(Stores& stores) : s_(stores) {}

  // Throws ProvisionError 400 when a field is unusable.
  void RecordHeartbeat(int64_t room_id, const Heartbeat& heartbeat);
  // Raises and clears offline alerts for `now`; returns how many changed.
  int EvaluateOffline();
  // Every room (of `site` when given), sorted by site then name.
  std::vector<FleetRow> Fleet(const std::string& site = "");

  // The state word for one room: pure, so it is tested on its own.
  static std::string StateOf(const std::optional<Appliance>& appliance,
                             const std::vector<Alert>& open_alerts, int64_t now,
                             int offline_after_seconds);

 private:
  Stores& s_;
};

}  // namespace vc::provision
