#pragma once
// One site in a room: its identity, its signaling link and its WebRTC connection.
// Owned by its Room on the media thread.
#include <cstdint>
#include <memory>
#include <string>

#include "mcu/http/WebSocketPeer.hpp"
#include "mcu/webrtc/PeerConnection.hpp"

namespace vc::mcu::room {

class Participant : public webrtc::PeerConnection::Listener {
 public:
  class Listener {
   public:
    virtual ~Listener() = default;
    virtual void OnParticipantRtp(Participant* participant, uint8_t* data, size_t len) = 0;
    virtual void OnParticipantRtcp(Participant* participant, uint8_t* data, size_t len) = 0;
    // The media connection died; the owner removes the participant (not from inside this call).
    virtual void OnParticipantFailed(Participant* participant, const std::string& reason) = 0;
  };

  Participant(std::string id, std::string name, uint64_t session_id,
              std::shared_ptr<http::WebSocketPeer> peer,
              const webrtc::PeerConnectionConfig& pc_config, Listener& listener);
  ~Participant() override;

  const std::string& id() const { return id_; }
  const std::string& name() const { return name_; }
  uint64_t session_id() const { return session_id_; }
  http::WebSocketPeer& peer() { return *peer_; }
  webrtc::PeerConnection& connection() { return *connection_; }
  const webrtc::PeerConnection& connection() const { return *connection_; }
  // Joined with role "chair": may mute others.
  bool chair() const { return chair_; }
  void set_chair(bool chair) { chair_ = chair; }
  // Muted on the server (by a chair or the admin API): not mixed.
  bool muted() const { return muted_; }
  void set_muted(bool muted) { muted_ = muted; }
  // Hand raised (training: asks for the floor).
  bool hand() const { return hand_; }
  void set_hand(bool hand) { hand_ = hand; }

 private:
  // webrtc::PeerConnection::Listener
  void OnPeerConnectionLocalCandidate(webrtc::PeerConnection* pc,
                                      const std::string& candidate) override;
  void OnPeerConnectionConnected(webrtc::PeerConnection* pc) override;
  void OnPeerConnectionFailed(webrtc::PeerConnection* pc, const std::string& reason) override;
  void OnPeerConnectionRtp(webrtc::PeerConnection* pc, uint8_t* data, size_t len) override;
  void OnPeerConnectionRtcp(webrtc::PeerConnection* pc, uint8_t* data, size_t len) override;

  // Passed by argument.
  const std::string id_;
  const std::string name_;
  const uint64_t session_id_;
  std::shared_ptr<http::WebSocketPeer> peer_;
  Listener& listener_;
  bool chair_ = false;
  bool muted_ = false;
  bool hand_ = false;
  // Allocated by this.
  std::unique_ptr<webrtc::PeerConnection> connection_;
};

}  // namespace vc::mcu::room
