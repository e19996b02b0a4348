// The load tool's own pieces: the pre-encoded clips and the probe that finds the marker, the
// command line, the quantiles.
#include <gtest/gtest.h>

#include "tests/load/LoadOptions.hpp"
#include "tests/load/LoadResult.hpp"
#include "tests/load/OpusClip.hpp"
#include "tests/load/ProbeDecoder.hpp"

namespace vc::tests::load {
namespace {

TEST(OpusClipTest, SpeechCarriesLevelsAndSilenceSaysLevel127) {
  const auto speech = OpusClip::Speech(170, 0, false);
  const auto silence = OpusClip::Silence();
  ASSERT_EQ(speech.size(), OpusClip::kCycleFrames);
  ASSERT_EQ(silence.size(), OpusClip::kCycleFrames);
  uint8_t loudest = 127;
  for (size_t i = 0; i < speech.size(); ++i) {
    loudest = std::min(loudest, speech.Frame(i).level_dbov);
    EXPECT_LT(speech.Frame(i).level_dbov, 60);  // syllables dip but never stop
    EXPECT_EQ(silence.Frame(i).level_dbov, 127);
    EXPECT_FALSE(silence.Frame(i).voice);
    EXPECT_FALSE(speech.Frame(i).opus.empty());
  }
  EXPECT_LT(loudest, 25);
}

TEST(ProbeDecoderTest, FindsTheMarkerOncePerCycleWhereItWasSent) {
  const auto marked = OpusClip::Speech(170, 0, true);
  ProbeDecoder probe;
  std::vector<uint64_t> onsets;
  for (uint64_t i = 0; i < 3 * OpusClip::kCycleFrames; ++i) {
    if (probe.Decode(marked.Frame(i).opus, 0)) onsets.push_back(i);
  }
  ASSERT_EQ(onsets.size(), 3u);
  for (size_t cycle = 0; cycle < onsets.size(); ++cycle) {
    // The codec delays the burst by a few ms: it shows in the marker frame or the next.
    EXPECT_GE(onsets[cycle], cycle * OpusClip::kCycleFrames + OpusClip::kMarkerFrame);
    EXPECT_LE(onsets[cycle], cycle * OpusClip::kCycleFrames + OpusClip::kMarkerFrame + 1);
  }
  EXPECT_EQ(probe.concealed_frames(), 0u);
  EXPECT_EQ(probe.silence_gaps(), 0u);
  EXPECT_EQ(probe.decode_errors(), 0u);
}

TEST(ProbeDecoderTest, UnmarkedSpeechHasNoMarkerAndLossIsConcealed) {
  const auto speech = OpusClip::Speech(210, 0.5, false);
  ProbeDecoder probe;
  for (uint64_t i = 0; i < 2 * OpusClip::kCycleFrames; ++i) {
    // Every tenth frame lost: the next one reports the gap.
    if (i % 10 == 5) continue;
    EXPECT_FALSE(probe.Decode(speech.Frame(i).opus, i % 10 == 6 ? 1 : 0)) << "frame " << i;
  }
  EXPECT_EQ(probe.concealed_frames(), 10u);
  EXPECT_EQ(probe.frames(), 90u);
}

TEST(ProbeDecoderTest, SilenceIsOneGap) {
  const auto silence = OpusClip::Silence();
  ProbeDecoder probe;
  for (uint64_t i = 0; i < OpusClip::kCycleFrames; ++i) probe.Decode(silence.Frame(i).opus, 0);
  EXPECT_EQ(probe.silent_frames(), OpusClip::kCycleFrames);
  EXPECT_EQ(probe.silence_gaps(), 1u);
}

TEST(LoadOptionsTest, ParsesAndRefuses) {
  const auto options = LoadOptions::Parse({"--mcu", "ws://127.0.0.1:8080/ws", "--room", "r1",
                                           "--participants", "50", "--talkers", "3", "--seconds",
                                           "5", "--json"});
  EXPECT_EQ(options.participants, 50);
  EXPECT_EQ(options.talkers, 3);
  EXPECT_DOUBLE_EQ(options.seconds, 5);
  EXPECT_TRUE(options.json);
  EXPECT_TRUE(LoadOptions::Parse({"--help"}).help);
  EXPECT_THROW(LoadOptions::Parse({}), std::invalid_argument);  // no --mcu
  EXPECT_THROW(LoadOptions::Parse({"--mcu", "ws://x:1/ws", "--participants", "0"}), std::invalid_argument);
  EXPECT_THROW(LoadOptions::Parse({"--mcu", "ws://x:1/ws", "--participants", "2", "--talkers", "3"}),
               std::invalid_argument);
  EXPECT_THROW(LoadOptions::Parse({"--mcu", "ws://x:1/ws", "--bogus"}), std::invalid_argument);
  EXPECT_THROW(LoadOptions::Parse({"--target", "janus", "--janus", "http://127.0.0.1:1/janus",
                                   "--room", "abc"}),
               std::invalid_argument);
}

TEST(LoadResultTest, QuantilesByNearestRank) {
  EXPECT_DOUBLE_EQ(Quantile({}, 0.5), 0);
  EXPECT_DOUBLE_EQ(Quantile({3, 1, 2}, 0.5), 2);
  std::vector<double> hundred;
  for (int i = 1; i <= 100; ++i) hundred.push_back(i);
  EXPECT_DOUBLE_EQ(Quantile(hundred, 0.95), 95);
  LoadResult result;
  result.packets_expected = 200;
  result.packets_received = 190;
  EXPECT_DOUBLE_EQ(result.LossPercent(), 5.0);
  EXPECT_EQ(result.ToJson()["delay_ms_p50"], nullptr);
}

}  // namespace
}  // namespace vc::tests::load
