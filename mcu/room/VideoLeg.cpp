#include "mcu/room/VideoLeg.hpp"

#include <sstream>

#include "common/rtcp/CommonHeader.hpp"
#include "common/rtcp/CompoundPacketReader.hpp"
#include "common/rtcp/Fir.hpp"
#include "common/rtcp/Nack.hpp"
#include "common/rtcp/Pli.hpp"
#include "common/rtcp/ReceiverReport.hpp"
#include "common/rtcp/Remb.hpp"
#include "common/rtcp/SenderReport.hpp"
#include "common/rtp/RtpPacketView.hpp"
#include "common/util/ByteOrder.hpp"

namespace vc::mcu::room {
namespace {
constexpr uint8_t kSenderReportType = 200;
constexpr uint8_t kReceiverReportType = 201;
constexpr uint8_t kRtpFeedback = 205;
constexpr uint8_t kPayloadFeedback = 206;
constexpr uint8_t kNackFormat = 1;
constexpr uint8_t kPliFormat = 1;
constexpr uint8_t kFirFormat = 4;
constexpr uint8_t kAfbFormat = 15;
constexpr size_t kEmptyReceiverReport = 8;
constexpr size_t kRtxHeader = 2;  // the original sequence number

// The answer's "a=rtcp-fb:PT TYPE[ SUBTYPE]" lines for `pt`, as "TYPE" / "TYPE SUBTYPE".
std::vector<std::string> FeedbackInAnswer(const std::string& sdp, uint8_t pt) {
  std::vector<std::string> found;
  const std::string key = "a=rtcp-fb:" + std::to_string(pt) + " ";
  std::istringstream lines(sdp);
  std::string line;
  while (std::getline(lines, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.rfind(key, 0) == 0) found.push_back(line.substr(key.size()));
  }
  return found;
}

}  // namespace

std::optional<VideoLeg> VideoLeg::FromNegotiation(const negotiation::Negotiation& negotiation) {
  for (const auto& media : negotiation.media) {
    // The first video section that is not content is the camera.
    if (media.kind == negotiation::MediaKind::kVideo && !media.content) {
      return FromMedia(negotiation, media, media.local_ssrc);
    }
  }
  return std::nullopt;
}

std::optional<VideoLeg> VideoLeg::FromContent(const negotiation::Negotiation& negotiation) {
  const auto* content = negotiation.Content();
  if (content == nullptr) return std::nullopt;
  // The content section has no SSRC of ours: our RTCP about it is sent as the camera leg's SSRC.
  uint32_t local_ssrc = content->local_ssrc;
  for (const auto& media : negotiation.media) {
    if (local_ssrc == 0 && media.kind == negotiation::MediaKind::kVideo && !media.content) {
      local_ssrc = media.local_ssrc;
    }
  }
  return FromMedia(negotiation, *content, local_ssrc);
}

VideoLeg VideoLeg::FromMedia(const negotiation::Negotiation& negotiation,
                             const negotiation::NegotiatedMedia& media, uint32_t local_ssrc) {
  VideoLeg leg;
  leg.payload_type_ = media.payload_type;
  leg.rtx_payload_type_ = media.rtx_payload_type;
  leg.local_ssrc_ = local_ssrc;
  leg.local_rtx_ssrc_ = media.local_rtx_ssrc;
  if (!media.remote_ssrcs.empty()) leg.remote_ssrc_ = media.remote_ssrcs.front();
  leg.remote_rtx_ssrc_ = media.remote_rtx_ssrc;
  if (auto cname = negotiation.AnswerCname(media.local_ssrc)) leg.cname_ = *cname;
  leg.sends_ = media.direction == negotiation::Direction::kSendRecv ||
               media.direction == negotiation::Direction::kRecvOnly;
  leg.receives_ = media.direction == negotiation::Direction::kSendRecv ||
                  media.direction == negotiation::Direction::kSendOnly;
  for (const auto& fb : FeedbackInAnswer(negotiation.answer_sdp, media.payload_type)) {
    leg.nack_ = leg.nack_ || fb == "nack";
    leg.pli_ = leg.pli_ || fb == "nack pli";
    leg.fir_ = leg.fir_ || fb == "ccm fir";
  }
  return leg;
}

std::optional<VideoLeg::Incoming> VideoLeg::ParseIncoming(std::span<const uint8_t> rtp) {
  if (!sends_) return std::nullopt;
  auto view = common::rtp::RtpPacketView::Parse(rtp);
  if (!view) return std::nullopt;
  Incoming packet;
  packet.timestamp = view->Timestamp();
  packet.marker = view->Marker();
  if (view->PayloadType() == payload_type_) {
    if (remote_ssrc_ && view->Ssrc() != *remote_ssrc_) return std::nullopt;  // a second stream
    if (!remote_ssrc_) remote_ssrc_ = view->Ssrc();
    if (view->PayloadSize() == 0) return std::nullopt;
    packet.sequence = view->SequenceNumber();
    packet.payload = view->Payload();
    return packet;
  }
  if (rtx_payload_type_ && view->PayloadType() == *rtx_payload_type_) {
    if (remote_rtx_ssrc_ && view->Ssrc() != *remote_rtx_ssrc_) return std::nullopt;
    // An RTX payload of two bytes only is padding (bandwidth probing), not a retransmission.
    if (view->PayloadSize() <= kRtxHeader) return std::nullopt;
    auto payload = view->Payload();
    packet.sequence = common::util::ReadU16(payload.data());
    packet.payload = payload.subspan(kRtxHeader);
    packet.retransmission = true;
    return packet;
  }
  return std::nullopt;
}

size_t VideoLeg::WriteEmptyReceiverReport(std::span<uint8_t> out) const {
  if (out.size() < kEmptyReceiverReport) return 0;
  if (!common::rtcp::CommonHeader::Write(out, 0, kReceiverReportType, kEmptyReceiverReport)) {
    return 0;
  }
  common::util::WriteU32(out.data() + 4, local_ssrc_);
  return kEmptyReceiverReport;
}

size_t VideoLeg::WriteNack(std::span<uint8_t> out, std::span<const uint16_t> lost) const {
  if (!nack_ || !remote_ssrc_ || lost.empty()) return 0;
  size_t used = WriteEmptyReceiverReport(out);
  if (used == 0) return 0;
  size_t nack = common::rtcp::Nack::Write(out.subspan(used), local_ssrc_, *remote_ssrc_, lost);
  return nack == 0 ? 0 : used + nack;
}

size_t VideoLeg::WriteKeyframeRequest(std::span<uint8_t> out) {
  if (!remote_ssrc_ || (!pli_ && !fir_)) return 0;
  size_t used = WriteEmptyReceiverReport(out);
  if (used == 0) return 0;
  size_t request = 0;
  if (pli_) {
    request = common::rtcp::Pli::Write(out.subspan(used), local_ssrc_, *remote_ssrc_);
  } else {
    common::rtcp::FirEntry entry{*remote_ssrc_, fir_sequence_++};
    request = common::rtcp::Fir::Write(out.subspan(used), local_ssrc_,
                                       std::span<const common::rtcp::FirEntry>(&entry, 1));
  }
  return request == 0 ? 0 : used + request;
}

VideoLeg::Feedback VideoLeg::ParseFeedback(std::span<const uint8_t> rtcp) {
  Feedback feedback;
  const auto ours = [this](uint32_t ssrc) {
    return ssrc == local_ssrc_ || (local_rtx_ssrc_ && ssrc == *local_rtx_ssrc_);
  };
  common::rtcp::CompoundPacketReader reader(rtcp);
  while (auto header = reader.Next()) {
    const uint8_t type = header->PacketType();
    const uint8_t format = header->CountOrFormat();
    if (type == kReceiverReportType || type == kSenderReportType) {
      common::rtcp::ReportBlockList blocks;
      if (type == kReceiverReportType) {
        if (auto rr = common::rtcp::ReceiverReport::Parse(*header)) blocks = rr->ReportBlocks();
      } else if (auto sr = common::rtcp::SenderReport::Parse(*header)) {
        blocks = sr->ReportBlocks();
      }
      for (size_t i = 0; i < blocks.size(); ++i) {
        if (blocks[i].source_ssrc == local_ssrc_) feedback.loss = blocks[i].fraction_lost / 256.0;
      }
    } else if (type == kRtpFeedback && format == kNackFormat) {
      if (auto nack = common::rtcp::Nack::Parse(*header); nack && nack->MediaSsrc() == local_ssrc_) {
        nack->ForEachLost([&](uint16_t seq) { feedback.nacked.push_back(seq); });
      }
    } else if (type == kPayloadFeedback && format == kPliFormat) {
      if (auto pli = common::rtcp::Pli::Parse(*header); pli && ours(pli->MediaSsrc())) {
        feedback.keyframe_request = true;
      }
    } else if (type == kPayloadFeedback && format == kFirFormat) {
      if (auto fir = common::rtcp::Fir::Parse(*header)) {
        for (size_t i = 0; i < fir->EntryCount(); ++i) {
          auto entry = fir->Entry(i);
          if (!ours(entry.ssrc)) continue;
          // A repeated FIR number is the same request sent again (RFC 5104 §4.3.1.2).
          if (last_fir_seen_ != entry.sequence_number) feedback.keyframe_request = true;
          last_fir_seen_ = entry.sequence_number;
        }
      }
    } else if (type == kPayloadFeedback && format == kAfbFormat) {
      if (auto remb = common::rtcp::Remb::Parse(*header)) {
        bool applies = remb->SsrcCount() == 0;
        for (size_t i = 0; i < remb->SsrcCount(); ++i) applies = applies || ours(remb->Ssrc(i));
        if (applies) feedback.remb_bps = remb->BitrateBps();
      }
    }
  }
  return feedback;
}

}  // namespace vc::mcu::room
