#pragma once
// The composite video stream to one receiver: our SSRC, our own sequence numbers, timestamps
// and VP8 picture ids that run on without a jump when the receiver moves between tiers (each
// tier's encoder numbers its own frames), a send history of the last packets answering the
// receiver's NACKs (as RTX, RFC 4588, when negotiated, else the packet again), and RTCP sender
// reports. Packets are written into one scratch buffer and handed to `send` (which protects
// them with the receiver's SRTP context). Media thread only.
#include <array>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>

#include "mcu/room/PacketizedFrame.hpp"

namespace vc::mcu::room {

class VideoSendStream {
 public:
  using Clock = std::chrono::steady_clock;
  using Send = std::function<bool(const uint8_t* data, size_t len)>;
  static constexpr size_t kHistorySize = 1024;  // packets: ~1 s of 720p at 1.5 Mb/s
  static constexpr size_t kMaxPacket = 1400;
  static constexpr std::chrono::milliseconds kMinResendSpacing{40};

  struct Config {
    uint8_t payload_type = 96;
    uint32_t ssrc = 0;
    std::optional<uint8_t> rtx_payload_type;
    std::optional<uint32_t> rtx_ssrc;
    std::string cname = "vc-mcu";
    uint32_t random_start = 0;  // seeds sequence numbers, timestamp and picture id
  };

  explicit VideoSendStream(Config config);

  // Sends every packet of `frame`; returns how many went out. A frame from another tier than
  // the last one must be a keyframe (the caller switches tiers at keyframes only).
  size_t SendFrame(const std::shared_ptr<const PacketizedFrame>& frame, Clock::time_point now,
                   const Send& send);
  // Resends what the history still holds of `sequences`; returns the packets resent.
  size_t Retransmit(std::span<const uint16_t> sequences, Clock::time_point now, const Send& send);
  // SR + SDES CNAME; 0 before the first packet or when `out` is too small.
  size_t WriteSenderReport(std::span<uint8_t> out, std::chrono::system_clock::time_point wall,
                           Clock::time_point now) const;

  std::optional<int> tier() const { return tier_; }
  uint64_t packets_sent() const { return packets_sent_; }
  uint64_t frames_sent() const { return frames_sent_; }
  uint64_t keyframes_sent() const { return keyframes_sent_; }
  uint32_t ssrc() const { return config_.ssrc; }

 private:
  struct Sent {
    std::shared_ptr<const PacketizedFrame> frame;
    uint32_t index = 0;
    uint16_t sequence = 0;
    uint32_t timestamp = 0;
    uint16_t picture_id = 0;
    Clock::time_point last_sent{};
  };

  size_t WritePacket(const Sent& sent, bool rtx);

  const Config config_;  // passed by argument
  std::optional<int> tier_;
  uint16_t sequence_ = 0;
  uint16_t rtx_sequence_ = 0;
  uint32_t timestamp_offset_ = 0;
  uint16_t picture_id_offset_ = 0;
  uint32_t last_timestamp_ = 0;
  uint16_t last_picture_id_ = 0;
  Clock::time_point last_frame_at_{};
  uint64_t packets_sent_ = 0, octets_sent_ = 0, frames_sent_ = 0, keyframes_sent_ = 0;
  std::array<Sent, kHistorySize> history_{};
  std::array<uint8_t, kMaxPacket + 64> buffer_{};
};

}  // namespace vc::mcu::room
