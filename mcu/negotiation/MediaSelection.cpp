#include "mcu/negotiation/MediaSelection.hpp"

#include <algorithm>

#include "common/rtp/AbsSendTimeExtension.hpp"
#include "common/rtp/AudioLevelExtension.hpp"
#include "common/rtp/TransportSequenceNumberExtension.hpp"

namespace vc::mcu::negotiation {
namespace {

using common::sdp::MediaDescription;

std::optional<uint8_t> ExtensionId(const MediaDescription& offered, const char* uri) {
  const auto* extmap = offered.FindExtMap(uri);
  // One- and two-byte header ids only (RFC 8285): 1-14 and 16-255; ids we cannot put in a
  // uint8_t do not occur because the parser caps them at 255.
  if (extmap == nullptr || extmap->id == 15) return std::nullopt;
  return static_cast<uint8_t>(extmap->id);
}

// Primary SSRCs in announcement order and the RTX SSRC of the first FID group.
void CollectRemoteSsrcs(const MediaDescription& offered, NegotiatedMedia& media) {
  std::vector<uint32_t> repair;
  for (const auto& group : offered.ssrc_groups) {
    if (group.semantics != "FID" || group.ssrcs.size() < 2) continue;
    repair.push_back(group.ssrcs[1]);
    if (!media.remote_rtx_ssrc && media.rtx_payload_type) media.remote_rtx_ssrc = group.ssrcs[1];
  }
  for (const auto& attribute : offered.ssrcs) {
    uint32_t ssrc = attribute.ssrc;
    if (std::find(repair.begin(), repair.end(), ssrc) != repair.end()) continue;
    if (std::find(media.remote_ssrcs.begin(), media.remote_ssrcs.end(), ssrc) !=
        media.remote_ssrcs.end()) {
      continue;
    }
    media.remote_ssrcs.push_back(ssrc);
  }
}

}  // namespace

bool IsDtlsSrtpProtocol(std::string_view protocol) {
  return protocol == "UDP/TLS/RTP/SAVPF" || protocol == "TCP/DTLS/RTP/SAVPF" ||
         protocol == "RTP/SAVPF";
}

Direction AnswerDirection(Direction offered) {
  switch (offered) {
    case Direction::kSendOnly:
      return Direction::kRecvOnly;
    case Direction::kRecvOnly:
      return Direction::kSendOnly;
    default:
      return offered;
  }
}

bool IsMarkedAsContent(const MediaDescription& offered) {
  for (const auto& attribute : offered.other_attributes) {
    if (attribute.name != "content") continue;
    // a=content:slides,main: a comma-separated list (RFC 4796 §5).
    std::string_view values = attribute.value;
    while (!values.empty()) {
      const size_t comma = values.find(',');
      if (values.substr(0, comma) == "slides") return true;
      if (comma == std::string_view::npos) break;
      values.remove_prefix(comma + 1);
    }
  }
  return false;
}

NegotiatedMedia SelectMedia(const MediaDescription& offered, MediaKind kind,
                            const LocalParameters& local, bool content) {
  const std::string where = offered.kind + " m-line (mid " + offered.mid + ")";
  if (!offered.rtcp_mux) throw NegotiationError(where + " lacks a=rtcp-mux");

  NegotiatedMedia media;
  media.mid = offered.mid;
  media.kind = kind;
  media.direction = AnswerDirection(offered.direction);
  if (kind == MediaKind::kAudio) {
    auto opus = offered.FindCodec("opus", 48000, 2);
    if (!opus) throw NegotiationError(where + " offers no opus/48000/2 codec");
    media.payload_type = *opus;
    media.local_ssrc = local.audio_ssrc;
    media.audio_level_ext_id = ExtensionId(offered, common::rtp::AudioLevelExtension::kUri);
  } else {
    auto vp8 = offered.FindCodec("VP8", 90000);
    if (!vp8) throw NegotiationError(where + " offers no VP8/90000 codec");
    media.payload_type = *vp8;
    media.rtx_payload_type = offered.FindRtxFor(*vp8);
    if (content) {
      media.content = true;
      const bool client_sends = offered.direction == Direction::kSendRecv ||
                                offered.direction == Direction::kSendOnly;
      media.direction = client_sends ? Direction::kRecvOnly : Direction::kInactive;
    } else {
      media.local_ssrc = local.video_ssrc;
      if (media.rtx_payload_type) media.local_rtx_ssrc = local.video_rtx_ssrc;
    }
  }
  media.transport_cc_ext_id =
      ExtensionId(offered, common::rtp::TransportSequenceNumberExtension::kUri);
  media.abs_send_time_ext_id = ExtensionId(offered, common::rtp::AbsSendTimeExtension::kUri);
  CollectRemoteSsrcs(offered, media);
  return media;
}

}  // namespace vc::mcu::negotiation
