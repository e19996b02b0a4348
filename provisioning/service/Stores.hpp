#pragma once
// Every store over the one database, plus what the services share: the clock and the settings.
#include <string>

#include "provisioning/core/Clock.hpp"
#include "provisioning/store/AlertStore.hpp"
#include "provisioning/store/ApplianceStore.hpp"
#include "provisioning/store/AuditLog.hpp"
#include "provisioning/store/Database.hpp"
#include "provisioning/store/InventoryStore.hpp"
#include "provisioning/store/MeetingStore.hpp"
#include "provisioning/store/UserStore.hpp"

namespace vc::provision {

struct ServiceSettings {
  std::string public_url = "http://127.0.0.1:8700";  // what rooms are told to call back
  int heartbeat_seconds = 30;
  int offline_after_seconds = 120;
  int session_ttl_seconds = 8 * 3600;
  int join_opens_before_seconds = 5 * 60;
  int token_valid_after_end_seconds = 30 * 60;
  int default_code_ttl_minutes = 24 * 60;
};

struct Stores {
  Stores(Database& database, const Clock& clock_in, ServiceSettings settings_in)
      : db(database), clock(clock_in), settings(std::move(settings_in)), inventory(database),
        appliances(database), meetings(database), users(database), audit(database), alerts(database) {}

  int64_t Now() const { return clock.NowSeconds(); }

  Database& db;
  const Clock& clock;
  const ServiceSettings settings;
  InventoryStore inventory;
  ApplianceStore appliances;
  MeetingStore meetings;
  UserStore users;
  AuditLog audit;
  AlertStore alerts;
};

// "r12" <-> 12 and friends: the API's ids carry their kind, so a meeting id is never taken for a room.
std::string ExternalId(char prefix, int64_t id);
// Accepts "r12" (with the right prefix) or "12"; nullopt otherwise.
std::optional<int64_t> ParseExternalId(char prefix, const std::string& text);

}  // namespace vc::provision
