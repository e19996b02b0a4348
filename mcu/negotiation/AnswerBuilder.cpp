#include "mcu/negotiation/AnswerBuilder.hpp"

#include <limits>

#include "common/rtp/AbsSendTimeExtension.hpp"
#include "common/rtp/AudioLevelExtension.hpp"
#include "common/rtp/TransportSequenceNumberExtension.hpp"
#include "common/sdp/SdpWriter.hpp"
#include "mcu/negotiation/MediaSelection.hpp"

namespace vc::mcu::negotiation {
namespace {

using common::sdp::MediaDescription;
using common::sdp::RtcpFeedback;

constexpr uint16_t kDiscardPort = 9;  // RFC 8839: ICE decides the real address and port
constexpr const char* kAudioFmtp = "minptime=10;useinbandfec=1";

// Feedback we use for each codec, in Chromium's order; an answer only keeps what was offered
// (RFC 4585 §4.2: the answerer must not add feedback types).
struct FeedbackType {
  const char* type;
  const char* subtype;
};
constexpr FeedbackType kAudioFeedback[] = {{"transport-cc", ""}};
constexpr FeedbackType kVideoFeedback[] = {
    {"goog-remb", ""}, {"transport-cc", ""}, {"ccm", "fir"}, {"nack", ""}, {"nack", "pli"}};

bool Sends(Direction direction) {
  return direction == Direction::kSendRecv || direction == Direction::kSendOnly;
}

std::string AddressType(const std::string& address) {
  return address.find(':') != std::string::npos ? "IP6" : "IP4";
}

void AddFeedback(const MediaDescription& offered, uint8_t pt, const FeedbackType* begin,
                 const FeedbackType* end, MediaDescription& answer) {
  for (const auto* fb = begin; fb != end; ++fb) {
    if (offered.HasRtcpFeedback(pt, fb->type, fb->subtype)) {
      answer.rtcp_feedback.push_back(RtcpFeedback{pt, fb->type, fb->subtype});
    }
  }
}

void AddExtensions(const MediaDescription& offered, MediaDescription& answer) {
  // In the offer's order and with its ids; a direction the offer gave is mirrored (RFC 8285 §7).
  for (const auto& extmap : offered.extmaps) {
    std::string_view uri = extmap.uri;
    bool ours = uri == common::rtp::TransportSequenceNumberExtension::kUri ||
                uri == common::rtp::AbsSendTimeExtension::kUri ||
                (offered.kind == "audio" && uri == common::rtp::AudioLevelExtension::kUri);
    if (!ours) continue;
    std::optional<Direction> direction;
    if (extmap.direction) direction = AnswerDirection(*extmap.direction);
    answer.extmaps.push_back(common::sdp::ExtMap{extmap.id, direction, extmap.uri, {}});
  }
}

void AddLocalSsrcs(const NegotiatedMedia& media, const LocalParameters& local,
                   MediaDescription& answer) {
  const char* track = media.kind == MediaKind::kAudio ? kLocalAudioTrackId : kLocalVideoTrackId;
  answer.msids.push_back(common::sdp::Msid{kLocalStreamId, track});
  std::vector<uint32_t> ssrcs{media.local_ssrc};
  if (media.local_rtx_ssrc) {
    ssrcs.push_back(*media.local_rtx_ssrc);
    answer.ssrc_groups.push_back(common::sdp::SsrcGroup{"FID", ssrcs});
  }
  for (uint32_t ssrc : ssrcs) {
    answer.ssrcs.push_back(common::sdp::SsrcAttribute{ssrc, "cname", local.cname});
    answer.ssrcs.push_back(
        common::sdp::SsrcAttribute{ssrc, "msid", std::string(kLocalStreamId) + " " + track});
  }
}

MediaDescription AcceptedSection(const MediaDescription& offered, const NegotiatedMedia& media,
                                 DtlsRole local_role, const LocalParameters& local) {
  MediaDescription answer;
  answer.kind = offered.kind;
  answer.port = kDiscardPort;
  answer.protocol = offered.protocol;
  answer.connection_address = local.address;
  answer.ice_ufrag = local.ice_ufrag;
  answer.ice_pwd = local.ice_pwd;
  answer.ice_options = {"trickle"};
  answer.fingerprints = {common::sdp::Fingerprint{"sha-256", local.fingerprint_sha256}};
  answer.setup = local_role == DtlsRole::kServer ? common::sdp::SetupRole::kPassive
                                                 : common::sdp::SetupRole::kActive;
  answer.mid = media.mid;
  answer.direction = media.direction;
  answer.rtcp_mux = true;
  answer.rtcp_rsize = offered.rtcp_rsize;
  AddExtensions(offered, answer);

  const uint8_t pt = media.payload_type;
  const common::sdp::RtpMap* offered_map = offered.FindRtpMap(pt);
  answer.formats.push_back(std::to_string(pt));
  answer.rtpmaps.push_back(*offered_map);  // the offer's spelling ("opus" or "OPUS")
  if (media.kind == MediaKind::kAudio) {
    AddFeedback(offered, pt, std::begin(kAudioFeedback), std::end(kAudioFeedback), answer);
    answer.fmtps.push_back(common::sdp::Fmtp{pt, kAudioFmtp});
  } else {
    AddFeedback(offered, pt, std::begin(kVideoFeedback), std::end(kVideoFeedback), answer);
    if (media.rtx_payload_type) {
      const uint8_t rtx = *media.rtx_payload_type;
      answer.formats.push_back(std::to_string(rtx));
      answer.rtpmaps.push_back(common::sdp::RtpMap{rtx, "rtx", 90000, std::nullopt});
      answer.fmtps.push_back(common::sdp::Fmtp{rtx, "apt=" + std::to_string(pt)});
    }
  }
  if (media.content && IsMarkedAsContent(offered)) {
    answer.other_attributes.push_back(common::sdp::Attribute{"content", "slides"});
  }
  if (Sends(media.direction) && media.local_ssrc != 0) AddLocalSsrcs(media, local, answer);
  return answer;
}

// Rejected sections carry our transport too: webrtcbin 1.22 refuses an answer in which any
// section lacks ICE credentials, a fingerprint or a=setup ("No fingerprint lines in sdp for
// media N"); RFC 8843 allows them there.
MediaDescription RejectedSection(const MediaDescription& offered, DtlsRole local_role,
                                 const LocalParameters& local) {
  MediaDescription answer;
  answer.ice_ufrag = local.ice_ufrag;
  answer.ice_pwd = local.ice_pwd;
  answer.fingerprints = {common::sdp::Fingerprint{"sha-256", local.fingerprint_sha256}};
  answer.setup = local_role == DtlsRole::kServer ? common::sdp::SetupRole::kPassive
                                                 : common::sdp::SetupRole::kActive;
  answer.kind = offered.kind;
  answer.port = 0;
  answer.protocol = offered.protocol;
  answer.formats = offered.formats;
  answer.connection_address = local.address;
  answer.mid = offered.mid;
  answer.direction = Direction::kInactive;
  return answer;
}

const NegotiatedMedia* FindAccepted(const std::vector<NegotiatedMedia>& accepted,
                                    const std::string& mid) {
  for (const auto& media : accepted) {
    if (!mid.empty() && media.mid == mid) return &media;
  }
  return nullptr;
}

}  // namespace

std::string BuildAnswer(const common::sdp::SessionDescription& offer,
                        const std::vector<NegotiatedMedia>& accepted, DtlsRole local_role,
                        const LocalParameters& local) {
  common::sdp::SessionDescription answer;
  // Any number works as session id (RFC 8866 §5.2); ours is stable for one set of SSRCs.
  uint64_t session_id = ((uint64_t{local.audio_ssrc} << 32) | local.video_ssrc) &
                        static_cast<uint64_t>(std::numeric_limits<int64_t>::max());
  answer.origin = common::sdp::Origin{"vc-mcu", std::to_string(session_id), "1",
                                      "IN",     AddressType(local.address), local.address};
  common::sdp::Group bundle{"BUNDLE", {}};
  for (const auto& media : accepted) bundle.mids.push_back(media.mid);
  answer.groups.push_back(std::move(bundle));
  for (const auto& offered : offer.media) {
    const NegotiatedMedia* media = FindAccepted(accepted, offered.mid);
    answer.media.push_back(media != nullptr ? AcceptedSection(offered, *media, local_role, local)
                                            : RejectedSection(offered, local_role, local));
  }
  return common::sdp::WriteSdp(answer);
}

}  // namespace vc::mcu::negotiation
