#pragma once
// Scheduled meetings and the rooms invited to each.
#include <optional>
#include <vector>

#include "provisioning/store/Database.hpp"
#include "provisioning/store/Models.hpp"

namespace vc::provision {

class MeetingStore {
 public:
  explicit MeetingStore(Database& db) : db_(db) {}

  int64_t Add(const Meeting& meeting, int64_t now);
  bool Delete(int64_t id);
  std::optional<Meeting> Get(int64_t id);
  std::vector<Meeting> List();
  // The room's meetings that have not ended at `now`, soonest first (at most `limit`).
  std::vector<Meeting> UpcomingForRoom(int64_t room_id, int64_t now, int limit = 20);

 private:
  void LoadInvited(Meeting& meeting);
  Database& db_;
};

}  // namespace vc::provision
