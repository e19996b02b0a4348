#pragma once
// Everything the room state machine knows, as one value the control API mirrors into its status
// tree (Call/State, Devices/Projector/Power, ...). Delivered whole on every change.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "appliance/config/RoomConfig.hpp"
#include "appliance/state/RoomPorts.hpp"
#include "appliance/state/RoomState.hpp"
#include "devices/DeviceResult.hpp"

namespace vc::appliance {

// A device operation that failed (or timed out). It stays until that device's next success.
struct DeviceFault {
  std::string device;     // "projector" | "camera"
  std::string operation;  // "power on" | "power off" | "recall preset 3" | ...
  devices::DeviceErrorKind kind = devices::DeviceErrorKind::kNone;
  std::string message;    // the driver's sentence ("projector password rejected")

  std::string Sentence() const { return device + " " + operation + " failed: " + message; }
  bool operator==(const DeviceFault&) const = default;
};

struct RoomDeviceStatus {
  bool configured = false;
  // projector: "absent" | "unknown" | "off" | "warming" | "on" | "cooling"
  // camera:    "absent" | "unknown" | "on"
  std::string power = "absent";
  std::string input;          // projector: the input selected at power-on
  std::optional<int> preset;  // camera: the last preset recalled successfully
  std::optional<int> lamp_hours;  // projector: from the last status query

  bool operator==(const RoomDeviceStatus&) const = default;
};

struct RoomStatus {
  RoomState state = RoomState::kStandby;
  std::string detail = "Standby";             // one sentence for people (English)
  std::optional<int> progress_seconds_left;   // projector warm-up while waking
  std::string error_source;                   // in kError: "call" (the link to the MCU)
  RoomMode mode = RoomMode::kConference;
  std::string layout;                         // the mode's layout (config presets)

  bool devices_awake = false;                 // woken for a call and not yet back to standby
  RoomDeviceStatus projector;
  RoomDeviceStatus camera;
  std::map<std::string, DeviceFault> device_faults;  // keyed by device ("projector", "camera")

  std::vector<CallParticipant> participants;
  MediaCounters counters;
  bool microphone_muted = false;
  bool camera_enabled = true;
  bool content_sharing = false;
  bool remote_muted = false;  // mute_all asked of the MCU in this call (training)
  // The role the current call joined with ("chair" in training, "participant" in conference):
  // chosen at join, so a mode switch during the call does not change it. "" outside a call.
  std::string call_role;

  int join_attempt = 0;                   // attempts in the current joining/reconnecting run
  std::optional<int> retry_in_seconds;    // next rejoin, while waiting in joining/reconnecting
  std::string last_call_error;            // why the last join failed or the call was lost
  uint64_t reconnects = 0;                // lost calls brought back automatically
};

}  // namespace vc::appliance
