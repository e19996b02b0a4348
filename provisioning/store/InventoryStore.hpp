#pragma once
// Sites and rooms. Callers wrap changes in Database::Transaction (with their audit entry).
#include <optional>
#include <vector>

#include "provisioning/store/Database.hpp"
#include "provisioning/store/Models.hpp"

namespace vc::provision {

class InventoryStore {
 public:
  explicit InventoryStore(Database& db) : db_(db) {}

  std::vector<Site> ListSites();
  std::optional<Site> FindSite(const std::string& name);
  // The site's id, creating it with `kind` when no site has that name.
  int64_t EnsureSite(const std::string& name, const std::string& kind, int64_t now);

  std::vector<Room> ListRooms();
  std::optional<Room> GetRoom(int64_t id);
  std::optional<Room> FindRoomByName(const std::string& name);
  // Throws StoreError(kConflict) when the name is taken.
  int64_t AddRoom(const Room& room, int64_t now);
  // Replaces every field and bumps config_version; false when there is no such room.
  bool UpdateRoom(int64_t id, const Room& room, int64_t now);
  bool DeleteRoom(int64_t id);

 private:
  Database& db_;
};

}  // namespace vc::provision
