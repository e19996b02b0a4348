#pragma once
// One composite frame of one tier, packetized once (VP8 payloads with their RFC 7741
// descriptors) and shared read-only by every receiver on that tier: a receiver's stream only
// adds its own RTP header (payload type, SSRC, sequence, timestamp) and SRTP.
#include <chrono>
#include <cstdint>
#include <vector>

namespace vc::mcu::room {

struct PacketizedFrame {
  int tier = 0;
  uint32_t timestamp = 0;  // the tier's RTP timestamp, 90 kHz
  bool keyframe = false;
  std::vector<std::vector<uint8_t>> payloads;  // in order; the last one carries the marker
  std::chrono::steady_clock::time_point capture{};
};

}  // namespace vc::mcu::room
