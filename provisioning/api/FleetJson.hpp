#pragma once
#include <vector>

#include <nlohmann/json.hpp>

#include "provisioning/service/HealthService.hpp"

namespace vc::provision {

// One JSON object per fleet row: id, name, site, state, last_seen, serial, versions, alerts.
class FleetJson {
 public:
  static nlohmann::json Rows(const std::vector<FleetRow>& rows);
};

}  // namespace vc::provision
