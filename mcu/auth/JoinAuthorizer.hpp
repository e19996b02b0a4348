#pragma once
// The MCU's admission rule for `join` (docs/signaling.md): with a join key configured, every join
// to a non-echo room must carry a signed token for that room; the token's name and role replace
// the ones the client sent. Without a key, joins pass as before (the room's PIN still applies).
// Immutable: safe from every network thread.
#include <memory>

#include "mcu/auth/JoinTokenVerifier.hpp"
#include "mcu/signaling/SignalingMessages.hpp"

namespace vc::mcu::auth {

class JoinAuthorizer {
 public:
  // verifier: null admits every join (no --join-key-file).
  explicit JoinAuthorizer(std::unique_ptr<const JoinTokenVerifier> verifier);

  bool enabled() const { return verifier_ != nullptr; }
  // Throws signaling::SignalingError with token_missing, token_invalid or token_expired.
  void Authorize(signaling::JoinRequest& join) const;

 private:
  // Allocated by this.
  const std::unique_ptr<const JoinTokenVerifier> verifier_;
};

}  // namespace vc::mcu::auth
