#pragma once
// Turns the room configuration file (docs/room-config.md) into a RoomConfig, strictly: a missing
// required field, a wrong type, a value out of range, an unknown key or device kind each throws a
// ConfigError whose what() is one line naming the field.
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "appliance/config/RoomConfig.hpp"

namespace vc::appliance {

RoomConfig ParseRoomConfig(const nlohmann::json& root);
// `origin` names the text in syntax errors (usually the file's path).
RoomConfig ParseRoomConfigText(std::string_view text, const std::string& origin = "(text)");
RoomConfig LoadRoomConfig(const std::string& path);

}  // namespace vc::appliance
