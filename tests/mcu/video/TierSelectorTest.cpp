#include "mcu/video/TierSelector.hpp"

#include <gtest/gtest.h>

#include "mcu/video/KeyframeGate.hpp"

namespace vc::mcu::video {
namespace {

using namespace std::chrono_literals;
const Clock::time_point kT0 = Clock::time_point{} + 100s;

// Feeds `bps` every 100 ms for `duration`; returns the tier at the end.
int Feed(TierSelector& s, Clock::time_point& t, long long bps, std::chrono::milliseconds duration,
         double loss = 0) {
  for (auto end = t + duration; t < end; t += 100ms) s.Update(t, bps, loss);
  return s.tier();
}

TEST(TierTableTest, DefaultAndBestFor) {
  const TierTable t = TierTable::Default();
  ASSERT_EQ(t.size(), 3);
  EXPECT_EQ(t.at(0), (Tier{1280, 720, 1'500'000}));
  EXPECT_EQ(t.BestFor(2'000'000), 0);
  EXPECT_EQ(t.BestFor(1'000'000), 1);
  EXPECT_EQ(t.BestFor(200'000), 2);
  EXPECT_EQ(t.BestFor(10'000), 2);
  EXPECT_THROW(TierTable({}), std::invalid_argument);
  EXPECT_THROW(TierTable({{320, 180, 100}, {640, 360, 200}}), std::invalid_argument);
}

TEST(TierSelectorTest, DownAfterOneSecondStraightToTheFittingTier) {
  TierSelector s(TierTable::Default());
  Clock::time_point t = kT0;
  EXPECT_EQ(Feed(s, t, 2'000'000, 2s), 0);
  EXPECT_EQ(Feed(s, t, 1'000'000, 900ms), 0);  // not yet
  EXPECT_EQ(Feed(s, t, 1'000'000, 200ms), 1);
  EXPECT_EQ(Feed(s, t, 100'000, 1100ms), 2);
}

TEST(TierSelectorTest, DipShorterThanASecondDoesNotMove) {
  TierSelector s(TierTable::Default());
  Clock::time_point t = kT0;
  for (int i = 0; i < 5; ++i) {
    Feed(s, t, 500'000, 700ms);
    Feed(s, t, 2'000'000, 300ms);
  }
  EXPECT_EQ(s.tier(), 0);
}

TEST(TierSelectorTest, UpAfterThreeSecondsAboveNextTierTimes1_3) {
  TierSelector s(TierTable::Default(), 2);
  Clock::time_point t = kT0;
  // 700 kb/s fits 600 kb/s but not 600 * 1.3 = 780: stays.
  EXPECT_EQ(Feed(s, t, 700'000, 5s), 2);
  EXPECT_EQ(Feed(s, t, 900'000, 2900ms), 2);
  EXPECT_EQ(Feed(s, t, 900'000, 200ms), 1);
  // 1.6 Mb/s < 1.5 * 1.3: not up to 720p.
  EXPECT_EQ(Feed(s, t, 1'600'000, 5s), 1);
  EXPECT_EQ(Feed(s, t, 2'500'000, 3100ms), 0);
}

TEST(TierSelectorTest, HeavyLossMovesDownOneTierAndBlocksUp) {
  TierSelector s(TierTable::Default());
  Clock::time_point t = kT0;
  EXPECT_EQ(Feed(s, t, 5'000'000, 1100ms, 0.2), 1);
  EXPECT_EQ(Feed(s, t, 5'000'000, 4s, 0.05), 1);  // 5% loss: no way up
  EXPECT_EQ(Feed(s, t, 5'000'000, 3100ms, 0.0), 0);
}

TEST(KeyframeGateTest, FiftyRequestsWithin100msGiveAtMostTwoKeyframes) {
  KeyframeGate gate(500ms);
  int keyframes = 0;
  Clock::time_point t = kT0;
  // 30 fps ticks for 1.5 s; 50 requests spread over the first 100 ms.
  int requested = 0;
  for (int tick = 0; tick < 45; ++tick, t += 33ms) {
    while (requested < 50 && kT0 + requested * 2ms <= t) {
      gate.Request();
      ++requested;
    }
    if (gate.TakeKeyframe(t)) ++keyframes;
    if (tick == 0) {
      EXPECT_EQ(keyframes, 1);  // the first is immediate
    }
  }
  EXPECT_EQ(requested, 50);
  EXPECT_EQ(keyframes, 2);
}

TEST(KeyframeGateTest, SpacedRequestsEachGetOne) {
  KeyframeGate gate(500ms);
  EXPECT_FALSE(gate.TakeKeyframe(kT0));
  gate.Request();
  EXPECT_TRUE(gate.TakeKeyframe(kT0));
  gate.Request();
  EXPECT_FALSE(gate.TakeKeyframe(kT0 + 400ms));
  EXPECT_TRUE(gate.pending());
  EXPECT_TRUE(gate.TakeKeyframe(kT0 + 500ms));
  // An encoder's own keyframe satisfies what is pending.
  gate.Request();
  gate.OnKeyframeSent(kT0 + 600ms);
  EXPECT_FALSE(gate.pending());
  EXPECT_FALSE(gate.TakeKeyframe(kT0 + 2s));
}

}  // namespace
}  // namespace vc::mcu::video
