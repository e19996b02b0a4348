#include "mcu/room/Participant.hpp"

#include "common/log/Log.hpp"
#include "mcu/signaling/SignalingMessages.hpp"

namespace vc::mcu::room {
namespace {
constexpr std::string_view kLog = "room";
}

Participant::Participant(std::string id, std::string name, uint64_t session_id,
                         std::shared_ptr<http::WebSocketPeer> peer,
                         const webrtc::PeerConnectionConfig& pc_config, Listener& listener)
    : id_(std::move(id)),
      name_(std::move(name)),
      session_id_(session_id),
      peer_(std::move(peer)),
      listener_(listener),
      connection_(std::make_unique<webrtc::PeerConnection>(pc_config, *this)) {}

Participant::~Participant() = default;

void Participant::OnPeerConnectionLocalCandidate(webrtc::PeerConnection* pc,
                                                 const std::string& candidate) {
  const auto* negotiation = pc->negotiation();
  std::string mid = negotiation != nullptr && !negotiation->media.empty()
                        ? negotiation->media.front().mid
                        : "0";
  peer_->Send(signaling::MakeCandidate(candidate, mid));
}

void Participant::OnPeerConnectionConnected(webrtc::PeerConnection* pc) {
  common::log::Info(kLog, "participant ", id_, " media connected ", pc->media_setup_time().count(),
                    " ms after its offer (ICE ", pc->ice_setup_time().count(), " ms)");
}

void Participant::OnPeerConnectionFailed(webrtc::PeerConnection*, const std::string& reason) {
  listener_.OnParticipantFailed(this, reason);
}

void Participant::OnPeerConnectionRtp(webrtc::PeerConnection*, uint8_t* data, size_t len) {
  listener_.OnParticipantRtp(this, data, len);
}

void Participant::OnPeerConnectionRtcp(webrtc::PeerConnection*, uint8_t* data, size_t len) {
  listener_.OnParticipantRtcp(this, data, len);
}

}  // namespace vc::mcu::room
