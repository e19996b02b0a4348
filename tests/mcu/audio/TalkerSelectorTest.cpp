// TalkerSelector: loudest N, silence never selected, hysteresis against flapping, hold after a
// talker goes quiet, replacement only by a clearly louder newcomer, muted never selected.
#include <gtest/gtest.h>

#include <vector>

#include "mcu/audio/TalkerSelector.hpp"

namespace vc::mcu::audio {
namespace {

std::vector<TalkerCandidate> Levels(std::initializer_list<uint8_t> levels) {
  std::vector<TalkerCandidate> c;
  ParticipantKey key = 1;
  for (uint8_t level : levels) c.push_back({key++, level, true});
  return c;
}

void RunTicks(TalkerSelector& s, const std::vector<TalkerCandidate>& c, int ticks) {
  for (int i = 0; i < ticks; ++i) s.Update(c);
}

TEST(TalkerSelectorTest, PicksTheLoudestAndIgnoresSilence) {
  TalkerSelector s(3);
  RunTicks(s, Levels({20, 127, 60, 25, 127, 60}), 20);
  EXPECT_EQ(s.talkers(), (std::vector<ParticipantKey>{1, 4}));
}

TEST(TalkerSelectorTest, LimitsToMaxTalkersLoudestFirst) {
  TalkerSelector s(2);
  RunTicks(s, Levels({30, 20, 40, 25}), 20);
  // 1 and 2 took the free slots; 4 is louder than 1 by less than the margin.
  ASSERT_EQ(s.talkers().size(), 2u);
  EXPECT_EQ(s.talkers()[0], 2u);
}

TEST(TalkerSelectorTest, SimilarAlternatingLevelsDoNotFlap) {
  TalkerSelector s(1);
  int changes = 0;
  ParticipantKey current = 0;
  for (int tick = 0; tick < 500; ++tick) {
    const bool a_louder = (tick / 5) % 2 == 0;  // swap every 100 ms
    const auto& talkers = s.Update(Levels(
        {static_cast<uint8_t>(a_louder ? 20 : 23), static_cast<uint8_t>(a_louder ? 23 : 20)}));
    if (tick < 5) continue;  // the smoothed levels rise over the first ticks
    ASSERT_EQ(talkers.size(), 1u);
    if (talkers[0] != current) {
      ++changes;
      current = talkers[0];
    }
  }
  EXPECT_EQ(changes, 1);
}

TEST(TalkerSelectorTest, ClearlyLouderNewcomerReplacesTheQuietestAfterAWhile) {
  TalkerSelector s(1);
  RunTicks(s, Levels({40, 127}), 20);
  ASSERT_EQ(s.talkers(), std::vector<ParticipantKey>{1});
  const auto loud = Levels({40, 15});
  s.Update(loud);
  s.Update(loud);
  EXPECT_EQ(s.talkers(), std::vector<ParticipantKey>{1}) << "replaced without hysteresis";
  RunTicks(s, loud, 15);
  EXPECT_EQ(s.talkers(), std::vector<ParticipantKey>{2});
}

TEST(TalkerSelectorTest, TalkerStaysForTheHoldTimeAfterGoingQuiet) {
  TalkerSelector s(3);
  RunTicks(s, Levels({20}), 20);
  ASSERT_TRUE(s.IsTalker(1));
  int ticks = 0;
  while (s.IsTalker(1) && ticks < 200) {
    s.Update(Levels({127}));
    ++ticks;
  }
  // Hold (500 ms) plus the time the smoothed level needs to fall below the threshold.
  EXPECT_GE(ticks * 20, 500);
  EXPECT_LE(ticks * 20, 1500);
}

TEST(TalkerSelectorTest, MutedIsNeverATalkerAndLeavesAtOnce) {
  TalkerSelector s(3);
  auto c = Levels({20, 25});
  RunTicks(s, c, 10);
  ASSERT_TRUE(s.IsTalker(1));
  c[0].eligible = false;
  s.Update(c);
  EXPECT_FALSE(s.IsTalker(1));
  EXPECT_TRUE(s.IsTalker(2));
}

TEST(TalkerSelectorTest, RemoveForgetsTheParticipant) {
  TalkerSelector s(3);
  RunTicks(s, Levels({20, 25}), 10);
  s.Remove(1);
  EXPECT_FALSE(s.IsTalker(1));
  EXPECT_EQ(s.SmoothedDbov(1), -127.0);
}

}  // namespace
}  // namespace vc::mcu::audio
