// Mixer: minus-self for sources, one shared common mix for the others, encode count, loss.
#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <vector>

#include "mcu/audio/AudioFormat.hpp"
#include "mcu/audio/Mixer.hpp"

namespace vc::mcu::audio {
namespace {

std::vector<float> Tone(double freq) {
  std::vector<float> pcm(kFrameSamples);
  for (int i = 0; i < kFrameSamples; ++i) {
    pcm[static_cast<size_t>(i)] =
        static_cast<float>(0.1 * std::sin(2 * std::numbers::pi * freq * i / 48000.0));
  }
  return pcm;
}

TEST(MixerTest, SourcesGetMinusSelfOthersShareOneFrame) {
  Mixer mixer(32000);
  const std::vector<float> a = Tone(440.0);
  const std::vector<float> b = Tone(660.0);
  const std::vector<MixSource> sources{{1, a, std::nullopt}, {2, b, std::nullopt}};
  const std::vector<ParticipantKey> receivers{1, 2, 3, 4, 5};
  const std::vector<MixOutput> out = mixer.Mix(sources, receivers);
  ASSERT_EQ(out.size(), 5u);
  EXPECT_EQ(mixer.last_encode_count(), 3u);
  EXPECT_EQ(out[0].frame->contributors, std::vector<ParticipantKey>{2});
  EXPECT_EQ(out[1].frame->contributors, std::vector<ParticipantKey>{1});
  EXPECT_EQ(out[2].frame.get(), out[3].frame.get());
  EXPECT_EQ(out[2].frame.get(), out[4].frame.get());
  EXPECT_EQ(out[2].frame->contributors, (std::vector<ParticipantKey>{1, 2}));
  EXPECT_TRUE(out[2].frame->voice);
  EXPECT_FALSE(out[2].frame->opus.empty());
}

TEST(MixerTest, NoSourcesStillGivesEveryoneAFrame) {
  Mixer mixer(32000);
  const std::vector<ParticipantKey> receivers{7, 8};
  const std::vector<MixOutput> out = mixer.Mix({}, receivers);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(mixer.last_encode_count(), 1u);
  EXPECT_FALSE(out[0].frame->voice);
  EXPECT_EQ(out[0].frame->level_dbov, 127);
}

TEST(MixerTest, ReceiverLossIsAcceptedAndForgotten) {
  Mixer mixer(32000);
  mixer.SetReceiverLoss(3, 0.25);
  mixer.SetReceiverLoss(3, NAN);
  const std::vector<ParticipantKey> receivers{3};
  EXPECT_EQ(mixer.Mix({}, receivers).size(), 1u);
  mixer.RemoveParticipant(3);
  EXPECT_EQ(mixer.Mix({}, receivers).size(), 1u);
}

// A recording wants the full mix: the listeners' frame itself when someone receives it, one
// more encode only when every participant is a talker (nobody is on the common mix).
TEST(MixerTest, TheFullMixIsTheListenersFrameOrEncodedOnceMoreForARecording) {
  Mixer mixer(32000);
  const std::vector<float> a = Tone(440.0);
  const std::vector<float> b = Tone(660.0);
  const std::vector<MixSource> sources{{1, a, std::nullopt}, {2, b, std::nullopt}};
  const std::vector<ParticipantKey> with_listener{1, 2, 3};
  auto out = mixer.Mix(sources, with_listener, /*full_mix=*/true);
  EXPECT_EQ(mixer.last_encode_count(), 3u);
  ASSERT_TRUE(mixer.last_full_mix());
  EXPECT_EQ(mixer.last_full_mix().get(), out[2].frame.get());

  const std::vector<ParticipantKey> talkers_only{1, 2};
  out = mixer.Mix(sources, talkers_only, /*full_mix=*/true);
  EXPECT_EQ(mixer.last_encode_count(), 3u);  // two minus-self mixes + the full one
  ASSERT_TRUE(mixer.last_full_mix());
  EXPECT_EQ(mixer.last_full_mix()->contributors, (std::vector<ParticipantKey>{1, 2}));
  EXPECT_TRUE(mixer.last_full_mix()->voice);

  out = mixer.Mix(sources, talkers_only);  // not wanted: nothing extra
  EXPECT_EQ(mixer.last_encode_count(), 2u);
  EXPECT_FALSE(mixer.last_full_mix());
}

}  // namespace
}  // namespace vc::mcu::audio
