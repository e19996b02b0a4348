// Fuzzes FrameAssembler with arbitrary packets, reordering, duplicates and time steps, and
// decodes what it emits (a few frames per input: libvpx is slow). Records:
//   op(1) seq(2) ts(1) len(1) payload(len)
// op & 1: marker; (op >> 1) % 4: 0-1 insert, 2 TakeNacks + keyframe request (time += op >> 3
// times 10 ms), 3 PopFrame + decode (or RequestKeyframe when nothing is ready).
#include <cstddef>
#include <cstdint>
#include <algorithm>
#include <span>

#include "mcu/video/FrameAssembler.hpp"
#include "mcu/video/Vp8Decoder.hpp"

using namespace vc::mcu::video;

constexpr int kMaxDecodes = 6;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  FrameAssemblerConfig config;
  config.max_packets = 64;
  config.max_nack_list = 100;
  FrameAssembler assembler(config);
  Vp8Decoder decoder;
  Clock::time_point now = Clock::time_point{} + std::chrono::seconds(100);
  std::span<const uint8_t> in(data, size);
  int decodes = 0;
  while (in.size() >= 5) {
    const uint8_t op = in[0];
    const auto seq = static_cast<uint16_t>(in[1] << 8 | in[2]);
    const uint32_t ts = in[3] * 3000u;
    const size_t len = std::min<size_t>(in[4], in.size() - 5);
    const auto payload = in.subspan(5, len);
    in = in.subspan(5 + len);
    switch ((op >> 1) % 4) {
      case 0:
      case 1: {
        RtpVideoPacket packet;
        packet.sequence = seq;
        packet.timestamp = ts;
        packet.marker = op & 1;
        packet.payload = payload;
        packet.arrival = now;
        assembler.Insert(packet);
        break;
      }
      case 2:
        now += std::chrono::milliseconds(10 * (op >> 3));
        (void)assembler.TakeNacks(now);
        (void)assembler.TakeKeyframeRequest(now);
        break;
      case 3:
        if (auto frame = assembler.PopFrame()) {
          if (decodes++ < kMaxDecodes && !decoder.Decode(*frame)) assembler.RequestKeyframe();
        } else {
          assembler.RequestKeyframe();
        }
        break;
    }
    if (assembler.buffered_packets() > config.max_packets) __builtin_trap();
  }
  return 0;
}
