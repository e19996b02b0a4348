#include "mcu/negotiation/OfferBuilder.hpp"

#include <stdexcept>

#include "common/rtp/AudioLevelExtension.hpp"
#include "common/sdp/SdpError.hpp"
#include "common/sdp/SdpParser.hpp"
#include "common/sdp/SdpWriter.hpp"
#include "mcu/negotiation/MediaSelection.hpp"

namespace vc::mcu::negotiation {
namespace {

using common::sdp::MediaDescription;
using common::sdp::SessionDescription;
using common::sdp::SetupRole;

constexpr uint16_t kDiscardPort = 9;  // RFC 8839: ICE decides the real address and port
constexpr const char* kProtocol = "UDP/TLS/RTP/SAVPF";
constexpr const char* kAudioFmtp = "minptime=10;useinbandfec=1";
constexpr const char* kFingerprintAlgorithm = "sha-256";

std::string AddressType(const std::string& address) {
  return address.find(':') != std::string::npos ? "IP6" : "IP4";
}

void CheckOfferParameters(const OfferParameters& offer) {
  const LocalParameters& local = offer.local;
  if (local.ice_ufrag.empty() || local.ice_pwd.empty() || local.fingerprint_sha256.empty() ||
      local.cname.empty() || local.address.empty() || offer.mid.empty() ||
      (offer.media.video && offer.video_mid.empty())) {
    throw std::invalid_argument(
        "OfferParameters: ICE credentials, fingerprint, cname, address and mid are required");
  }
  if (!offer.media.audio && !offer.media.video) {
    throw std::invalid_argument("OfferParameters: an offer needs an audio or a video m-line");
  }
  if (offer.media.audio && offer.media.video && offer.mid == offer.video_mid) {
    throw std::invalid_argument("OfferParameters: audio and video need different mids");
  }
  if (offer.opus_payload_type < 96 || offer.opus_payload_type > 127 ||
      offer.vp8_payload_type < 96 || offer.vp8_payload_type > 127 ||
      (offer.media.audio && offer.media.video && offer.opus_payload_type == offer.vp8_payload_type) ||
      offer.audio_level_ext_id < 1 || offer.audio_level_ext_id > 14) {
    throw std::invalid_argument("OfferParameters: dynamic payload type or extension id out of range");
  }
}

const MediaDescription& FindAnswered(const SessionDescription& answer, const std::string& mid,
                                     const std::string& kind, size_t position) {
  const MediaDescription* media = answer.FindMedia(mid);
  // An answer has our m-lines in our order; a mid-less answer is matched by position.
  if (media == nullptr && answer.media.size() > position && answer.media[position].mid.empty()) {
    media = &answer.media[position];
  }
  if (media == nullptr) throw NegotiationError("answer lacks the " + kind + " m-line (mid " + mid + ")");
  if (media->kind != kind) throw NegotiationError("answer's m-line " + mid + " is not " + kind);
  if (media->port == 0 && !media->bundle_only) throw NegotiationError("answer rejected the " + kind + " m-line");
  return *media;
}

DtlsRole LocalRoleFor(std::optional<SetupRole> answered) {
  // RFC 5763 §5: the answerer picks active or passive; without a=setup it is active.
  switch (answered.value_or(SetupRole::kActive)) {
    case SetupRole::kActive:
      return DtlsRole::kServer;
    case SetupRole::kPassive:
      return DtlsRole::kClient;
    case SetupRole::kActpass:
      throw NegotiationError("answer says a=setup:actpass (must be active or passive)");
    case SetupRole::kHoldconn:
      break;
  }
  throw NegotiationError("a=setup:holdconn is not supported");
}

void ReadSsrcs(const MediaDescription& answered, NegotiatedMedia& media) {
  for (const auto& attribute : answered.ssrcs) {
    bool known = false;
    for (uint32_t ssrc : media.remote_ssrcs) known = known || ssrc == attribute.ssrc;
    if (!known) media.remote_ssrcs.push_back(attribute.ssrc);
  }
}

// What every answered m-line must give back: rtcp-mux and our codec first; its direction.
NegotiatedMedia ReadAnsweredSection(const MediaDescription& answered, const std::string& mid,
                                    MediaKind kind, uint8_t payload_type, const char* codec) {
  if (!answered.rtcp_mux) throw NegotiationError("answer lacks a=rtcp-mux");
  NegotiatedMedia media;
  media.mid = mid;
  media.kind = kind;
  // The answer's direction is the answerer's: recvonly there means only we send.
  media.direction = AnswerDirection(answered.direction);
  const auto types = answered.PayloadTypes();
  if (types.empty() || types.front() != payload_type) {
    throw NegotiationError(std::string("answer did not choose the offered ") + codec +
                           " payload type " + std::to_string(payload_type));
  }
  media.payload_type = payload_type;
  return media;
}

NegotiatedMedia ReadAudio(const MediaDescription& answered, const OfferParameters& offer) {
  NegotiatedMedia media = ReadAnsweredSection(answered, offer.mid, MediaKind::kAudio,
                                              offer.opus_payload_type, "opus");
  if (const auto* extmap = answered.FindExtMap(common::rtp::AudioLevelExtension::kUri);
      extmap != nullptr && extmap->id >= 1 && extmap->id <= 14) {
    media.audio_level_ext_id = static_cast<uint8_t>(extmap->id);
  }
  ReadSsrcs(answered, media);
  media.local_ssrc = offer.local.audio_ssrc;
  return media;
}

NegotiatedMedia ReadVideo(const MediaDescription& answered, const OfferParameters& offer) {
  NegotiatedMedia media = ReadAnsweredSection(answered, offer.video_mid, MediaKind::kVideo,
                                              offer.vp8_payload_type, "VP8");
  ReadSsrcs(answered, media);
  media.local_ssrc = offer.local.video_ssrc;
  return media;
}

MediaDescription TransportSection(const OfferParameters& offer, const std::string& kind,
                                  const std::string& mid, Direction direction) {
  const LocalParameters& local = offer.local;
  MediaDescription m;
  m.kind = kind;
  m.port = kDiscardPort;
  m.protocol = kProtocol;
  m.connection_address = local.address;
  m.mid = mid;
  m.direction = direction;
  m.rtcp_mux = true;
  m.ice_ufrag = local.ice_ufrag;
  m.ice_pwd = local.ice_pwd;
  m.ice_options = {"trickle"};
  m.fingerprints = {common::sdp::Fingerprint{kFingerprintAlgorithm, local.fingerprint_sha256}};
  m.setup = SetupRole::kActpass;
  return m;
}

bool Sends(Direction direction) {
  return direction == Direction::kSendRecv || direction == Direction::kSendOnly;
}

}  // namespace

std::string BuildOffer(const OfferParameters& offer) {
  CheckOfferParameters(offer);
  const LocalParameters& local = offer.local;
  SessionDescription sdp;
  sdp.origin = common::sdp::Origin{"vc-load",
                                   std::to_string(offer.media.audio ? local.audio_ssrc : local.video_ssrc),
                                   "1", "IN", AddressType(local.address), local.address};
  common::sdp::Group bundle{"BUNDLE", {}};
  if (offer.media.audio) bundle.mids.push_back(offer.mid);
  if (offer.media.video) bundle.mids.push_back(offer.video_mid);
  sdp.groups.push_back(std::move(bundle));
  sdp.msid_semantic = " WMS";

  if (offer.media.audio) {
    MediaDescription audio = TransportSection(offer, "audio", offer.mid, offer.media.audio_direction);
    audio.formats = {std::to_string(offer.opus_payload_type)};
    audio.extmaps.push_back(common::sdp::ExtMap{offer.audio_level_ext_id, std::nullopt,
                                                common::rtp::AudioLevelExtension::kUri, {}});
    audio.rtpmaps.push_back(common::sdp::RtpMap{offer.opus_payload_type, "opus", 48000, 2});
    audio.fmtps.push_back(common::sdp::Fmtp{offer.opus_payload_type, kAudioFmtp});
    if (Sends(offer.media.audio_direction)) {
      audio.msids.push_back(common::sdp::Msid{local.cname, local.cname + "-audio"});
      audio.ssrcs.push_back(common::sdp::SsrcAttribute{local.audio_ssrc, "cname", local.cname});
    }
    sdp.media.push_back(std::move(audio));
  }
  if (offer.media.video) {
    MediaDescription video = TransportSection(offer, "video", offer.video_mid, offer.media.video_direction);
    const uint8_t pt = offer.vp8_payload_type;
    video.formats = {std::to_string(pt)};
    video.rtpmaps.push_back(common::sdp::RtpMap{pt, "VP8", 90000, std::nullopt});
    video.rtcp_feedback = {{pt, "nack", ""}, {pt, "nack", "pli"}, {pt, "ccm", "fir"}};
    if (Sends(offer.media.video_direction)) {
      video.msids.push_back(common::sdp::Msid{local.cname, local.cname + "-video"});
      video.ssrcs.push_back(common::sdp::SsrcAttribute{local.video_ssrc, "cname", local.cname});
    }
    sdp.media.push_back(std::move(video));
  }
  for (const auto& text : offer.candidates) {
    auto candidate = common::sdp::ParseIceCandidate(text);
    if (!candidate) throw std::invalid_argument("OfferParameters: bad candidate " + text);
    sdp.media.front().candidates.push_back(std::move(*candidate));
  }
  sdp.media.front().end_of_candidates = offer.end_of_candidates;
  return common::sdp::WriteSdp(sdp);
}

std::string BuildAudioOffer(const OfferParameters& offer) { return BuildOffer(offer); }

Negotiation ApplyAnswer(std::string_view answer_sdp, const OfferParameters& offer) {
  SessionDescription answer;
  try {
    answer = common::sdp::ParseSdp(answer_sdp);
  } catch (const common::sdp::SdpError& e) {
    throw NegotiationError(std::string("invalid SDP: ") + e.what());
  }
  const MediaDescription* audio =
      offer.media.audio ? &FindAnswered(answer, offer.mid, "audio", 0) : nullptr;
  const MediaDescription* video =
      offer.media.video ? &FindAnswered(answer, offer.video_mid, "video", audio ? 1 : 0) : nullptr;
  // BUNDLE: the first section's transport is everyone's.
  const MediaDescription& transport = audio ? *audio : *video;
  Negotiation out;
  if (transport.ice_ufrag.empty()) throw NegotiationError("answer lacks a=ice-ufrag");
  if (transport.ice_pwd.empty()) throw NegotiationError("answer lacks a=ice-pwd");
  const auto* fingerprint = transport.FindFingerprint(kFingerprintAlgorithm);
  if (fingerprint == nullptr) throw NegotiationError("answer lacks a=fingerprint:sha-256");
  out.remote_ice_ufrag = transport.ice_ufrag;
  out.remote_ice_pwd = transport.ice_pwd;
  out.remote_fingerprint_algorithm = fingerprint->algorithm;
  out.remote_fingerprint = fingerprint->value;
  out.local_dtls_role = LocalRoleFor(transport.setup);
  if (audio) out.media.push_back(ReadAudio(*audio, offer));
  if (video) out.media.push_back(ReadVideo(*video, offer));
  for (const auto& candidate : transport.candidates) {
    if (candidate.component == 1) out.remote_candidates.push_back(common::sdp::WriteIceCandidate(candidate));
  }
  out.remote_end_of_candidates = transport.end_of_candidates;
  return out;
}

}  // namespace vc::mcu::negotiation
