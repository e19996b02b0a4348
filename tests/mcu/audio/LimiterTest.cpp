// Limiter: loud sums never exceed the ceiling nor wrap when converted to int16; quiet audio
// passes unchanged.
#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <vector>

#include "mcu/audio/Limiter.hpp"

namespace vc::mcu::audio {
namespace {

std::vector<float> SumOfSines(int tones, double amplitude, int samples, int offset = 0) {
  std::vector<float> pcm(static_cast<size_t>(samples));
  for (int i = 0; i < samples; ++i) {
    double v = 0;
    for (int t = 0; t < tones; ++t) {
      v +=
          amplitude * std::sin(2 * std::numbers::pi * (300.0 + 170.0 * t) * (i + offset) / 48000.0);
    }
    pcm[static_cast<size_t>(i)] = static_cast<float>(v);
  }
  return pcm;
}

TEST(LimiterTest, LoudSumStaysBelowFullScaleAndNeverWraps) {
  Limiter limiter;
  for (int frame = 0; frame < 50; ++frame) {
    std::vector<float> pcm = SumOfSines(4, 1.0, 960, frame * 960);  // peaks near 4x full scale
    const std::vector<float> input = pcm;
    limiter.Process(pcm);
    std::vector<int16_t> out(pcm.size());
    Limiter::ToInt16(pcm, out);
    for (size_t i = 0; i < pcm.size(); ++i) {
      ASSERT_LE(std::fabs(pcm[i]), Limiter::kCeiling);
      ASSERT_LT(std::abs(static_cast<int>(out[i])), 32767);
      // No wrap-around: the sign survives wherever the input was clearly non-zero.
      if (std::fabs(input[i]) > 0.01f) {
        ASSERT_EQ(out[i] > 0, input[i] > 0) << i;
      }
    }
  }
}

TEST(LimiterTest, QuietAudioPassesUnchanged) {
  Limiter limiter;
  std::vector<float> pcm = SumOfSines(2, 0.2, 960);
  const std::vector<float> input = pcm;
  limiter.Process(pcm);
  for (size_t i = 0; i < pcm.size(); ++i) EXPECT_FLOAT_EQ(pcm[i], input[i]);
}

TEST(LimiterTest, GainRecoversAfterAPeak) {
  Limiter limiter;
  std::vector<float> loud = SumOfSines(4, 1.0, 960);
  limiter.Process(loud);
  std::vector<float> quiet;
  for (int frame = 0; frame < 25; ++frame) {  // 500 ms, far beyond the release time
    quiet = SumOfSines(1, 0.3, 960, frame * 960);
    limiter.Process(quiet);
  }
  const std::vector<float> expected = SumOfSines(1, 0.3, 960, 24 * 960);
  for (size_t i = 0; i < quiet.size(); ++i) EXPECT_NEAR(quiet[i], expected[i], 1e-4);
}

TEST(LimiterTest, NonFiniteSamplesBecomeSilence) {
  Limiter limiter;
  std::vector<float> pcm{NAN, INFINITY, -INFINITY, 0.5f};
  limiter.Process(pcm);
  EXPECT_EQ(pcm[0], 0.0f);
  EXPECT_EQ(pcm[1], 0.0f);
  EXPECT_EQ(pcm[2], 0.0f);
  EXPECT_FLOAT_EQ(pcm[3], 0.5f);
}

}  // namespace
}  // namespace vc::mcu::audio
