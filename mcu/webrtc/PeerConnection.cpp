#include "mcu/webrtc/PeerConnection.hpp"

#include <stdexcept>

#include "common/log/Log.hpp"
#include "common/sdp/IceCandidate.hpp"
#include "common/util/IpAddress.hpp"
#include "common/rtp/PacketClassifier.hpp"
#include "common/rtp/RtpPacketView.hpp"
#include "mcu/metrics/McuMetrics.hpp"

namespace vc::mcu::webrtc {
namespace {
constexpr std::string_view kLog = "peer";
using common::rtp::PacketClassifier;
using common::rtp::PacketKind;

using metrics::DropReason;

// WebRTC peers give an IP literal, or an mDNS name ("<uuid>.local") that hides a local address.
// Anything else in the address field is a broken client.
bool IsUsableAddressForm(const std::string& address) {
  if (common::util::IsIpLiteral(address)) return true;
  constexpr std::string_view kMdns = ".local";
  return address.size() > kMdns.size() &&
         address.compare(address.size() - kMdns.size(), kMdns.size(), kMdns) == 0;
}
}  // namespace

PeerConnection::PeerConnection(const PeerConnectionConfig& config, Listener& listener)
    : config_(config),
      listener_(listener),
      metrics_(*config.metrics),
      ice_(std::make_unique<ice::IceAgent>(config.context, config.ice, *this)),
      dtls_(std::make_unique<dtls::DtlsTransport>(config.certificate, *this)),
      dtls_timer_(config.context),
      connect_timer_(config.context) {}

PeerConnection::~PeerConnection() = default;

std::string PeerConnection::ApplyOffer(std::string_view offer_sdp) {
  if (negotiation_) throw std::logic_error("renegotiation is not supported");
  negotiation::LocalParameters local;
  local.ice_ufrag = ice_->local_ufrag();
  local.ice_pwd = ice_->local_password();
  local.fingerprint_sha256 = config_.certificate->FingerprintSha256();
  local.cname = "vc-mcu";
  local.audio_ssrc = g_random_int();
  local.video_ssrc = g_random_int();
  local.video_rtx_ssrc = g_random_int();
  local.address = config_.sdp_address;
  negotiation_ = negotiation::Negotiate(offer_sdp, local);
  offer_time_ = std::chrono::steady_clock::now();

  StartIce();
  if (!ice_->GatherCandidates()) Fail("ICE: no local address could be bound");
  connect_timer_.StartOnce(config_.connect_timeout_ms, [this] {
    if (!connected()) Fail("ICE/DTLS did not complete in time");
  });
  return negotiation_->answer_sdp;
}

void PeerConnection::StartIce() {
  ice_->SetRemoteCredentials(negotiation_->remote_ice_ufrag, negotiation_->remote_ice_pwd);
  auto pending = std::move(pending_remote_candidates_);
  for (const auto& candidate : negotiation_->remote_candidates) AddRemoteCandidate(candidate);
  for (const auto& candidate : pending) AddRemoteCandidate(candidate);
  if (remote_gathering_done_ || negotiation_->remote_end_of_candidates) {
    ice_->SetRemoteGatheringDone();
  }
}

void PeerConnection::StartOffer(const negotiation::OfferMedia& media) {
  if (negotiation_ || offer_) throw std::logic_error("StartOffer: already negotiating");
  negotiation::OfferParameters offer;
  offer.local.ice_ufrag = ice_->local_ufrag();
  offer.local.ice_pwd = ice_->local_password();
  offer.local.fingerprint_sha256 = config_.certificate->FingerprintSha256();
  offer.local.cname = "vc-load";
  offer.local.audio_ssrc = g_random_int();
  offer.local.video_ssrc = g_random_int();
  offer.local.address = config_.sdp_address;
  offer.media = media;
  if (!media.audio) offer.video_mid = offer.mid;  // a video-only offer's one m-line is mid 0
  offer_ = std::move(offer);
  offer_time_ = std::chrono::steady_clock::now();
  if (!ice_->GatherCandidates()) Fail("ICE: no local address could be bound");
  connect_timer_.StartOnce(config_.connect_timeout_ms, [this] {
    if (!connected()) Fail("ICE/DTLS did not complete in time");
  });
}

std::string PeerConnection::CreateOffer(bool with_candidates) {
  if (!offer_) throw std::logic_error("CreateOffer before StartOffer");
  negotiation::OfferParameters offer = *offer_;
  if (with_candidates) {
    offer.candidates = local_candidates_;
    offer.end_of_candidates = local_gathering_done_;
  }
  return negotiation::BuildOffer(offer);
}

void PeerConnection::ApplyAnswer(std::string_view answer_sdp) {
  if (!offer_ || negotiation_) throw std::logic_error("ApplyAnswer without an open offer");
  negotiation_ = negotiation::ApplyAnswer(answer_sdp, *offer_);
  StartIce();
}

bool PeerConnection::AddRemoteCandidate(std::string_view candidate) {
  // Parse and re-write ourselves: clients send it with or without "candidate:", and libnice
  // wants one exact form.
  auto parsed = common::sdp::ParseIceCandidate(candidate);
  if (!parsed || !IsUsableAddressForm(parsed->address)) return false;
  std::string canonical = common::sdp::WriteIceCandidate(*parsed);
  if (!negotiation_) {
    pending_remote_candidates_.push_back(std::move(canonical));  // kept for ApplyOffer
    return true;
  }
  // A well-formed candidate libnice cannot use (mDNS name, TCP) is not the client's error.
  if (!ice_->AddRemoteCandidate(canonical)) {
    common::log::Debug(kLog, "ignoring unusable remote candidate: ", canonical);
  }
  return true;
}

void PeerConnection::SetRemoteGatheringDone() {
  remote_gathering_done_ = true;
  if (negotiation_) ice_->SetRemoteGatheringDone();
}

bool PeerConnection::SendRtp(const uint8_t* data, size_t len) {
  return ProtectAndSend(data, len, /*rtcp=*/false);
}

bool PeerConnection::SendRtcp(const uint8_t* data, size_t len) {
  return ProtectAndSend(data, len, /*rtcp=*/true);
}

bool PeerConnection::ProtectAndSend(const uint8_t* data, size_t len, bool rtcp) {
  // Room for the largest SRTCP trailer (index + GCM tag) behind the packet.
  constexpr size_t kSrtpHeadroom = 64;
  if (!srtp_out_ || len + kSrtpHeadroom > send_buffer_.size()) return false;
  std::copy(data, data + len, send_buffer_.begin());
  size_t out_len = len;
  bool protected_ok = rtcp ? srtp_out_->ProtectRtcp(send_buffer_.data(), &out_len, send_buffer_.size())
                           : srtp_out_->ProtectRtp(send_buffer_.data(), &out_len, send_buffer_.size());
  if (!protected_ok) {
    Drop(DropReason::kSrtpProtect);
    return false;
  }
  if (!ice_->Send(send_buffer_.data(), out_len)) {
    Drop(DropReason::kSendFailed);
    return false;
  }
  metrics_.packets_out_total.Inc();
  metrics_.bytes_out_total.Inc(out_len);
  return true;
}

void PeerConnection::OnIceAgentLocalCandidate(ice::IceAgent*, const std::string& candidate) {
  if (offer_) local_candidates_.push_back(candidate);
  listener_.OnPeerConnectionLocalCandidate(this, candidate);
}

void PeerConnection::OnIceAgentGatheringDone(ice::IceAgent*) {
  local_gathering_done_ = true;
  listener_.OnPeerConnectionLocalCandidate(this, "");
}

void PeerConnection::OnIceAgentStateChanged(ice::IceAgent*, ice::IceState state) {
  if (state == ice::IceState::kFailed) {
    Fail("ICE connectivity checks failed");
    return;
  }
  if (state == ice::IceState::kConnected && !dtls_started_ && negotiation_) {
    // DTLS starts once a pair is usable: as client our ClientHello needs a path to travel.
    dtls_started_ = true;
    ice_setup_time_ = SinceOffer();
    dtls_->Start(negotiation_->local_dtls_role == negotiation::DtlsRole::kClient
                     ? dtls::DtlsTransport::Role::kClient
                     : dtls::DtlsTransport::Role::kServer,
                 negotiation_->remote_fingerprint_algorithm, negotiation_->remote_fingerprint);
    ScheduleDtlsTimeout();
  }
}

void PeerConnection::OnIceAgentData(ice::IceAgent*, uint8_t* data, size_t len) {
  metrics_.packets_in_total.Inc();
  metrics_.bytes_in_total.Inc(len);
  switch (PacketClassifier::Classify(data, len)) {
    case PacketKind::kDtls:
      dtls_->ReceiveData(data, len);
      ScheduleDtlsTimeout();
      return;
    case PacketKind::kRtp:
      HandleSrtp(data, len, /*rtcp=*/false);
      return;
    case PacketKind::kRtcp:
      HandleSrtp(data, len, /*rtcp=*/true);
      return;
    default:
      Drop(DropReason::kNotRtp);
      static common::log::RateLimitedLog limited(std::chrono::seconds(5));
      limited.Warn(kLog, "dropped a datagram that is neither DTLS nor RTP/RTCP (", len, " bytes)");
      return;
  }
}

void PeerConnection::HandleSrtp(uint8_t* data, size_t len, bool rtcp) {
  if (!srtp_in_) {
    Drop(DropReason::kSrtpNotReady);
    return;
  }
  size_t plain_len = len;
  if (rtcp) {
    if (!srtp_in_->UnprotectRtcp(data, &plain_len)) {
      Drop(DropReason::kSrtpAuth);
      return;
    }
    listener_.OnPeerConnectionRtcp(this, data, plain_len);
    return;
  }
  if (!srtp_in_->UnprotectRtp(data, &plain_len)) {
    Drop(DropReason::kSrtpAuth);
    return;
  }
  if (!common::rtp::RtpPacketView::Parse(data, plain_len)) {
    Drop(DropReason::kRtpParse);
    return;
  }
  listener_.OnPeerConnectionRtp(this, data, plain_len);
}

void PeerConnection::OnDtlsTransportSendData(dtls::DtlsTransport*, const uint8_t* data, size_t len) {
  ice_->Send(data, len);
}

void PeerConnection::OnDtlsTransportConnected(dtls::DtlsTransport*,
                                              const dtls::SrtpKeyMaterial& keys) {
  try {
    srtp_in_ = std::make_unique<srtp::SrtpSession>(srtp::SrtpSession::Direction::kInbound, keys.profile,
                                                   keys.remote_key_salt);
    srtp_out_ = std::make_unique<srtp::SrtpSession>(srtp::SrtpSession::Direction::kOutbound, keys.profile,
                                                    keys.local_key_salt);
  } catch (const std::exception& e) {
    Fail(std::string("SRTP: ") + e.what());
    return;
  }
  metrics_.dtls_handshakes_ok.Inc();
  connect_timer_.Cancel();
  dtls_timer_.Cancel();
  media_setup_time_ = SinceOffer();
  listener_.OnPeerConnectionConnected(this);
}

void PeerConnection::OnDtlsTransportFailed(dtls::DtlsTransport*, const std::string& reason) {
  metrics_.dtls_handshakes_failed.Inc();
  Fail("DTLS: " + reason);
}

void PeerConnection::OnDtlsTransportClosed(dtls::DtlsTransport*) { Fail("DTLS: closed by peer"); }

void PeerConnection::ScheduleDtlsTimeout() {
  if (connected() || failed_) return;
  auto wait = dtls_->TimeUntilTimeout();
  if (!wait) return;
  dtls_timer_.StartOnce(static_cast<unsigned>(wait->count()), [this] {
    dtls_->HandleTimeout();
    ScheduleDtlsTimeout();
  });
}

std::chrono::milliseconds PeerConnection::SinceOffer() const {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                               offer_time_);
}

void PeerConnection::Drop(metrics::DropReason reason) {
  metrics_.PacketsDropped(reason).Inc();
}

void PeerConnection::Fail(const std::string& reason) {
  if (failed_) return;
  failed_ = true;
  dtls_timer_.Cancel();
  connect_timer_.Cancel();
  srtp_in_.reset();
  srtp_out_.reset();
  listener_.OnPeerConnectionFailed(this, reason);
}

}  // namespace vc::mcu::webrtc
