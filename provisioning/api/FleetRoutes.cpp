// The fleet's health as JSON (what the page and `vc-provision fleet --json` show).
#include "provisioning/api/Routes.hpp"
#include "provisioning/api/FleetJson.hpp"
#include "provisioning/core/Text.hpp"

namespace vc::provision {

nlohmann::json FleetJson::Rows(const std::vector<FleetRow>& rows) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& row : rows) {
    nlohmann::json alerts = nlohmann::json::array();
    for (const auto& a : row.alerts) {
      alerts.push_back({{"kind", a.kind}, {"device", a.device}, {"message", a.message},
                        {"raised_at", text::FormatUtc(a.raised_at)}});
    }
    nlohmann::json item = {{"id", ExternalId('r', row.room.id)}, {"name", row.room.name},
                           {"site", row.room.site}, {"state", row.state}, {"alerts", alerts},
                           {"last_seen", nullptr}, {"serial", nullptr}, {"software_version", nullptr},
                           {"call_state", nullptr}};
    if (row.appliance) {
      if (row.appliance->last_seen) item["last_seen"] = text::FormatUtc(*row.appliance->last_seen);
      item["serial"] = row.appliance->serial;
      item["software_version"] = row.appliance->software_version;
      item["call_state"] = row.appliance->call_state;
    }
    out.push_back(item);
  }
  return out;
}

void AddFleetRoutes(Router& router, Services& s) {
  router.Add({"GET", "/api/v1/fleet", Access::kViewer, [&s](const Call& c) {
                s.health.EvaluateOffline();
                const auto site = c.request.query.find("site");
                const auto rows = s.health.Fleet(site == c.request.query.end() ? "" : site->second);
                return Reply::Json(200, {{"rooms", FleetJson::Rows(rows)},
                                         {"generated_at", text::FormatUtc(s.stores.Now())}});
              }});
  router.Add({"GET", "/api/v1/alerts", Access::kViewer, [&s](const Call&) {
                s.health.EvaluateOffline();
                nlohmann::json alerts = nlohmann::json::array();
                for (const auto& a : s.stores.alerts.Open()) {
                  alerts.push_back({{"room", ExternalId('r', a.room_id)}, {"kind", a.kind}, {"device", a.device},
                                    {"message", a.message}, {"raised_at", text::FormatUtc(a.raised_at)}});
                }
                return Reply::Json(200, {{"alerts", alerts}});
              }});
}

}  // namespace vc::provision
