#pragma once
// Technicians' passwords as libsodium crypto_pwhash strings (Argon2id, random salt, the cost
// parameters inside the string), so a stolen database does not give the passwords away cheaply.
#include <string>
#include <string_view>

namespace vc::provision {

class PasswordHasher {
 public:
  enum class Cost { kInteractive, kModerate };
  explicit PasswordHasher(Cost cost = Cost::kInteractive) : cost_(cost) {}

  // Throws std::runtime_error when libsodium cannot allocate the memory the cost asks for.
  std::string Hash(std::string_view password) const;
  bool Verify(std::string_view password, const std::string& hash) const;

 private:
  Cost cost_;
};

}  // namespace vc::provision
