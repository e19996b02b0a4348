#pragma once
// Technician accounts (admin | technician | viewer), logins and sessions that expire.
#include <optional>
#include <string>

#include "provisioning/core/PasswordHasher.hpp"
#include "provisioning/service/Stores.hpp"

namespace vc::provision {

struct LoginResult {
  std::string token;
  User user;
  int64_t expires_at = 0;
};

class AccountService {
 public:
  AccountService(Stores& stores, PasswordHasher hasher) : s_(stores), hasher_(hasher) {}

  // Throws ProvisionError 400 invalid, 409 name_taken.
  User AddUser(const std::string& actor, const std::string& username, const std::string& password,
               const std::string& role);
  // Throws ProvisionError 401 unauthorized (the same words for unknown user and wrong password).
  LoginResult Login(const std::string& username, const std::string& password);
  void Logout(const User& user, const std::string& token);
  std::optional<User> UserForSession(const std::string& token);

 private:
  Stores& s_;
  PasswordHasher hasher_;
};

}  // namespace vc::provision
