#include "mcu/room/VideoSendStream.hpp"

#include <algorithm>
#include <cstring>

#include "common/rtcp/Sdes.hpp"
#include "common/rtcp/SenderReport.hpp"
#include "common/util/ByteOrder.hpp"

namespace vc::mcu::room {
namespace {
using common::util::WriteU16;
using common::util::WriteU32;

constexpr size_t kRtpHeader = 12;
constexpr uint32_t kClockRate = 90000;
// Where the RFC 7741 picture id sits in a VP8 payload descriptor, and whether it has 15 bits.
struct PictureIdField {
  size_t offset = 0;
  bool long_form = false;
};
std::optional<PictureIdField> FindPictureId(std::span<const uint8_t> payload) {
  if (payload.size() < 3 || (payload[0] & 0x80) == 0) return std::nullopt;  // X
  if ((payload[1] & 0x80) == 0) return std::nullopt;                           // I
  PictureIdField field{2, (payload[2] & 0x80) != 0};
  if (field.long_form && payload.size() < 4) return std::nullopt;
  return field;
}
std::optional<uint16_t> ReadPictureId(std::span<const uint8_t> payload) {
  auto field = FindPictureId(payload);
  if (!field) return std::nullopt;
  if (!field->long_form) return payload[field->offset] & 0x7F;
  return static_cast<uint16_t>(((payload[field->offset] & 0x7F) << 8) | payload[field->offset + 1]);
}
void WritePictureId(std::span<uint8_t> payload, uint16_t picture_id) {
  auto field = FindPictureId(payload);
  if (!field) return;
  if (field->long_form) {
    payload[field->offset] = static_cast<uint8_t>(0x80 | ((picture_id >> 8) & 0x7F));
    payload[field->offset + 1] = static_cast<uint8_t>(picture_id & 0xFF);
  } else {
    payload[field->offset] = static_cast<uint8_t>(picture_id & 0x7F);
  }
}
}  // namespace

VideoSendStream::VideoSendStream(Config config) : config_(std::move(config)) {
  sequence_ = static_cast<uint16_t>(config_.random_start);
  rtx_sequence_ = static_cast<uint16_t>(config_.random_start >> 16);
  last_timestamp_ = config_.random_start * 2654435761u;
  last_picture_id_ = static_cast<uint16_t>((config_.random_start >> 8) & 0x7FFF);
}

size_t VideoSendStream::SendFrame(const std::shared_ptr<const PacketizedFrame>& frame,
                                  Clock::time_point now, const Send& send) {
  if (!frame || frame->payloads.empty()) return 0;
  const uint16_t picture_id_in =
      ReadPictureId(std::span<const uint8_t>(frame->payloads.front())).value_or(0);
  if (tier_ != frame->tier) {
    // A new tier (or the first frame): continue our timestamp by the time that went by, and
    // our picture id by one, so the receiver's decoder sees one stream.
    uint32_t elapsed = 1;
    if (frames_sent_ > 0) {
      auto us = std::chrono::duration_cast<std::chrono::microseconds>(now - last_frame_at_).count();
      elapsed = static_cast<uint32_t>(std::clamp<int64_t>(us * kClockRate / 1000000, 1, kClockRate));
    }
    timestamp_offset_ = last_timestamp_ + elapsed - frame->timestamp;
    picture_id_offset_ = static_cast<uint16_t>(last_picture_id_ + 1 - picture_id_in);
    tier_ = frame->tier;
  }
  const uint32_t timestamp = frame->timestamp + timestamp_offset_;
  const uint16_t picture_id = static_cast<uint16_t>((picture_id_in + picture_id_offset_) & 0x7FFF);
  size_t sent_count = 0;
  for (uint32_t i = 0; i < frame->payloads.size(); ++i) {
    Sent& sent = history_[sequence_ % kHistorySize];
    sent = Sent{frame, i, sequence_, timestamp, picture_id, now};
    ++sequence_;
    size_t len = WritePacket(sent, /*rtx=*/false);
    if (len == 0) continue;
    if (send(buffer_.data(), len)) ++sent_count;
    ++packets_sent_;
    octets_sent_ += frame->payloads[i].size();
  }
  last_timestamp_ = timestamp;
  last_picture_id_ = picture_id;
  last_frame_at_ = now;
  ++frames_sent_;
  if (frame->keyframe) ++keyframes_sent_;
  return sent_count;
}

size_t VideoSendStream::WritePacket(const Sent& sent, bool rtx) {
  const auto& payload = sent.frame->payloads[sent.index];
  const size_t extra = rtx ? 2 : 0;
  const size_t size = kRtpHeader + extra + payload.size();
  if (size > buffer_.size()) return 0;
  const bool marker = sent.index + 1 == sent.frame->payloads.size();
  uint8_t* p = buffer_.data();
  p[0] = 0x80;
  p[1] = static_cast<uint8_t>((marker ? 0x80 : 0) |
                              ((rtx ? *config_.rtx_payload_type : config_.payload_type) & 0x7F));
  WriteU16(p + 2, rtx ? rtx_sequence_++ : sent.sequence);
  WriteU32(p + 4, sent.timestamp);
  WriteU32(p + 8, rtx ? *config_.rtx_ssrc : config_.ssrc);
  if (rtx) WriteU16(p + kRtpHeader, sent.sequence);  // RFC 4588: the original sequence number
  uint8_t* body = p + kRtpHeader + extra;
  std::memcpy(body, payload.data(), payload.size());
  WritePictureId(std::span<uint8_t>(body, payload.size()), sent.picture_id);
  return size;
}

size_t VideoSendStream::Retransmit(std::span<const uint16_t> sequences, Clock::time_point now,
                                   const Send& send) {
  const bool rtx = config_.rtx_payload_type && config_.rtx_ssrc;
  size_t resent = 0;
  for (uint16_t sequence : sequences) {
    Sent& sent = history_[sequence % kHistorySize];
    if (!sent.frame || sent.sequence != sequence) continue;  // too old, or never sent
    // A burst of NACKs for the same packet (the receiver retries every RTT) gets one answer.
    if (sent.last_sent != Clock::time_point{} && now - sent.last_sent < kMinResendSpacing) continue;
    sent.last_sent = now;
    size_t len = WritePacket(sent, rtx);
    if (len != 0 && send(buffer_.data(), len)) ++resent;
  }
  return resent;
}

size_t VideoSendStream::WriteSenderReport(std::span<uint8_t> out,
                                          std::chrono::system_clock::time_point wall,
                                          Clock::time_point now) const {
  if (packets_sent_ == 0) return 0;
  auto since = std::chrono::duration_cast<std::chrono::microseconds>(now - last_frame_at_);
  int64_t ticks = std::max<int64_t>(0, since.count()) * kClockRate / 1000000;
  common::rtcp::SenderInfo info;
  info.sender_ssrc = config_.ssrc;
  info.ntp_timestamp = common::rtcp::NtpTimestamp(wall);
  info.rtp_timestamp = last_timestamp_ + static_cast<uint32_t>(ticks);
  info.packet_count = static_cast<uint32_t>(packets_sent_);
  info.octet_count = static_cast<uint32_t>(octets_sent_);
  size_t used = common::rtcp::SenderReport::Write(out, info);
  if (used == 0) return 0;
  size_t sdes = common::rtcp::Sdes::WriteCname(out.subspan(used), config_.ssrc, config_.cname);
  return sdes == 0 ? 0 : used + sdes;
}

}  // namespace vc::mcu::room
