#pragma once
// The room's call states, as the control API and the panel show them.
#include <string_view>

namespace vc::appliance {

enum class RoomState {
  kStandby,       // no call; devices off (or still on until the idle timeout)
  kWaking,        // devices powering up (projector warm-up with progress, camera preset)
  kJoining,       // signaling and media to the MCU being set up
  kInCall,        // media flows both ways
  kReconnecting,  // the call dropped; rejoining with backoff, no operator action needed
  kLeaving,       // the call is being left
  kError,         // the call could not be set up; the status says which link failed
};

// "standby" | "waking" | "joining" | "in_call" | "reconnecting" | "leaving" | "error"
const char* RoomStateName(RoomState state);

}  // namespace vc::appliance
