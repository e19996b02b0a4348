#include "mcu/room/UplinkRateControl.hpp"

#include <span>

#include "common/rtcp/CommonHeader.hpp"
#include "common/rtcp/Remb.hpp"
#include "common/rtp/RtpPacketView.hpp"
#include "common/util/ByteOrder.hpp"
#include "mcu/room/Participant.hpp"

namespace vc::mcu::room {
namespace {
constexpr uint8_t kReceiverReport = 201;
constexpr size_t kEmptyReceiverReport = 8;
}  // namespace

UplinkRateControl::UplinkRateControl(UplinkRateLimits limits, Now now)
    : limits_(limits), now_(std::move(now)) {}

size_t UplinkRateControl::WriteRemb(std::span<uint8_t> out, uint32_t sender_ssrc, int kbps,
                                    uint32_t media_ssrc) {
  // Not every client negotiates reduced-size RTCP: lead with an empty receiver report so the
  // datagram is a valid compound packet (RFC 3550 §6.1).
  if (out.size() < kEmptyReceiverReport ||
      !common::rtcp::CommonHeader::Write(out, 0, kReceiverReport, kEmptyReceiverReport)) {
    return 0;
  }
  common::util::WriteU32(out.data() + 4, sender_ssrc);
  const uint32_t ssrcs[] = {media_ssrc};
  const size_t remb = common::rtcp::Remb::Write(out.subspan(kEmptyReceiverReport), sender_ssrc,
                                                static_cast<uint64_t>(kbps) * 1000, ssrcs);
  return remb == 0 ? 0 : kEmptyReceiverReport + remb;
}

UplinkRateControl::Sender* UplinkRateControl::SenderOf(Participant& participant) {
  auto it = senders_.find(&participant);
  if (it == senders_.end()) it = senders_.emplace(&participant, Sender(limits_)).first;
  Sender& sender = it->second;
  if (!sender.video_payload_type) {
    const auto* negotiation = participant.connection().negotiation();
    if (negotiation == nullptr) return nullptr;
    for (const auto& media : negotiation->media) {
      if (media.kind == negotiation::MediaKind::kVideo && media.content) {
        sender.content_payload_type = media.payload_type;
      }
      if (media.kind != negotiation::MediaKind::kVideo || media.content) continue;
      sender.video_payload_type = media.payload_type;
      sender.own_ssrc = media.local_ssrc;
    }
    if (!sender.video_payload_type) sender.video_payload_type = 0xff;  // no video: never matches
  }
  return &sender;
}

void UplinkRateControl::OnRtp(Participant& participant, const uint8_t* data, size_t len) {
  auto packet = common::rtp::RtpPacketView::Parse(data, len);
  if (!packet) return;
  Sender* sender = SenderOf(participant);
  if (sender == nullptr) return;
  if (packet->PayloadType() == sender->content_payload_type) ++sender->content_packets;
  if (packet->PayloadType() != *sender->video_payload_type) return;
  const bool window_closed =
      sender->estimator.OnPacket(packet->Ssrc(), packet->SequenceNumber(), now_());
  if (window_closed || sender->report_now) SendRemb(participant, *sender);
}

void UplinkRateControl::SendRemb(Participant& participant, Sender& sender) {
  sender.report_now = false;
  if (!sender.estimator.HasStream()) return;
  const size_t size = WriteRemb(rtcp_out_, sender.own_ssrc, sender.estimator.EstimateKbps(),
                                sender.estimator.Ssrc());
  if (size > 0) participant.connection().SendRtcp(rtcp_out_.data(), size);
}

void UplinkRateControl::Remove(const Participant& participant) { senders_.erase(&participant); }

void UplinkRateControl::SetCap(Participant& participant, std::optional<int> kbps) {
  auto it = senders_.find(&participant);
  if (it == senders_.end()) it = senders_.emplace(&participant, Sender(limits_)).first;
  it->second.estimator.SetCap(kbps);
  it->second.report_now = true;
}

std::optional<int> UplinkRateControl::Cap(const Participant& participant) const {
  auto it = senders_.find(&participant);
  return it != senders_.end() ? it->second.estimator.Cap() : std::nullopt;
}

uint64_t UplinkRateControl::ContentPackets(const Participant& participant) const {
  auto it = senders_.find(&participant);
  return it != senders_.end() ? it->second.content_packets : 0;
}

std::optional<int> UplinkRateControl::EstimateKbps(const Participant& participant) const {
  auto it = senders_.find(&participant);
  if (it == senders_.end() || !it->second.estimator.HasStream()) return std::nullopt;
  return it->second.estimator.EstimateKbps();
}

}  // namespace vc::mcu::room
