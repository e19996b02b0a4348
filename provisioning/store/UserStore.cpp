#include "provisioning/store/UserStore.hpp"

#include "provisioning/core/Crypto.hpp"

namespace vc::provision {

int64_t UserStore::Add(const std::string& username, const std::string& password_hash,
                       const std::string& role, int64_t now) {
  db_.Run("INSERT INTO users (username, password_hash, role, created_at) VALUES (?, ?, ?, ?)",
          username, password_hash, role, now);
  return db_.LastInsertId();
}

std::optional<User> UserStore::FindByName(const std::string& username) {
  auto s = db_.Query("SELECT id, username, role, password_hash FROM users WHERE username = ?",
                     username);
  if (!s.Step()) return std::nullopt;
  return User{s.Int(0), s.Text(1), s.Text(2), s.Text(3)};
}

std::vector<User> UserStore::List() {
  std::vector<User> out;
  auto s = db_.Query("SELECT id, username, role FROM users ORDER BY username");
  while (s.Step()) out.push_back(User{s.Int(0), s.Text(1), s.Text(2), ""});
  return out;
}

int64_t UserStore::Count() {
  auto s = db_.Query("SELECT count(*) FROM users");
  s.Step();
  return s.Int(0);
}

std::string UserStore::CreateSession(int64_t user_id, int64_t ttl_seconds, int64_t now) {
  const std::string token = crypto::RandomToken(32);
  db_.Run("INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
          crypto::Sha256Hex(token), user_id, now, now + ttl_seconds);
  return token;
}

std::optional<User> UserStore::UserForSession(const std::string& token, int64_t now) {
  auto s = db_.Query(
      "SELECT u.id, u.username, u.role FROM sessions s JOIN users u ON u.id = s.user_id "
      "WHERE s.token_hash = ? AND s.expires_at > ?",
      crypto::Sha256Hex(token), now);
  if (!s.Step()) return std::nullopt;
  return User{s.Int(0), s.Text(1), s.Text(2), ""};
}

void UserStore::DeleteSession(const std::string& token) {
  db_.Run("DELETE FROM sessions WHERE token_hash = ?", crypto::Sha256Hex(token));
}

void UserStore::DeleteExpiredSessions(int64_t now) {
  db_.Run("DELETE FROM sessions WHERE expires_at <= ?", now);
}

}  // namespace vc::provision
