#include "provisioning/service/AccountService.hpp"

#include <cctype>

#include "common/log/Log.hpp"
#include "provisioning/core/ProvisionError.hpp"
#include "provisioning/core/Text.hpp"

namespace vc::provision {
namespace log = vc::common::log;
namespace {

bool IsUsername(const std::string& name) {
  if (name.empty() || name.size() > 32) return false;
  for (char c : name) {
    if (!std::islower(static_cast<unsigned char>(c)) && !std::isdigit(static_cast<unsigned char>(c)) &&
        c != '.' && c != '_' && c != '-') {
      return false;
    }
  }
  return true;
}

}  // namespace

User AccountService::AddUser(const std::string& actor, const std::string& username,
                             const std::string& password, const std::string& role) {
  if (!IsUsername(username)) {
    throw ProvisionError(400, "invalid", "username: expected 1-32 of a-z 0-9 . _ -");
  }
  if (password.size() < 8 || password.size() > 256 || !text::IsValidUtf8(password)) {
    throw ProvisionError(400, "invalid", "password: expected 8-256 bytes of text");
  }
  if (role != "admin" && role != "technician" && role != "viewer") {
    throw ProvisionError(400, "invalid", "role: expected admin, technician or viewer");
  }
  const std::string hash = hasher_.Hash(password);  // slow on purpose: outside the transaction
  return s_.db.Transaction([&] {
    if (s_.users.FindByName(username)) {
      throw ProvisionError(409, "name_taken", "user \"" + username + "\" exists already");
    }
    const int64_t id = s_.users.Add(username, hash, role, s_.Now());
    s_.audit.Record(s_.Now(), actor, "user.add", ExternalId('u', id), username + " (" + role + ")");
    return User{id, username, role, ""};
  });
}

LoginResult AccountService::Login(const std::string& username, const std::string& password) {
  const auto user = username.size() <= 64 ? s_.users.FindByName(username) : std::nullopt;
  // Hash even for an unknown user so the answer takes as long either way.
  static const std::string kDummy = hasher_.Hash("not a password");
  const bool ok = hasher_.Verify(password, user ? user->password_hash : kDummy) && user;
  if (!ok) {
    log::Warn("vc-provision", "login refused for \"", username.substr(0, 64), "\"");
    throw ProvisionError(401, "unauthorized", "wrong username or password");
  }
  return s_.db.Transaction([&] {
    const int64_t now = s_.Now();
    s_.users.DeleteExpiredSessions(now);
    const std::string token = s_.users.CreateSession(user->id, s_.settings.session_ttl_seconds, now);
    s_.audit.Record(now, user->username, "session.login", ExternalId('u', user->id));
    return LoginResult{token, User{user->id, user->username, user->role, ""},
                       now + s_.settings.session_ttl_seconds};
  });
}

void AccountService::Logout(const User& user, const std::string& token) {
  s_.db.Transaction([&] {
    s_.users.DeleteSession(token);
    s_.audit.Record(s_.Now(), user.username, "session.logout", ExternalId('u', user.id));
  });
}

std::optional<User> AccountService::UserForSession(const std::string& token) {
  if (token.size() > 128) return std::nullopt;
  return s_.users.UserForSession(token, s_.Now());
}

}  // namespace vc::provision
