#pragma once
// Checks the signed join tokens that vc-provision issues for a meeting, without calling the
// server (docs/signaling.md, "Join tokens"):
//   vc1.<b64url(payload)>.<b64url(HMAC-SHA256(key, "vc1." + b64url(payload)))>
// payload: {"room","sub","name","role":"participant"|"chair","iat","exp"} (seconds since 1970).
// The key is shared with vc-provision through a key file (--join-key-file). Pure and immutable
// after construction: safe to use from every network thread at once.
#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace vc::mcu::auth {

// A refused token. code(): "token_invalid" (form, signature, room) or "token_expired".
class JoinTokenError : public std::runtime_error {
 public:
  JoinTokenError(std::string code, const std::string& reason)
      : std::runtime_error(reason), code_(std::move(code)) {}
  const std::string& code() const { return code_; }

 private:
  std::string code_;
};

struct JoinTokenClaims {
  std::string room;
  std::string subject;  // "sub": the room id (r12) or a guest's id; may be empty
  std::string name;     // display name the MCU shows, whatever the join message said
  bool chair = false;
  int64_t issued_at = 0;
  int64_t expires_at = 0;
};

class JoinTokenVerifier {
 public:
  using Clock = std::function<int64_t()>;  // now, in seconds since 1970 (UTC)

  static constexpr int64_t kLeewaySeconds = 60;  // clocks of the MCU and the server may differ
  static constexpr size_t kMinKeyBytes = 32;
  static constexpr size_t kMaxTokenBytes = 4096;

  // Throws std::invalid_argument when the key is shorter than kMinKeyBytes.
  explicit JoinTokenVerifier(std::string key, Clock now = SystemNow);

  // The claims of a good token for `room`; throws JoinTokenError otherwise.
  JoinTokenClaims Verify(std::string_view token, std::string_view room) const;

  // The key in a key file: its bytes with trailing whitespace trimmed. Throws
  // std::runtime_error (one line naming the file) when unreadable or shorter than 32 bytes.
  static std::string ReadKeyFile(const std::string& path);
  static int64_t SystemNow();

 private:
  JoinTokenClaims ParsePayload(const std::string& payload) const;

  // Allocated by this.
  const std::string key_;
  const Clock now_;
};

}  // namespace vc::mcu::auth
