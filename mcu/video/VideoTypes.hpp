#pragma once
// Value types shared by the video pipeline: decoded pictures, encoded VP8 frames, received RTP
// video packets. Decoded pictures cross threads as shared_ptr<const I420Frame> (never mutated
// once published), so a stalled source's last picture can be re-used by every tick for free.
#include <chrono>
#include <cstdint>
#include <span>
#include <vector>

namespace vc::mcu::video {

using Clock = std::chrono::steady_clock;
using SourceId = uint32_t;

// One encoded VP8 frame (the concatenation of its partitions, no payload descriptors).
struct EncodedFrame {
  std::vector<uint8_t> data;
  uint32_t rtp_timestamp = 0;  // 90 kHz
  bool keyframe = false;
  int width = 0;   // 0 unless keyframe
  int height = 0;  // 0 unless keyframe
  Clock::time_point capture;  // receive side: arrival of the packet that completed it
  // Sizes of the VP8 partitions in `data` when known (Vp8Packetizer marks each start with S=1
  // and its partition index); empty means "one partition". Extension of the contract.
  std::vector<size_t> partition_sizes;
};

// The VP8 payload of one received RTP packet, after SRTP and RTX unwrapping (OSN -> sequence).
struct RtpVideoPacket {
  uint16_t sequence = 0;
  uint32_t timestamp = 0;
  bool marker = false;
  std::span<const uint8_t> payload;  // RFC 7741 descriptor + VP8 data; copied by Insert
  Clock::time_point arrival;
};

}  // namespace vc::mcu::video
