#pragma once
#include <nlohmann/json.hpp>

#include "provisioning/store/Models.hpp"

namespace vc::provision {

// The API's view of a room and how a request body changes one (only the fields it names).
class RoomJson {
 public:
  static nlohmann::json ToJson(const Room& room);
  // Throws ProvisionError 400 naming the field on a wrong type or an unknown key.
  static void Apply(const nlohmann::json& body, Room& room);
};

}  // namespace vc::provision
