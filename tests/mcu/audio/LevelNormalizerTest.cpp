// LevelNormalizer: a far and a near microphone end up at similar loudness; gain is bounded and
// the noise floor is not boosted.
#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <random>
#include <vector>

#include "mcu/audio/AudioLevel.hpp"
#include "mcu/audio/LevelNormalizer.hpp"

namespace vc::mcu::audio {
namespace {

double RunTone(LevelNormalizer& n, double amplitude, int frames) {
  double last_dbov = -127;
  for (int f = 0; f < frames; ++f) {
    std::vector<float> pcm(960);
    for (int i = 0; i < 960; ++i) {
      pcm[static_cast<size_t>(i)] = static_cast<float>(
          amplitude * std::sin(2 * std::numbers::pi * 300.0 * (f * 960 + i) / 48000.0));
    }
    n.Process(pcm);
    last_dbov = RmsDbov(pcm);
  }
  return last_dbov;
}

TEST(LevelNormalizerTest, FarAndNearMicrophonesEndUpSimilar) {
  LevelNormalizer far;
  LevelNormalizer near;
  const double far_out = RunTone(far, 0.03, 250);   // about -33 dBov
  const double near_out = RunTone(near, 0.3, 250);  // about -13 dBov
  EXPECT_NEAR(far_out, near_out, 2.0);
  EXPECT_NEAR(near_out, LevelNormalizer::kTargetDbov, 3.0);
}

TEST(LevelNormalizerTest, GainIsBounded) {
  LevelNormalizer n;
  RunTone(n, 0.004, 500);  // about -51 dBov... just under the gate: not voiced
  EXPECT_LE(n.gain_db(), 0.0);
  LevelNormalizer m;
  RunTone(m, 0.006, 500);  // -47 dBov: voiced but would need +24 dB
  EXPECT_LE(m.gain_db(), LevelNormalizer::kMaxGainDb + 1e-9);
}

TEST(LevelNormalizerTest, NoiseFloorIsNotBoosted) {
  LevelNormalizer n;
  RunTone(n, 0.02, 250);  // quiet talker: gain goes up
  ASSERT_GT(n.gain_db(), 6.0);
  std::mt19937 random(1);
  std::normal_distribution<float> noise(0.0f, 0.0005f);  // about -66 dBov
  for (int f = 0; f < 100; ++f) {
    std::vector<float> pcm(960);
    for (float& s : pcm) s = noise(random);
    n.Process(pcm);
  }
  EXPECT_LE(n.gain_db(), 0.0);
}

}  // namespace
}  // namespace vc::mcu::audio
