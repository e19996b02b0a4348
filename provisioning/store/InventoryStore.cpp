#include "provisioning/store/InventoryStore.hpp"

namespace vc::provision {
namespace {

constexpr const char* kRoomColumns =
    "SELECT r.id, r.name, s.name, s.kind, r.type, r.mcu_url, r.mcu_room, r.camera_source, "
    "r.ptz_host, r.audio_capture, r.audio_playback, r.projector_host, r.projector_port, "
    "r.projector_input, r.config_overrides, r.config_version FROM rooms r JOIN sites s ON "
    "s.id = r.site_id ";

Room ReadRoom(const Statement& s) {
  Room room;
  room.id = s.Int(0);
  room.name = s.Text(1);
  room.site = s.Text(2);
  room.site_kind = s.Text(3);
  room.type = s.Text(4);
  room.mcu_url = s.Text(5);
  room.mcu_room = s.Text(6);
  room.camera_source = s.Text(7);
  room.ptz_host = s.Text(8);
  room.audio_capture = s.Text(9);
  room.audio_playback = s.Text(10);
  room.projector_host = s.Text(11);
  room.projector_port = s.Int(12);
  room.projector_input = s.Text(13);
  room.config_overrides = s.Text(14);
  room.config_version = s.Int(15);
  return room;
}

}  // namespace

std::vector<Site> InventoryStore::ListSites() {
  std::vector<Site> sites;
  auto s = db_.Query("SELECT id, name, kind FROM sites ORDER BY name");
  while (s.Step()) sites.push_back({s.Int(0), s.Text(1), s.Text(2)});
  return sites;
}

std::optional<Site> InventoryStore::FindSite(const std::string& name) {
  auto s = db_.Query("SELECT id, name, kind FROM sites WHERE name = ?", name);
  if (!s.Step()) return std::nullopt;
  return Site{s.Int(0), s.Text(1), s.Text(2)};
}

int64_t InventoryStore::EnsureSite(const std::string& name, const std::string& kind, int64_t) {
  if (auto site = FindSite(name)) return site->id;
  db_.Run("INSERT INTO sites (name, kind) VALUES (?, ?)", name, kind);
  return db_.LastInsertId();
}

std::vector<Room> InventoryStore::ListRooms() {
  std::vector<Room> rooms;
  auto s = db_.Query(std::string(kRoomColumns) + "ORDER BY r.id");  // entry order: export = import
  while (s.Step()) rooms.push_back(ReadRoom(s));
  return rooms;
}

std::optional<Room> InventoryStore::GetRoom(int64_t id) {
  auto s = db_.Query(std::string(kRoomColumns) + "WHERE r.id = ?", id);
  if (!s.Step()) return std::nullopt;
  return ReadRoom(s);
}

std::optional<Room> InventoryStore::FindRoomByName(const std::string& name) {
  auto s = db_.Query(std::string(kRoomColumns) + "WHERE r.name = ?", name);
  if (!s.Step()) return std::nullopt;
  return ReadRoom(s);
}

int64_t InventoryStore::AddRoom(const Room& r, int64_t now) {
  const int64_t site_id = EnsureSite(r.site, r.site_kind, now);
  db_.Run(
      "INSERT INTO rooms (name, site_id, type, mcu_url, mcu_room, camera_source, ptz_host, "
      "audio_capture, audio_playback, projector_host, projector_port, projector_input, "
      "config_overrides, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      r.name, site_id, r.type, r.mcu_url, r.mcu_room, r.camera_source, r.ptz_host, r.audio_capture,
      r.audio_playback, r.projector_host, r.projector_port, r.projector_input, r.config_overrides,
      now);
  return db_.LastInsertId();
}

bool InventoryStore::UpdateRoom(int64_t id, const Room& r, int64_t now) {
  const int64_t site_id = EnsureSite(r.site, r.site_kind, now);
  db_.Run(
      "UPDATE rooms SET name = ?, site_id = ?, type = ?, mcu_url = ?, mcu_room = ?, "
      "camera_source = ?, ptz_host = ?, audio_capture = ?, audio_playback = ?, "
      "projector_host = ?, projector_port = ?, projector_input = ?, config_overrides = ?, "
      "config_version = config_version + 1 WHERE id = ?",
      r.name, site_id, r.type, r.mcu_url, r.mcu_room, r.camera_source, r.ptz_host, r.audio_capture,
      r.audio_playback, r.projector_host, r.projector_port, r.projector_input, r.config_overrides,
      id);
  return db_.Changes() > 0;
}

bool InventoryStore::DeleteRoom(int64_t id) {
  db_.Run("UPDATE meetings SET chair_room_id = NULL WHERE chair_room_id = ?", id);
  db_.Run("DELETE FROM rooms WHERE id = ?", id);
  return db_.Changes() > 0;
}

}  // namespace vc::provision
