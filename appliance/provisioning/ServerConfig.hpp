#pragma once
// Turns the configuration vc-provision sends (enrollment, heartbeat) into the room's own: the
// server decides the room (name, site, mode, MCU, devices, presets); the box keeps what is its
// own (the control API's listen address, the server URL it enrolled with, the CA file) and gets
// documented defaults for what the server leaves out (control, presets, privacy_preset).
#include <nlohmann/json.hpp>
#include <optional>

#include "appliance/config/RoomConfig.hpp"

namespace vc::appliance::provisioning {

// `local`: the configuration the room runs with now (none at first enrollment). `provisioning`:
// server URL, CA file and config_version to record; heartbeat_seconds comes from the server's
// "provisioning" section when it has one. Throws ConfigError naming the field when the result is
// not a valid room configuration.
RoomConfig RoomConfigFromServer(const nlohmann::json& server_config,
                                const std::optional<RoomConfig>& local,
                                ProvisioningConfig provisioning);

// What a configuration change asks of a call in progress (docs/room-config.md, provisioning).
enum class ConfigChange {
  kNone,         // nothing the room uses changed
  kLive,         // applied at once (names, presets, timeouts, heartbeat interval)
  kRejoin,       // the MCU target changed: a call on the configured room is left and rejoined
  kRestart,      // devices or the control API's address: saved, used from the next start
};
ConfigChange ClassifyChange(const RoomConfig& before, const RoomConfig& after);

}  // namespace vc::appliance::provisioning
