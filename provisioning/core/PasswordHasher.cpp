#include "provisioning/core/PasswordHasher.hpp"

#include <sodium.h>

#include <stdexcept>

namespace vc::provision {

std::string PasswordHasher::Hash(std::string_view password) const {
  if (sodium_init() < 0) throw std::runtime_error("libsodium failed to initialise");
  const bool moderate = cost_ == Cost::kModerate;
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str(out, password.data(), password.size(),
                        moderate ? crypto_pwhash_OPSLIMIT_MODERATE : crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        moderate ? crypto_pwhash_MEMLIMIT_MODERATE : crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
    throw std::runtime_error("password hashing ran out of memory");
  }
  return out;
}

bool PasswordHasher::Verify(std::string_view password, const std::string& hash) const {
  if (sodium_init() < 0) return false;
  if (hash.size() >= crypto_pwhash_STRBYTES) return false;
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

}  // namespace vc::provision
