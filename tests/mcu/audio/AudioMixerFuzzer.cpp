// Fuzzes AudioMixer with arbitrary Opus payloads, sequence numbers, timestamps, levels and
// membership changes interleaved with Mix ticks. Records:
//   op(1) key(1) seq(2) ts(4) level(1) len(1) payload(len)
// op % 8: 0-3 push, 4 mix, 5 add, 6 remove, 7 mute toggle.
#include <cstddef>
#include <cstdint>
#include <span>

#include "mcu/audio/AudioMixer.hpp"

using namespace vc::mcu::audio;

// Each Mix encodes up to three Opus frames: a few per input keep the runs fast.
constexpr int kMaxMixes = 16;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  AudioMixerConfig config;
  config.max_talkers = 2;
  AudioMixer mixer(config);
  for (ParticipantKey key = 0; key < 4; ++key) mixer.AddParticipant(key);
  Clock::time_point now = Clock::time_point{} + std::chrono::seconds(100);
  std::span<const uint8_t> in(data, size);
  int mixes = 0;
  while (in.size() >= 10 && mixes < kMaxMixes) {
    const uint8_t op = in[0] % 8;
    const ParticipantKey key = in[1] % 6;
    AudioPacket packet;
    packet.sequence = static_cast<uint16_t>(in[2] << 8 | in[3]);
    packet.timestamp = static_cast<uint32_t>(in[4]) << 24 | static_cast<uint32_t>(in[5]) << 16 |
                       static_cast<uint32_t>(in[6]) << 8 | in[7];
    if (in[8] != 0xff) packet.level_dbov = in[8] & 0x7f;
    const size_t len = std::min<size_t>(in[9], in.size() - 10);
    packet.payload = in.subspan(10, len);
    packet.arrival = now;
    in = in.subspan(10 + len);
    switch (op) {
      case 4:
        now += std::chrono::milliseconds(packet.sequence % 41);
        mixer.Mix(now);
        ++mixes;
        break;
      case 5:
        mixer.AddParticipant(key);
        break;
      case 6:
        mixer.RemoveParticipant(key);
        break;
      case 7:
        mixer.SetMuted(key, packet.sequence % 2 == 1);
        mixer.SetReceiverLoss(key, (packet.sequence % 101) / 100.0);
        break;
      default:
        mixer.Push(key, packet);
        break;
    }
  }
  mixer.Mix(now + std::chrono::milliseconds(20));
  (void)mixer.ActiveTalkers();
  for (ParticipantKey key = 0; key < 6; ++key) (void)mixer.Stats(key);
  return 0;
}
