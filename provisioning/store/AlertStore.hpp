#pragma once
// Health alerts: at most one open alert per (room, kind, device); clearing stamps cleared_at so
// the history stays.
#include <set>
#include <string>
#include <vector>

#include "provisioning/store/Database.hpp"
#include "provisioning/store/Models.hpp"

namespace vc::provision {

class AlertStore {
 public:
  explicit AlertStore(Database& db) : db_(db) {}

  // true when a new alert was opened (false: it was open already).
  bool Raise(int64_t room_id, const std::string& kind, const std::string& device,
             const std::string& message, int64_t now);
  // true when an open alert was cleared.
  bool Clear(int64_t room_id, const std::string& kind, const std::string& device, int64_t now);
  // Clears the room's device_fault alerts whose device is not in `still_faulty`.
  int ClearFaultsExcept(int64_t room_id, const std::set<std::string>& still_faulty, int64_t now);
  std::vector<Alert> Open();

 private:
  Database& db_;
};

}  // namespace vc::provision
