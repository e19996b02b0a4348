#pragma once
// Pre-encoded Opus for the load tool: a speech-like signal (a voiced tone with harmonics whose
// amplitude rises and falls like syllables, 4 per second) encoded once at start, so that sending
// costs no encoding. One cycle is one second (50 frames of 20 ms) and loops seamlessly. A marked
// clip adds a short high burst (kMarkerHz) at a known frame of every cycle, which a probe finds in
// the decoded mix to measure the server-added delay. The silent clip is a muted-but-open mic:
// noise far below hearing, sent with RFC 6464 level 127.
#include <cstddef>
#include <cstdint>
#include <vector>

namespace vc::tests::load {

struct EncodedFrame {
  std::vector<uint8_t> opus;
  uint8_t level_dbov = 127;  // RFC 6464: 0 loudest .. 127 silence
  bool voice = false;
};

class OpusClip {
 public:
  static constexpr int kSampleRate = 48000;
  static constexpr int kFrameSamples = 960;  // 20 ms
  static constexpr size_t kCycleFrames = 50;
  static constexpr size_t kMarkerFrame = 25;  // the burst starts with this frame of each cycle
  static constexpr size_t kMarkerFrames = 3;
  static constexpr double kMarkerHz = 2800;

  // A talker: fundamental f0_hz (keep it below 300 Hz: harmonics stay far from kMarkerHz).
  // Throws std::runtime_error when Opus fails.
  static OpusClip Speech(double f0_hz, double syllable_phase, bool marked);
  static OpusClip Silence();

  const EncodedFrame& Frame(uint64_t index) const { return frames_[index % frames_.size()]; }
  size_t size() const { return frames_.size(); }

 private:
  static OpusClip Encode(const std::vector<float>& cycle, bool silent);

  std::vector<EncodedFrame> frames_;
};

}  // namespace vc::tests::load
