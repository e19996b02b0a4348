#pragma once
// The room configuration (docs/room-config.md): everything vc-room needs to know about one room —
// who it is, where the MCU is, which devices it drives, and its presets per mode. Parsed and
// validated by RoomConfigParser, written back by RoomConfigWriter (the control API persists
// changes). Defaults here are the documented defaults of optional fields.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vc::appliance {

enum class RoomMode { kConference, kTraining };

const char* RoomModeName(RoomMode mode);  // "conference" | "training"
std::optional<RoomMode> ParseRoomMode(std::string_view name);

struct McuConfig {
  std::string url;   // ws://HOST:PORT/PATH or wss://...
  std::string room;  // the MCU room to join (1-64 of [A-Za-z0-9-_.])
  std::optional<std::string> pin;
  std::optional<std::string> token;
  std::optional<std::string> display_name;  // defaults to the room's name

  bool operator==(const McuConfig&) const = default;
};

struct PtzConfig {
  std::string host;
  uint16_t port = 52381;  // VISCA over IP

  bool operator==(const PtzConfig&) const = default;
};

// A camera position the panel offers by name (a VISCA preset memory of the PTZ camera).
struct CameraPresetConfig {
  int number = 0;    // VISCA preset 0..127, unique in the list
  std::string name;  // 1..40 characters, shown under the thumbnail

  bool operator==(const CameraPresetConfig&) const = default;
};

struct CameraConfig {
  std::string source;  // "v4l2:/dev/video0" or "test" (test pattern)
  std::optional<PtzConfig> ptz;
  std::vector<CameraPresetConfig> presets;  // named presets, in the panel's order


  bool operator==(const CameraConfig&) const = default;
};

struct AudioConfig {
  std::string capture;   // ALSA device name, or "test" (a tone)
  std::string playback;  // ALSA device name, or "null" (discard)
  int volume = 80;       // 0..100

  bool operator==(const AudioConfig&) const = default;
};

struct ProjectorConfig {
  std::string host;
  uint16_t port = 4352;  // PJLink
  std::optional<std::string> password;
  std::string input;  // PJLink input code, e.g. "31" (first digital input)
  int warmup_timeout_s = 90;
  int cooldown_timeout_s = 90;

  bool operator==(const ProjectorConfig&) const = default;
};

struct ContentConfig {
  std::string source;  // "v4l2:/dev/video1" (HDMI capture) or "test"

  bool operator==(const ContentConfig&) const = default;
};

struct DevicesConfig {
  CameraConfig camera;
  AudioConfig audio;
  std::optional<ProjectorConfig> projector;
  std::optional<ContentConfig> content;

  bool operator==(const DevicesConfig&) const = default;
};

// What a mode does when the room joins or switches to it.
struct ModePreset {
  int camera_preset = 1;            // VISCA preset 0..127
  std::string layout;               // "grid" | "speaker" | "presenter" | "presenter_content"
  bool mute_remote_on_join = false; // ask the MCU to mute everyone else (as chair)

  bool operator==(const ModePreset&) const = default;
};

struct PresetsConfig {
  ModePreset conference{1, "grid", false};
  ModePreset training{2, "presenter_content", true};

  const ModePreset& For(RoomMode mode) const {
    return mode == RoomMode::kTraining ? training : conference;
  }

  bool operator==(const PresetsConfig&) const = default;
};

struct ControlConfig {
  std::string host = "127.0.0.1";  // IP literal or "localhost"
  uint16_t port = 7310;            // 0 = any free port (tests)

  std::string Listen() const;  // "127.0.0.1:7310", "[::1]:7310"

  bool operator==(const ControlConfig&) const = default;
};

// Where the room reports to (vc-provision, docs/provisioning-api.md). Written by enrollment;
// the room's credential is never in here but in a file beside the configuration.
struct ProvisioningConfig {
  std::string server;                  // http(s)://HOST[:PORT][/BASE]
  int heartbeat_seconds = 30;          // 1..3600
  int config_version = 0;              // of the configuration this file holds (from the server)
  std::optional<std::string> ca_file;  // PEM to verify an https server (else the system store)

  bool operator==(const ProvisioningConfig&) const = default;
};

struct RoomConfig {
  std::string name;  // the room as people call it; the display name in calls by default
  std::string site;  // the school or office the room belongs to
  RoomMode mode = RoomMode::kConference;
  McuConfig mcu;
  DevicesConfig devices;
  PresetsConfig presets;
  int privacy_preset = 0;    // camera preset when idle (pointing at the wall or ceiling)
  int idle_timeout_s = 300;  // after a call: devices to standby after this long (0 = at once)
  ControlConfig control;
  std::optional<ProvisioningConfig> provisioning;  // absent: a room set up by hand

  // The name the room joins with.
  const std::string& DisplayName() const { return mcu.display_name ? *mcu.display_name : name; }

  bool operator==(const RoomConfig&) const = default;
};

}  // namespace vc::appliance
