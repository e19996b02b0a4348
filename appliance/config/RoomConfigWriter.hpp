#pragma once
// Writes a RoomConfig back in the documented format (every field, defaults included, optional
// fields only when set), so that ParseRoomConfig(RoomConfigToJson(c)) == c. The control API
// persists configuration changes through SaveRoomConfig.
#include <string>

#include "appliance/config/ConfigError.hpp"

#include <nlohmann/json.hpp>

#include "appliance/config/RoomConfig.hpp"

namespace vc::appliance {

nlohmann::json RoomConfigToJson(const RoomConfig& config);

// Writes atomically (a temporary file beside `path`, then rename), so a crash or power cut never
// leaves a half-written configuration. Throws ConfigError (kUnwritable).
void SaveRoomConfig(const RoomConfig& config, const std::string& path);

}  // namespace vc::appliance
