#include "provisioning/store/AlertStore.hpp"

namespace vc::provision {

bool AlertStore::Raise(int64_t room_id, const std::string& kind, const std::string& device,
                       const std::string& message, int64_t now) {
  auto open = db_.Query("SELECT id FROM alerts WHERE room_id = ? AND kind = ? AND device = ? AND "
                        "cleared_at IS NULL",
                        room_id, kind, device);
  if (open.Step()) {
    db_.Run("UPDATE alerts SET message = ? WHERE id = ?", message, open.Int(0));
    return false;
  }
  db_.Run("INSERT INTO alerts (room_id, kind, device, message, raised_at) VALUES (?, ?, ?, ?, ?)",
          room_id, kind, device, message, now);
  return true;
}

bool AlertStore::Clear(int64_t room_id, const std::string& kind, const std::string& device,
                       int64_t now) {
  db_.Run("UPDATE alerts SET cleared_at = ? WHERE room_id = ? AND kind = ? AND device = ? AND "
          "cleared_at IS NULL",
          now, room_id, kind, device);
  return db_.Changes() > 0;
}

int AlertStore::ClearFaultsExcept(int64_t room_id, const std::set<std::string>& still_faulty,
                                  int64_t now) {
  std::vector<std::string> devices;
  auto s = db_.Query("SELECT device FROM alerts WHERE room_id = ? AND kind = 'device_fault' AND "
                     "cleared_at IS NULL",
                     room_id);
  while (s.Step()) devices.push_back(s.Text(0));
  int cleared = 0;
  for (const auto& device : devices) {
    if (!still_faulty.contains(device) && Clear(room_id, "device_fault", device, now)) ++cleared;
  }
  return cleared;
}

std::vector<Alert> AlertStore::Open() {
  std::vector<Alert> out;
  auto s = db_.Query("SELECT id, room_id, kind, device, message, raised_at FROM alerts WHERE "
                     "cleared_at IS NULL ORDER BY raised_at, id");
  while (s.Step()) {
    out.push_back({s.Int(0), s.Int(1), s.Text(2), s.Text(3), s.Text(4), s.Int(5), std::nullopt});
  }
  return out;
}

}  // namespace vc::provision
