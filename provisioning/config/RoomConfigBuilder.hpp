#pragma once
// The complete room configuration (docs/room-config.md) the server hands an appliance: built from
// the inventory record, plus the "provisioning" section, with the room's JSON merge patch on top
// for anything the inventory has no column for.
#include <string>

#include <nlohmann/json.hpp>

#include "provisioning/store/Models.hpp"

namespace vc::provision {

class RoomConfigBuilder {
 public:
  static nlohmann::json Build(const Room& room, const std::string& server_url, int heartbeat_seconds);
};

}  // namespace vc::provision
