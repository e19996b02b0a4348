#include "tests/load/OpusClip.hpp"

#include <algorithm>
#include <cmath>
#include <random>
#include <stdexcept>

#include "tests/load/OpusPtr.hpp"

namespace vc::tests::load {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr size_t kCycleSamples = OpusClip::kCycleFrames * OpusClip::kFrameSamples;
constexpr int kBitrate = 24000;
constexpr uint8_t kVoiceLevelLimit = 50;  // quieter than -50 dBov is not voice

uint8_t LevelDbov(const float* samples, size_t count) {
  double energy = 0;
  for (size_t i = 0; i < count; ++i) energy += double{samples[i]} * samples[i];
  const double rms = std::sqrt(energy / static_cast<double>(count));
  if (rms <= 1e-7) return 127;
  const double dbov = -20.0 * std::log10(rms);
  return static_cast<uint8_t>(std::clamp(dbov, 0.0, 127.0));
}

}  // namespace

OpusClip OpusClip::Speech(double f0_hz, double syllable_phase, bool marked) {
  std::vector<float> cycle(kCycleSamples);
  for (size_t n = 0; n < kCycleSamples; ++n) {
    const double t = static_cast<double>(n) / kSampleRate;
    // Syllables: 4 Hz envelope between 0.15 and 1 (never silent: a talker keeps talking).
    const double envelope = 0.15 + 0.85 * std::pow(std::sin(kPi * (4 * t + syllable_phase)), 2);
    double voiced = 0;
    for (int harmonic = 1; harmonic <= 3; ++harmonic) {
      voiced += std::sin(2 * kPi * f0_hz * harmonic * t) / harmonic;
    }
    cycle[n] = static_cast<float>(0.18 * envelope * voiced);
  }
  if (marked) {
    const size_t begin = kMarkerFrame * kFrameSamples;
    for (size_t n = begin; n < begin + kMarkerFrames * kFrameSamples; ++n) {
      const double t = static_cast<double>(n - begin) / kSampleRate;
      cycle[n] += static_cast<float>(0.4 * std::sin(2 * kPi * kMarkerHz * t));
    }
  }
  return Encode(cycle, /*silent=*/false);
}

OpusClip OpusClip::Silence() {
  std::vector<float> cycle(kCycleSamples);
  std::minstd_rand random(7);
  std::uniform_real_distribution<float> noise(-3e-4f, 3e-4f);  // about -75 dBov
  for (auto& sample : cycle) sample = noise(random);
  return Encode(cycle, /*silent=*/true);
}

OpusClip OpusClip::Encode(const std::vector<float>& cycle, bool silent) {
  int error = 0;
  OpusEncoderPtr encoder(opus_encoder_create(kSampleRate, 1, OPUS_APPLICATION_VOIP, &error));
  if (error != OPUS_OK || !encoder) throw std::runtime_error("opus_encoder_create failed");
  opus_encoder_ctl(encoder.get(), OPUS_SET_BITRATE(kBitrate));
  opus_encoder_ctl(encoder.get(), OPUS_SET_COMPLEXITY(5));
  opus_encoder_ctl(encoder.get(), OPUS_SET_SIGNAL(OPUS_SIGNAL_VOICE));
  OpusClip clip;
  std::vector<uint8_t> packet(1500);
  // Twice round the cycle, keeping the second: its first frame then continues the cycle's last
  // one in the encoder's state, so the loop has no seam.
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t frame = 0; frame < kCycleFrames; ++frame) {
      const float* pcm = cycle.data() + frame * kFrameSamples;
      const int bytes = opus_encode_float(encoder.get(), pcm, kFrameSamples, packet.data(),
                                          static_cast<opus_int32>(packet.size()));
      if (bytes <= 0) throw std::runtime_error("opus_encode_float failed");
      if (pass == 0) continue;
      EncodedFrame encoded;
      encoded.opus.assign(packet.begin(), packet.begin() + bytes);
      encoded.level_dbov = silent ? 127 : LevelDbov(pcm, kFrameSamples);
      encoded.voice = !silent && encoded.level_dbov < kVoiceLevelLimit;
      clip.frames_.push_back(std::move(encoded));
    }
  }
  return clip;
}

}  // namespace vc::tests::load
