#include "mcu/room/AudioLeg.hpp"

#include <algorithm>
#include <cstring>

#include "common/rtcp/CompoundPacketReader.hpp"
#include "common/rtcp/ReceiverReport.hpp"
#include "common/rtcp/Sdes.hpp"
#include "common/rtcp/SenderReport.hpp"
#include "common/rtp/AudioLevelExtension.hpp"
#include "common/rtp/RtpPacketView.hpp"
#include "common/util/ByteOrder.hpp"

namespace vc::mcu::room {
namespace {
using common::util::WriteU16;
using common::util::WriteU32;

constexpr size_t kRtpHeader = 12;
constexpr size_t kLevelExtensionBlock = 8;  // 0xBEDE, length 1, one 1-byte element, 2 pad bytes
constexpr uint8_t kSenderReportType = 200;
constexpr uint8_t kReceiverReportType = 201;
}  // namespace

std::optional<AudioLeg> AudioLeg::FromNegotiation(const negotiation::Negotiation& negotiation,
                                                  uint32_t random_start) {
  for (const auto& media : negotiation.media) {
    if (media.kind != negotiation::MediaKind::kAudio) continue;
    AudioLeg leg;
    leg.payload_type_ = media.payload_type;
    leg.audio_level_id_ = media.audio_level_ext_id;
    leg.local_ssrc_ = media.local_ssrc;
    if (auto cname = negotiation.AnswerCname(media.local_ssrc)) leg.cname_ = *cname;
    // The answer's direction is ours: send-only means the client does not send.
    leg.sends_ = media.direction == negotiation::Direction::kSendRecv ||
                 media.direction == negotiation::Direction::kRecvOnly;
    leg.receives_ = media.direction == negotiation::Direction::kSendRecv ||
                    media.direction == negotiation::Direction::kSendOnly;
    leg.sequence_ = static_cast<uint16_t>(random_start);
    leg.timestamp_ = random_start * 2654435761u;  // a different-looking start for the timestamp
    return leg;
  }
  return std::nullopt;
}

std::optional<audio::AudioPacket> AudioLeg::ParseIncoming(std::span<const uint8_t> rtp,
                                                          audio::Clock::time_point arrival) const {
  if (!sends_) return std::nullopt;
  auto view = common::rtp::RtpPacketView::Parse(rtp);
  if (!view || view->PayloadType() != payload_type_ || view->PayloadSize() == 0) {
    return std::nullopt;
  }
  audio::AudioPacket packet;
  packet.sequence = view->SequenceNumber();
  packet.timestamp = view->Timestamp();
  packet.payload = view->Payload();
  packet.arrival = arrival;
  if (audio_level_id_) {
    if (auto value = view->Extension(*audio_level_id_)) {
      if (auto level = common::rtp::AudioLevelExtension::Parse(*value)) {
        packet.level_dbov = level->level_dbov;
        packet.voice_activity = level->voice_activity;
      }
    }
  }
  return packet;
}

size_t AudioLeg::WriteRtp(const audio::EncodedAudio& frame, std::span<uint8_t> out) {
  const size_t extension = audio_level_id_ ? kLevelExtensionBlock : 0;
  const size_t size = kRtpHeader + extension + frame.opus.size();
  if (frame.opus.empty() || out.size() < size) return 0;
  uint8_t* p = out.data();
  // Talkspurt start (RFC 3551 4.1): the first voiced frame after silence, or the first ever.
  const bool marker = frame.voice ? !in_talkspurt_ : packets_sent_ == 0;
  in_talkspurt_ = frame.voice;
  p[0] = static_cast<uint8_t>(0x80 | (extension != 0 ? 0x10 : 0));
  p[1] = static_cast<uint8_t>((marker ? 0x80 : 0) | (payload_type_ & 0x7F));
  WriteU16(p + 2, sequence_);
  WriteU32(p + 4, timestamp_);
  WriteU32(p + 8, local_ssrc_);
  if (extension != 0) {
    uint8_t* e = p + kRtpHeader;
    WriteU16(e, 0xBEDE);
    WriteU16(e + 2, 1);  // one 32-bit word of elements
    e[4] = static_cast<uint8_t>(*audio_level_id_ << 4);  // length field 0 = 1 byte
    common::rtp::AudioLevel level{frame.voice, std::min<uint8_t>(frame.level_dbov, 127)};
    common::rtp::AudioLevelExtension::Write(std::span<uint8_t>(e + 5, 1), level);
    e[6] = 0;
    e[7] = 0;
  }
  std::memcpy(p + kRtpHeader + extension, frame.opus.data(), frame.opus.size());
  last_timestamp_ = timestamp_;
  last_sent_at_ = audio::Clock::now();
  ++sequence_;
  timestamp_ += kSamplesPerFrame;
  ++packets_sent_;
  octets_sent_ += frame.opus.size();
  return size;
}

size_t AudioLeg::WriteSenderReport(std::span<uint8_t> out,
                                   std::chrono::system_clock::time_point wall,
                                   audio::Clock::time_point now) const {
  if (packets_sent_ == 0) return 0;
  // The RTP time that corresponds to `wall`: the last packet's timestamp plus the time since.
  auto since = std::chrono::duration_cast<std::chrono::microseconds>(now - last_sent_at_);
  int64_t ticks = std::max<int64_t>(0, since.count()) * 48 / 1000;
  common::rtcp::SenderInfo info;
  info.sender_ssrc = local_ssrc_;
  info.ntp_timestamp = common::rtcp::NtpTimestamp(wall);
  info.rtp_timestamp = last_timestamp_ + static_cast<uint32_t>(ticks);
  info.packet_count = static_cast<uint32_t>(packets_sent_);
  info.octet_count = static_cast<uint32_t>(octets_sent_);
  size_t used = common::rtcp::SenderReport::Write(out, info);
  if (used == 0) return 0;
  size_t sdes = common::rtcp::Sdes::WriteCname(out.subspan(used), local_ssrc_, cname_);
  return sdes == 0 ? 0 : used + sdes;
}

std::optional<double> AudioLeg::LossFromRtcp(std::span<const uint8_t> rtcp) const {
  std::optional<double> loss;
  common::rtcp::CompoundPacketReader reader(rtcp);
  while (auto header = reader.Next()) {
    common::rtcp::ReportBlockList blocks;
    if (header->PacketType() == kReceiverReportType) {
      if (auto rr = common::rtcp::ReceiverReport::Parse(*header)) blocks = rr->ReportBlocks();
    } else if (header->PacketType() == kSenderReportType) {
      if (auto sr = common::rtcp::SenderReport::Parse(*header)) blocks = sr->ReportBlocks();
    }
    for (size_t i = 0; i < blocks.size(); ++i) {
      auto block = blocks[i];
      if (block.source_ssrc == local_ssrc_) loss = block.fraction_lost / 256.0;
    }
  }
  return loss;
}

}  // namespace vc::mcu::room
