#include "mcu/auth/JoinAuthorizer.hpp"

#include "mcu/room/Room.hpp"

namespace vc::mcu::auth {

JoinAuthorizer::JoinAuthorizer(std::unique_ptr<const JoinTokenVerifier> verifier)
    : verifier_(std::move(verifier)) {}

void JoinAuthorizer::Authorize(signaling::JoinRequest& join) const {
  // Echo rooms are the sites' self-test: they reach nobody else, so they need no token.
  if (!verifier_ || room::Room::IsEchoRoomName(join.room)) return;
  if (!join.token || join.token->empty()) {
    throw signaling::SignalingError(
        "token_missing", "room '" + join.room + "' needs a join token ('token' in join); " +
                             "the room's appliance gets one from provisioning, a browser " +
                             "participant from the meeting's organiser");
  }
  try {
    JoinTokenClaims claims = verifier_->Verify(*join.token, join.room);
    join.name = std::move(claims.name);
    join.role = claims.chair ? signaling::Role::kChair : signaling::Role::kParticipant;
  } catch (const JoinTokenError& e) {
    throw signaling::SignalingError(e.code(), e.what());
  }
}

}  // namespace vc::mcu::auth
