#include "mcu/room/EchoForwarder.hpp"

#include <algorithm>
#include <span>

#include "common/rtcp/CommonHeader.hpp"
#include "common/rtcp/CompoundPacketReader.hpp"
#include "common/rtp/MutableRtpPacketView.hpp"
#include "common/util/ByteOrder.hpp"
#include "mcu/room/Participant.hpp"

namespace vc::mcu::room {
namespace {
using common::util::ReadU32;
using common::util::WriteU32;

constexpr uint8_t kRtpFeedback = 205;   // RFC 4585: generic NACK (1), transport-cc (15)
constexpr uint8_t kPayloadFeedback = 206;  // PLI (1), FIR (4), REMB (15, "application layer")
constexpr uint8_t kFirFormat = 4;
constexpr uint8_t kAfbFormat = 15;
constexpr size_t kFeedbackHeader = 12;  // common header + sender SSRC + media SSRC
constexpr size_t kEmptyReceiverReport = 8;
}  // namespace

EchoForwarder::EchoForwarder(Participant& participant) : participant_(participant) {}

void EchoForwarder::LearnRoutes() {
  const auto* negotiation = participant_.connection().negotiation();
  if (negotiation == nullptr) return;
  for (const auto& media : negotiation->media) {
    if (media.local_ssrc == 0) continue;  // content: received only, never echoed
    local_ssrc_by_payload_type_[media.payload_type] = media.local_ssrc;
    if (media.rtx_payload_type && media.local_rtx_ssrc) {
      local_ssrc_by_payload_type_[*media.rtx_payload_type] = *media.local_rtx_ssrc;
    }
  }
  routes_learned_ = true;
}

uint32_t EchoForwarder::RemoteSsrcFor(uint32_t local_ssrc) const {
  auto it = remote_ssrc_by_local_ssrc_.find(local_ssrc);
  return it != remote_ssrc_by_local_ssrc_.end() ? it->second : 0;
}

void EchoForwarder::ForwardRtp(uint8_t* data, size_t len) {
  if (!routes_learned_) LearnRoutes();
  auto packet = common::rtp::MutableRtpPacketView::Parse(std::span<uint8_t>(data, len));
  if (!packet) return;
  // Routing by payload type: BUNDLE gives audio, video and RTX distinct payload types, and it
  // also works for senders that do not announce their SSRCs.
  auto route = local_ssrc_by_payload_type_.find(packet->View().PayloadType());
  if (route == local_ssrc_by_payload_type_.end()) return;
  remote_ssrc_by_local_ssrc_[route->second] = packet->View().Ssrc();
  packet->SetSsrc(route->second);
  participant_.connection().SendRtp(data, len);
}

void EchoForwarder::ForwardRtcp(const uint8_t* data, size_t len) {
  // Reduced-size RTCP is not negotiated by every client, so lead with an empty receiver report
  // to keep the datagram a valid compound packet.
  std::span<uint8_t> out(rtcp_out_);
  if (!common::rtcp::CommonHeader::Write(out, 0, 201, kEmptyReceiverReport)) return;
  const auto* negotiation = participant_.connection().negotiation();
  uint32_t own_ssrc = negotiation != nullptr && !negotiation->media.empty()
                          ? negotiation->media.front().local_ssrc
                          : 0;
  WriteU32(out.data() + 4, own_ssrc);
  size_t used = kEmptyReceiverReport;
  size_t feedback_packets = 0;

  common::rtcp::CompoundPacketReader reader(std::span<const uint8_t>(data, len));
  while (auto header = reader.Next()) {
    uint8_t type = header->PacketType();
    if (type != kRtpFeedback && type != kPayloadFeedback) continue;  // reports stay here
    std::span<const uint8_t> packet = header->Packet();
    if (packet.size() < kFeedbackHeader || used + packet.size() > out.size()) continue;
    uint8_t* copy = out.data() + used;
    std::copy(packet.begin(), packet.end(), copy);
    WriteU32(copy + 4, own_ssrc);
    if (uint32_t remote = RemoteSsrcFor(ReadU32(copy + 8)); remote != 0) WriteU32(copy + 8, remote);
    if (type == kPayloadFeedback && header->CountOrFormat() == kFirFormat) {
      // FIR names its target in each 8-byte FCI entry instead of the media SSRC field.
      for (size_t at = kFeedbackHeader; at + 8 <= packet.size(); at += 8) {
        if (uint32_t remote = RemoteSsrcFor(ReadU32(copy + at)); remote != 0) {
          WriteU32(copy + at, remote);
        }
      }
    } else if (type == kPayloadFeedback && header->CountOrFormat() == kAfbFormat) {
      // REMB: "REMB", count, bitrate, then the SSRCs it applies to.
      for (size_t at = kFeedbackHeader + 8; at + 4 <= packet.size(); at += 4) {
        if (uint32_t remote = RemoteSsrcFor(ReadU32(copy + at)); remote != 0) {
          WriteU32(copy + at, remote);
        }
      }
    }
    used += packet.size();
    ++feedback_packets;
  }
  if (feedback_packets > 0) participant_.connection().SendRtcp(rtcp_out_.data(), used);
}

}  // namespace vc::mcu::room
