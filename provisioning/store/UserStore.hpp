#pragma once
// Technician accounts and their login sessions (the session token is stored as SHA-256 only).
#include <optional>
#include <string>
#include <vector>

#include "provisioning/store/Database.hpp"
#include "provisioning/store/Models.hpp"

namespace vc::provision {

class UserStore {
 public:
  explicit UserStore(Database& db) : db_(db) {}

  // Throws StoreError(kConflict) when the username is taken.
  int64_t Add(const std::string& username, const std::string& password_hash,
              const std::string& role, int64_t now);
  std::optional<User> FindByName(const std::string& username);
  std::vector<User> List();
  int64_t Count();

  // Returns the session token (shown once).
  std::string CreateSession(int64_t user_id, int64_t ttl_seconds, int64_t now);
  std::optional<User> UserForSession(const std::string& token, int64_t now);
  void DeleteSession(const std::string& token);
  void DeleteExpiredSessions(int64_t now);

 private:
  Database& db_;
};

}  // namespace vc::provision
