#pragma once
// One participant's WebRTC transport on the MCU: ICE (libnice) -> demux (RFC 7983) ->
// DTLS handshake (OpenSSL) -> SRTP/SRTCP (libsrtp2). BUNDLE and rtcp-mux: one 5-tuple carries
// everything. Lives on the media thread; the owner gets decrypted RTP/RTCP through Listener.
// The MCU answers (ApplyOffer). Client mode (StartOffer/CreateOffer/ApplyAnswer, with
// config.ice.controlling) makes the same transport an offerer, for the load tool.
#include <array>
#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mcu/dtls/DtlsTransport.hpp"
#include "mcu/engine/MediaThread.hpp"
#include "mcu/ice/IceAgent.hpp"
#include "mcu/metrics/McuMetrics.hpp"
#include "mcu/negotiation/Negotiation.hpp"
#include "mcu/negotiation/OfferBuilder.hpp"
#include "mcu/srtp/SrtpSession.hpp"

namespace vc::mcu::webrtc {

struct PeerConnectionConfig {
  GMainContext* context = nullptr;
  metrics::McuMetrics* metrics = nullptr;  // must outlive every connection
  std::shared_ptr<const dtls::Certificate> certificate;
  ice::IceConfig ice;
  std::string sdp_address = "127.0.0.1";  // for the answer's o= and c= lines
  unsigned connect_timeout_ms = 30000;    // ICE + DTLS must complete within this
};

class PeerConnection : public ice::IceAgent::Listener, public dtls::DtlsTransport::Listener {
 public:
  class Listener {
   public:
    virtual ~Listener() = default;
    // A local ICE candidate to trickle ("candidate:..."), or "" at the end of gathering.
    virtual void OnPeerConnectionLocalCandidate(PeerConnection* pc, const std::string& candidate) = 0;
    // ICE and DTLS are up; SRTP keys are in place. Media flows both ways from now on.
    virtual void OnPeerConnectionConnected(PeerConnection* pc) = 0;
    // ICE or DTLS failed or timed out; the connection is dead.
    virtual void OnPeerConnectionFailed(PeerConnection* pc, const std::string& reason) = 0;
    // A decrypted RTP packet that parsed; the buffer may be modified in place.
    virtual void OnPeerConnectionRtp(PeerConnection* pc, uint8_t* data, size_t len) = 0;
    // A decrypted compound RTCP packet.
    virtual void OnPeerConnectionRtcp(PeerConnection* pc, uint8_t* data, size_t len) = 0;
  };

  PeerConnection(const PeerConnectionConfig& config, Listener& listener);
  ~PeerConnection() override;

  // Negotiates the client's offer and returns the answer SDP; starts ICE gathering.
  // Throws negotiation::NegotiationError on an offer we cannot serve, std::logic_error on a second offer.
  std::string ApplyOffer(std::string_view offer_sdp);
  // Candidates may come before the offer; they are kept until then. False if unparseable.
  bool AddRemoteCandidate(std::string_view candidate);
  void SetRemoteGatheringDone();

  // Client mode: starts ICE gathering (set config.ice.controlling: the offerer controls). Local
  // candidates arrive through the Listener as in answerer mode and are also kept for CreateOffer.
  // Throws std::logic_error after ApplyOffer or on a second call. `media` says which m-lines the
  // offer has (default: audio sendrecv only); a sent video gets its own random SSRC.
  void StartOffer(const negotiation::OfferMedia& media = {});
  // The offer (negotiation::BuildOffer: Opus with audio level and/or VP8 with nack/pli/fir,
  // BUNDLE, rtcp-mux, actpass). with_candidates puts the candidates gathered so far in it, for answerers that do
  // not take trickle. Throws std::logic_error before StartOffer.
  std::string CreateOffer(bool with_candidates);
  // Applies the answer: ICE checks start, then DTLS in the role the answer's a=setup gives.
  // Throws negotiation::NegotiationError on an unusable answer, std::logic_error out of order.
  void ApplyAnswer(std::string_view answer_sdp);
  bool local_gathering_done() const { return local_gathering_done_; }

  // Encrypt and send. False when not connected or on failure (counted, never thrown).
  bool SendRtp(const uint8_t* data, size_t len);
  bool SendRtcp(const uint8_t* data, size_t len);

  bool connected() const { return srtp_out_ != nullptr; }
  // How long setup took, from the offer: until ICE had a working pair, and until SRTP keys.
  std::chrono::milliseconds ice_setup_time() const { return ice_setup_time_; }
  std::chrono::milliseconds media_setup_time() const { return media_setup_time_; }
  const negotiation::Negotiation* negotiation() const {
    return negotiation_ ? &*negotiation_ : nullptr;
  }

 private:
  // ice::IceAgent::Listener
  void OnIceAgentLocalCandidate(ice::IceAgent* agent, const std::string& candidate) override;
  void OnIceAgentGatheringDone(ice::IceAgent* agent) override;
  void OnIceAgentStateChanged(ice::IceAgent* agent, ice::IceState state) override;
  void OnIceAgentData(ice::IceAgent* agent, uint8_t* data, size_t len) override;
  // dtls::DtlsTransport::Listener
  void OnDtlsTransportSendData(dtls::DtlsTransport* dtls, const uint8_t* data, size_t len) override;
  void OnDtlsTransportConnected(dtls::DtlsTransport* dtls, const dtls::SrtpKeyMaterial& keys) override;
  void OnDtlsTransportFailed(dtls::DtlsTransport* dtls, const std::string& reason) override;
  void OnDtlsTransportClosed(dtls::DtlsTransport* dtls) override;

  void StartIce();
  void HandleSrtp(uint8_t* data, size_t len, bool rtcp);
  bool ProtectAndSend(const uint8_t* data, size_t len, bool rtcp);
  void ScheduleDtlsTimeout();
  std::chrono::milliseconds SinceOffer() const;
  void Drop(metrics::DropReason reason);
  void Fail(const std::string& reason);

  // Passed by argument.
  const PeerConnectionConfig config_;
  Listener& listener_;
  metrics::McuMetrics& metrics_;
  // Allocated by this.
  std::unique_ptr<ice::IceAgent> ice_;
  std::unique_ptr<dtls::DtlsTransport> dtls_;
  std::unique_ptr<srtp::SrtpSession> srtp_in_;
  std::unique_ptr<srtp::SrtpSession> srtp_out_;
  engine::GlibTimer dtls_timer_;
  engine::GlibTimer connect_timer_;
  std::optional<negotiation::Negotiation> negotiation_;
  std::optional<negotiation::OfferParameters> offer_;  // client mode only
  std::vector<std::string> local_candidates_;          // client mode only
  bool local_gathering_done_ = false;
  std::vector<std::string> pending_remote_candidates_;
  bool remote_gathering_done_ = false;
  bool dtls_started_ = false;
  bool failed_ = false;
  std::chrono::steady_clock::time_point offer_time_;
  std::chrono::milliseconds ice_setup_time_{0};
  std::chrono::milliseconds media_setup_time_{0};
  std::array<uint8_t, 2048> send_buffer_{};  // one packet at a time: the media thread is single
};

}  // namespace vc::mcu::webrtc
