#pragma once
// Test input for the video core: solid and textured I420 pictures, real VP8 frames encoded with
// libvpx, and RTP packets made from them by Vp8Packetizer (payload storage kept alongside).
#include <cstdint>
#include <memory>
#include <vector>

#include "mcu/video/I420Frame.hpp"
#include "mcu/video/VideoTypes.hpp"
#include "mcu/video/Vp8Packetizer.hpp"

namespace vc::mcu::video::test {

struct Yuv {
  uint8_t y, u, v;
};
// BT.601 limited range.
inline constexpr Yuv kRed{81, 90, 240};
inline constexpr Yuv kGreen{145, 54, 34};
inline constexpr Yuv kBlue{41, 240, 110};
inline constexpr Yuv kYellow{210, 16, 146};

std::shared_ptr<I420Frame> Solid(int width, int height, Yuv colour);
// A picture with detail (gradients + a moving square), so frames need several packets.
std::shared_ptr<I420Frame> Textured(int width, int height, int index);

// `count` frames encoded in real-time mode; frame 0 is a keyframe, also those in `keyframes`.
std::vector<EncodedFrame> EncodeTextured(int width, int height, int count,
                                         const std::vector<int>& keyframes = {},
                                         int bitrate_bps = 800'000);
std::vector<EncodedFrame> EncodeSolid(int width, int height, int count, Yuv colour);

// RTP packets of a run of frames, sequence numbers from first_sequence, 90 kHz timestamps
// 3000 apart; `spans` of the packets point into `payloads`.
struct PacketRun {
  std::vector<std::vector<uint8_t>> payloads;
  std::vector<RtpVideoPacket> packets;
  std::vector<size_t> frame_of;  // which input frame each packet belongs to
};
PacketRun Packetize(const std::vector<EncodedFrame>& frames, size_t max_payload,
                    uint16_t first_sequence, Clock::time_point arrival = {});

}  // namespace vc::mcu::video::test
