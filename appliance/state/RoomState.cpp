#include "appliance/state/RoomState.hpp"

namespace vc::appliance {

const char* RoomStateName(RoomState state) {
  switch (state) {
    case RoomState::kStandby: return "standby";
    case RoomState::kWaking: return "waking";
    case RoomState::kJoining: return "joining";
    case RoomState::kInCall: return "in_call";
    case RoomState::kReconnecting: return "reconnecting";
    case RoomState::kLeaving: return "leaving";
    case RoomState::kError: return "error";
  }
  return "standby";
}

}  // namespace vc::appliance
