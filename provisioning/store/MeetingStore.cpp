#include "provisioning/store/MeetingStore.hpp"

namespace vc::provision {
namespace {

constexpr const char* kColumns =
    "SELECT m.id, m.title, m.start, m.duration_minutes, m.mcu_room, m.pin, m.mode, "
    "m.chair_room_id FROM meetings m ";

Meeting ReadMeeting(const Statement& s) {
  Meeting m;
  m.id = s.Int(0);
  m.title = s.Text(1);
  m.start = s.Int(2);
  m.duration_minutes = s.Int(3);
  m.mcu_room = s.Text(4);
  m.pin = s.Text(5);
  m.mode = s.Text(6);
  m.chair_room_id = s.OptionalInt(7);
  return m;
}

}  // namespace

int64_t MeetingStore::Add(const Meeting& m, int64_t now) {
  db_.Run(
      "INSERT INTO meetings (title, start, duration_minutes, mcu_room, pin, mode, chair_room_id, "
      "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      m.title, m.start, m.duration_minutes, m.mcu_room, m.pin, m.mode, m.chair_room_id, now);
  const int64_t id = db_.LastInsertId();
  for (int64_t room_id : m.invited_room_ids) {
    db_.Run("INSERT OR IGNORE INTO meeting_rooms (meeting_id, room_id) VALUES (?, ?)", id, room_id);
  }
  return id;
}

bool MeetingStore::Delete(int64_t id) {
  db_.Run("DELETE FROM meetings WHERE id = ?", id);
  return db_.Changes() > 0;
}

void MeetingStore::LoadInvited(Meeting& meeting) {
  auto s = db_.Query("SELECT room_id FROM meeting_rooms WHERE meeting_id = ? ORDER BY room_id",
                     meeting.id);
  while (s.Step()) meeting.invited_room_ids.push_back(s.Int(0));
}

std::optional<Meeting> MeetingStore::Get(int64_t id) {
  auto s = db_.Query(std::string(kColumns) + "WHERE m.id = ?", id);
  if (!s.Step()) return std::nullopt;
  Meeting m = ReadMeeting(s);
  LoadInvited(m);
  return m;
}

std::vector<Meeting> MeetingStore::List() {
  std::vector<Meeting> out;
  auto s = db_.Query(std::string(kColumns) + "ORDER BY m.start, m.id");
  while (s.Step()) out.push_back(ReadMeeting(s));
  for (auto& m : out) LoadInvited(m);
  return out;
}

std::vector<Meeting> MeetingStore::UpcomingForRoom(int64_t room_id, int64_t now, int limit) {
  std::vector<Meeting> out;
  auto s = db_.Query(std::string(kColumns) +
                         "JOIN meeting_rooms i ON i.meeting_id = m.id WHERE i.room_id = ? AND "
                         "m.start + m.duration_minutes * 60 > ? ORDER BY m.start, m.id LIMIT ?",
                     room_id, now, limit);
  while (s.Step()) out.push_back(ReadMeeting(s));
  for (auto& m : out) LoadInvited(m);
  return out;
}

}  // namespace vc::provision
