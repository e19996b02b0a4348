#include "provisioning/store/Migrations.hpp"

#include <array>
#include <string>

#include "provisioning/store/Database.hpp"
#include "provisioning/store/StoreError.hpp"

namespace vc::provision {
namespace {

// Times are Unix seconds (UTC). Ids are integers; the API shows them as r12, s3, m5.
constexpr const char* kStep1 = R"sql(
CREATE TABLE sites (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('department', 'district', 'school')));
CREATE TABLE rooms (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  site_id INTEGER NOT NULL REFERENCES sites(id),
  type TEXT NOT NULL CHECK (type IN ('conference', 'training')),
  mcu_url TEXT NOT NULL,
  mcu_room TEXT NOT NULL,
  camera_source TEXT NOT NULL DEFAULT 'v4l2:/dev/video0',
  ptz_host TEXT NOT NULL DEFAULT '',
  audio_capture TEXT NOT NULL DEFAULT 'default',
  audio_playback TEXT NOT NULL DEFAULT 'default',
  projector_host TEXT NOT NULL DEFAULT '',
  projector_port INTEGER NOT NULL DEFAULT 4352,
  projector_input TEXT NOT NULL DEFAULT '31',
  config_overrides TEXT NOT NULL DEFAULT '{}',
  config_version INTEGER NOT NULL DEFAULT 1,
  created_at INTEGER NOT NULL);
CREATE TABLE appliances (
  room_id INTEGER PRIMARY KEY REFERENCES rooms(id) ON DELETE CASCADE,
  serial TEXT NOT NULL,
  credential_hash TEXT NOT NULL UNIQUE,
  enrolled_at INTEGER NOT NULL,
  software_version TEXT NOT NULL DEFAULT '',
  last_seen INTEGER,
  call_state TEXT NOT NULL DEFAULT '',
  reported_config_version INTEGER,
  meeting TEXT NOT NULL DEFAULT '');
CREATE TABLE enrollment_codes (
  code TEXT PRIMARY KEY,
  room_id INTEGER NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  used_at INTEGER);
CREATE TABLE meetings (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  start INTEGER NOT NULL,
  duration_minutes INTEGER NOT NULL,
  mcu_room TEXT NOT NULL,
  pin TEXT NOT NULL DEFAULT '',
  mode TEXT NOT NULL CHECK (mode IN ('conference', 'training')),
  chair_room_id INTEGER REFERENCES rooms(id) ON DELETE SET NULL,
  created_at INTEGER NOT NULL);
CREATE TABLE meeting_rooms (
  meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  room_id INTEGER NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
  PRIMARY KEY (meeting_id, room_id));
CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  username TEXT NOT NULL UNIQUE,
  password_hash TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('admin', 'technician', 'viewer')),
  created_at INTEGER NOT NULL);
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL);
CREATE TABLE alerts (
  id INTEGER PRIMARY KEY,
  room_id INTEGER NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('offline', 'device_fault')),
  device TEXT NOT NULL DEFAULT '',
  message TEXT NOT NULL DEFAULT '',
  raised_at INTEGER NOT NULL,
  cleared_at INTEGER);
CREATE UNIQUE INDEX alerts_open ON alerts(room_id, kind, device) WHERE cleared_at IS NULL;
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  target TEXT NOT NULL,
  detail TEXT NOT NULL DEFAULT '');
)sql";

constexpr std::array<const char*, 1> kSteps = {kStep1};

}  // namespace

int Migrations::Latest() { return int(kSteps.size()); }

void Migrations::Apply(Database& db) {
  const int current = db.SchemaVersion();
  if (current > Latest()) {
    throw StoreError(StoreError::Kind::kFailure,
                     "schema version " + std::to_string(current) + " is newer than this program (" +
                         std::to_string(Latest()) + ")");
  }
  for (int version = current + 1; version <= Latest(); ++version) {
    db.Transaction([&] {
      db.Exec(kSteps[size_t(version - 1)]);
      db.Exec("PRAGMA user_version=" + std::to_string(version));
    });
  }
}

}  // namespace vc::provision
