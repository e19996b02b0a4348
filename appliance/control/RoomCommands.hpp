#pragma once
// The control API's standard command set (Call.Join, Audio.Volume.Set, ...), registered on a
// CommandTable over a RoomControl. This is where arguments are checked, so every RoomControl
// implementation gets the same validation and the same error replies.
#include "appliance/control/CommandTable.hpp"
#include "appliance/control/RoomControl.hpp"

namespace vc::appliance::control {

// Camera presets as VISCA numbers them (0..255 on most cameras; 0..127 is the common range).
inline constexpr int kMaxCameraPreset = 127;

// `room` must outlive `table`.
void RegisterRoomCommands(CommandTable& table, RoomControl& room);

}  // namespace vc::appliance::control
