#include "appliance/config/RoomConfig.hpp"

namespace vc::appliance {

const char* RoomModeName(RoomMode mode) {
  switch (mode) {
    case RoomMode::kConference: return "conference";
    case RoomMode::kTraining: return "training";
  }
  return "conference";
}

std::optional<RoomMode> ParseRoomMode(std::string_view name) {
  if (name == "conference") return RoomMode::kConference;
  if (name == "training") return RoomMode::kTraining;
  return std::nullopt;
}

std::string ControlConfig::Listen() const {
  const bool ipv6 = host.find(':') != std::string::npos;
  return (ipv6 ? "[" + host + "]" : host) + ":" + std::to_string(port);
}

}  // namespace vc::appliance
