#pragma once
// Plain records as the store reads and writes them. Ids are SQLite integers; the API shows them
// with a prefix (r12, s3, m5, u2) through ExternalId.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace vc::provision {

struct Site {
  int64_t id = 0;
  std::string name;
  std::string kind = "district";  // department | district | school
};

// A room as the inventory knows it; the device fields are those docs/room-config.md names.
struct Room {
  int64_t id = 0;
  std::string name;
  std::string site;  // the site's name
  std::string site_kind = "district";
  std::string type = "conference";  // conference | training
  std::string mcu_url;
  std::string mcu_room;
  std::string camera_source = "v4l2:/dev/video0";
  std::string ptz_host;  // "" = no PTZ camera
  std::string audio_capture = "default";
  std::string audio_playback = "default";
  std::string projector_host;  // "" = no projector
  int64_t projector_port = 4352;
  std::string projector_input = "31";
  std::string config_overrides = "{}";  // JSON merge patch applied over the generated config
  int64_t config_version = 1;
};

struct Appliance {
  int64_t room_id = 0;
  std::string serial;
  int64_t enrolled_at = 0;
  std::string software_version;
  std::optional<int64_t> last_seen;
  std::string call_state;
  std::optional<int64_t> reported_config_version;
  std::string meeting;
};

struct Meeting {
  int64_t id = 0;
  std::string title;
  int64_t start = 0;  // Unix seconds
  int64_t duration_minutes = 60;
  std::string mcu_room;
  std::string pin;
  std::string mode = "conference";
  std::optional<int64_t> chair_room_id;
  std::vector<int64_t> invited_room_ids;

  int64_t End() const { return start + duration_minutes * 60; }
};

struct User {
  int64_t id = 0;
  std::string username;
  std::string role;  // admin | technician | viewer
  std::string password_hash;
};

struct Alert {
  int64_t id = 0;
  int64_t room_id = 0;
  std::string kind;  // offline | device_fault
  std::string device;
  std::string message;
  int64_t raised_at = 0;
  std::optional<int64_t> cleared_at;
};

struct AuditEntry {
  int64_t id = 0;
  int64_t at = 0;
  std::string actor;
  std::string action;
  std::string target;
  std::string detail;
};

}  // namespace vc::provision
