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
      local.cname.empty() || local.address.empty() || offer.mid.empty()) {
    throw std::invalid_argument(
        "OfferParameters: ICE credentials, fingerprint, cname, address and mid are required");
  }
  if (offer.opus_payload_type < 96 || offer.opus_payload_type > 127 ||
      offer.audio_level_ext_id < 1 || offer.audio_level_ext_id > 14) {
    throw std::invalid_argument("OfferParameters: dynamic payload type or extension id out of range");
  }
}

const MediaDescription& FindAnsweredAudio(const SessionDescription& answer,
                                          const OfferParameters& offer) {
  const MediaDescription* media = answer.FindMedia(offer.mid);
  // An answer has our m-lines in our order; a mid-less answer is matched by position.
  if (media == nullptr && !answer.media.empty() && answer.media.front().mid.empty()) {
    media = &answer.media.front();
  }
  if (media == nullptr) throw NegotiationError("answer lacks the audio m-line (mid " + offer.mid + ")");
  if (media->kind != "audio") throw NegotiationError("answer's m-line " + offer.mid + " is not audio");
  if (media->port == 0 && !media->bundle_only) throw NegotiationError("answer rejected the audio m-line");
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

NegotiatedMedia ReadAudio(const MediaDescription& answered, const OfferParameters& offer) {
  if (!answered.rtcp_mux) throw NegotiationError("answer lacks a=rtcp-mux");
  NegotiatedMedia media;
  media.mid = offer.mid;
  media.kind = MediaKind::kAudio;
  // The answer's direction is the answerer's: recvonly there means only we send.
  media.direction = AnswerDirection(answered.direction);
  const auto types = answered.PayloadTypes();
  if (types.empty() || types.front() != offer.opus_payload_type) {
    throw NegotiationError("answer did not choose the offered opus payload type " +
                           std::to_string(offer.opus_payload_type));
  }
  media.payload_type = offer.opus_payload_type;
  if (const auto* extmap = answered.FindExtMap(common::rtp::AudioLevelExtension::kUri);
      extmap != nullptr && extmap->id >= 1 && extmap->id <= 14) {
    media.audio_level_ext_id = static_cast<uint8_t>(extmap->id);
  }
  for (const auto& attribute : answered.ssrcs) {
    bool known = false;
    for (uint32_t ssrc : media.remote_ssrcs) known = known || ssrc == attribute.ssrc;
    if (!known) media.remote_ssrcs.push_back(attribute.ssrc);
  }
  media.local_ssrc = offer.local.audio_ssrc;
  return media;
}

}  // namespace

std::string BuildAudioOffer(const OfferParameters& offer) {
  CheckOfferParameters(offer);
  const LocalParameters& local = offer.local;
  SessionDescription sdp;
  sdp.origin = common::sdp::Origin{"vc-load", std::to_string(local.audio_ssrc), "1", "IN",
                                   AddressType(local.address), local.address};
  sdp.groups.push_back(common::sdp::Group{"BUNDLE", {offer.mid}});
  sdp.msid_semantic = " WMS";

  MediaDescription audio;
  audio.kind = "audio";
  audio.port = kDiscardPort;
  audio.protocol = kProtocol;
  audio.formats = {std::to_string(offer.opus_payload_type)};
  audio.connection_address = local.address;
  audio.mid = offer.mid;
  audio.direction = Direction::kSendRecv;
  audio.rtcp_mux = true;
  audio.ice_ufrag = local.ice_ufrag;
  audio.ice_pwd = local.ice_pwd;
  audio.ice_options = {"trickle"};
  audio.fingerprints = {common::sdp::Fingerprint{kFingerprintAlgorithm, local.fingerprint_sha256}};
  audio.setup = SetupRole::kActpass;
  audio.extmaps.push_back(common::sdp::ExtMap{offer.audio_level_ext_id, std::nullopt,
                                              common::rtp::AudioLevelExtension::kUri, {}});
  audio.rtpmaps.push_back(common::sdp::RtpMap{offer.opus_payload_type, "opus", 48000, 2});
  audio.fmtps.push_back(common::sdp::Fmtp{offer.opus_payload_type, kAudioFmtp});
  audio.msids.push_back(common::sdp::Msid{local.cname, local.cname + "-audio"});
  audio.ssrcs.push_back(common::sdp::SsrcAttribute{local.audio_ssrc, "cname", local.cname});
  for (const auto& text : offer.candidates) {
    auto candidate = common::sdp::ParseIceCandidate(text);
    if (!candidate) throw std::invalid_argument("OfferParameters: bad candidate " + text);
    audio.candidates.push_back(std::move(*candidate));
  }
  audio.end_of_candidates = offer.end_of_candidates;
  sdp.media.push_back(std::move(audio));
  return common::sdp::WriteSdp(sdp);
}

Negotiation ApplyAnswer(std::string_view answer_sdp, const OfferParameters& offer) {
  SessionDescription answer;
  try {
    answer = common::sdp::ParseSdp(answer_sdp);
  } catch (const common::sdp::SdpError& e) {
    throw NegotiationError(std::string("invalid SDP: ") + e.what());
  }
  const MediaDescription& audio = FindAnsweredAudio(answer, offer);
  Negotiation out;
  if (audio.ice_ufrag.empty()) throw NegotiationError("answer lacks a=ice-ufrag");
  if (audio.ice_pwd.empty()) throw NegotiationError("answer lacks a=ice-pwd");
  const auto* fingerprint = audio.FindFingerprint(kFingerprintAlgorithm);
  if (fingerprint == nullptr) throw NegotiationError("answer lacks a=fingerprint:sha-256");
  out.remote_ice_ufrag = audio.ice_ufrag;
  out.remote_ice_pwd = audio.ice_pwd;
  out.remote_fingerprint_algorithm = fingerprint->algorithm;
  out.remote_fingerprint = fingerprint->value;
  out.local_dtls_role = LocalRoleFor(audio.setup);
  out.media.push_back(ReadAudio(audio, offer));
  for (const auto& candidate : audio.candidates) {
    if (candidate.component == 1) out.remote_candidates.push_back(common::sdp::WriteIceCandidate(candidate));
  }
  out.remote_end_of_candidates = audio.end_of_candidates;
  return out;
}

}  // namespace vc::mcu::negotiation
