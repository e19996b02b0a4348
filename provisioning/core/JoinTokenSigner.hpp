#pragma once
// Signed join tokens that vc-mcu checks without calling the server:
//   vc1.<b64url(payload JSON)>.<b64url(HMAC-SHA256(key, "vc1." + b64url(payload)))>
// (base64url without padding; docs/provisioning-api.md has the payload fields).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace vc::provision {

struct JoinClaims {
  std::string room;  // the MCU room
  std::string sub;   // "r12" for a room, "guest:<name>" for a browser participant
  std::string name;  // the display name the MCU uses
  std::string role;  // "participant" | "chair"
  int64_t iat = 0;
  int64_t exp = 0;
};

class JoinTokenSigner {
 public:
  static constexpr size_t kMinKeyBytes = 32;
  static constexpr std::string_view kPrefix = "vc1.";

  // Throws std::invalid_argument when the key is shorter than kMinKeyBytes.
  explicit JoinTokenSigner(std::string key);
  // Reads a key file (trailing whitespace trimmed). Throws std::runtime_error with the reason.
  static JoinTokenSigner FromFile(const std::string& path);

  std::string Sign(const JoinClaims& claims) const;
  // The claims of a well-formed token with a good signature (expiry is not checked here).
  std::optional<JoinClaims> Verify(std::string_view token) const;

 private:
  std::string key_;
};

}  // namespace vc::provision
