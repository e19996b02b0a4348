#include "appliance/provisioning/ServerConfig.hpp"

#include "appliance/config/RoomConfigParser.hpp"
#include "appliance/config/RoomConfigWriter.hpp"

namespace vc::appliance::provisioning {

RoomConfig RoomConfigFromServer(const nlohmann::json& server_config,
                                const std::optional<RoomConfig>& local,
                                ProvisioningConfig provisioning) {
  nlohmann::json document = server_config;
  if (!document.is_object()) {
    throw ConfigError::WrongType("config", "an object (the room configuration)",
                                 document.is_null() ? "null" : document.type_name());
  }
  // Defaults for what a server may leave out: the local file's values, else the documented ones.
  RoomConfig defaults;
  defaults.name = "x";
  defaults.site = "x";
  const nlohmann::json fallback = RoomConfigToJson(local ? *local : defaults);
  for (const char* key : {"presets", "privacy_preset", "idle_timeout_s"}) {
    if (!document.contains(key)) document[key] = fallback[key];
  }
  // The control API listens where this box's panel expects it, whatever the server says.
  document["control"] = local ? fallback["control"] : document.value("control", fallback["control"]);
  if (auto it = document.find("provisioning"); it != document.end() && it->is_object()) {
    auto beat = it->find("heartbeat_seconds");
    if (beat != it->end() && beat->is_number_integer()) {
      provisioning.heartbeat_seconds = beat->get<int>();
    }
  } else if (local && local->provisioning) {
    provisioning.heartbeat_seconds = local->provisioning->heartbeat_seconds;
  }
  nlohmann::json section = {{"server", provisioning.server},
                            {"heartbeat_seconds", provisioning.heartbeat_seconds},
                            {"config_version", provisioning.config_version}};
  if (provisioning.ca_file) section["ca_file"] = *provisioning.ca_file;
  document["provisioning"] = std::move(section);
  return ParseRoomConfig(document);
}

ConfigChange ClassifyChange(const RoomConfig& before, const RoomConfig& after) {
  if (before.devices != after.devices || before.control != after.control) {
    return ConfigChange::kRestart;
  }
  if (before.mcu != after.mcu || before.DisplayName() != after.DisplayName()) {
    return ConfigChange::kRejoin;
  }
  RoomConfig a = before;
  RoomConfig b = after;
  // The recorded version alone is no change for the room.
  if (a.provisioning && b.provisioning) a.provisioning->config_version = b.provisioning->config_version;
  return a == b ? ConfigChange::kNone : ConfigChange::kLive;
}

}  // namespace vc::appliance::provisioning
