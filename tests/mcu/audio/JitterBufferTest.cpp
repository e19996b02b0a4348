// JitterBuffer on synthetic arrival schedules with a simulated clock: order, loss + FEC, late
// packets, DTX, wraparound, and the delay rising in a jitter burst and coming back after it.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <vector>

#include "mcu/audio/JitterBuffer.hpp"

namespace vc::mcu::audio {
namespace {

using namespace std::chrono_literals;
using Kind = JitterUnit::Kind;

const Clock::time_point kT0 = Clock::time_point{} + 1000s;

struct Sent {
  uint16_t seq;
  uint32_t ts;
  Clock::time_point arrival;
  std::vector<uint8_t> payload;
};

Sent Make(uint16_t seq, uint32_t ts, Clock::time_point arrival, size_t bytes = 20) {
  Sent s{seq, ts, arrival, std::vector<uint8_t>(bytes, static_cast<uint8_t>(seq))};
  return s;
}

JitterBuffer::PushResult PushSent(JitterBuffer& jb, const Sent& s, int samples = 960) {
  JitterPacket p;
  p.sequence = s.seq;
  p.timestamp = s.ts;
  p.samples = samples;
  p.payload = s.payload;
  p.arrival = s.arrival;
  return jb.Push(p);
}

// Plays a whole schedule: every 20 ms tick pushes what has arrived, then pops once.
struct Playout {
  std::vector<JitterUnit::Kind> kinds;
  std::vector<int> first_byte;  // payload[0] of played packets, -1 otherwise
  std::vector<int> fec_byte;    // fec[0] of missing units, -1 otherwise
  std::vector<int> delay_ms;
  std::vector<JitterBuffer::PushResult> pushes;
};

Playout RunSchedule(JitterBuffer& jb, std::vector<Sent> sent, int ticks,
                    Clock::duration phase = 7ms) {
  std::stable_sort(sent.begin(), sent.end(),
                   [](const Sent& a, const Sent& b) { return a.arrival < b.arrival; });
  Playout out;
  size_t next = 0;
  for (int tick = 0; tick < ticks; ++tick) {
    const Clock::time_point now = kT0 + phase + tick * 20ms;
    while (next < sent.size() && sent[next].arrival <= now) {
      out.pushes.push_back(PushSent(jb, sent[next++]));
    }
    const JitterUnit unit = jb.Pop(now);
    out.kinds.push_back(unit.kind);
    out.first_byte.push_back(unit.kind == Kind::kPacket ? unit.payload[0] : -1);
    out.fec_byte.push_back(unit.kind == Kind::kMissing && !unit.fec.empty() ? unit.fec[0] : -1);
    out.delay_ms.push_back(static_cast<int>(jb.playout_delay().count()));
  }
  return out;
}

// Concealed units while the sender was still sending (after its last packet, concealment is
// expected until the buffer gives up).
long MissingBeforeEnd(const Playout& p) {
  auto last = std::find(p.kinds.rbegin(), p.kinds.rend(), Kind::kPacket);
  return std::count(p.kinds.begin(), last.base(), Kind::kMissing);
}

std::vector<int> Played(const Playout& p) {
  std::vector<int> bytes;
  for (int b : p.first_byte) {
    if (b >= 0) bytes.push_back(b);
  }
  return bytes;
}

TEST(JitterBufferTest, PlaysInOrderPacketsInOrder) {
  JitterBuffer jb(20ms, 200ms);
  std::vector<Sent> sent;
  for (int k = 0; k < 50; ++k) sent.push_back(Make(k, k * 960, kT0 + k * 20ms + 2ms));
  const Playout p = RunSchedule(jb, sent, 60);
  const std::vector<int> played = Played(p);
  ASSERT_EQ(played.size(), 50u);
  for (int k = 0; k < 50; ++k) EXPECT_EQ(played[k], k);
  EXPECT_EQ(MissingBeforeEnd(p), 0);
}

TEST(JitterBufferTest, ReordersWithinTheTargetDelay) {
  JitterBuffer jb(40ms, 200ms);
  std::vector<Sent> sent;
  for (int k = 0; k < 40; ++k) {
    // Every odd packet overtakes its predecessor.
    const auto arrival = kT0 + k * 20ms + (k % 2 == 0 ? 25ms : 2ms);
    sent.push_back(Make(k, k * 960, arrival));
  }
  const Playout p = RunSchedule(jb, sent, 60);
  const std::vector<int> played = Played(p);
  ASSERT_EQ(played.size(), 40u);
  for (int k = 0; k < 40; ++k) EXPECT_EQ(played[k], k);
}

TEST(JitterBufferTest, LossGivesMissingWithTheNextPacketForFec) {
  JitterBuffer jb(20ms, 200ms);
  std::vector<Sent> sent;
  for (int k = 0; k < 40; ++k) {
    if (k == 10) continue;
    sent.push_back(Make(k, k * 960, kT0 + k * 20ms + 1ms));
  }
  const Playout p = RunSchedule(jb, sent, 60);
  const auto missing = std::find(p.fec_byte.begin(), p.fec_byte.end(), 11);
  ASSERT_NE(missing, p.fec_byte.end()) << "no FEC unit for the lost packet";
  const std::vector<int> played = Played(p);
  EXPECT_EQ(played.size(), 39u);
  EXPECT_EQ(std::count(played.begin(), played.end(), 10), 0);
  EXPECT_TRUE(std::is_sorted(played.begin(), played.end()));
  EXPECT_EQ(jb.frames_lost(), 1u);
}

TEST(JitterBufferTest, LatePacketIsCountedAndDropped) {
  JitterBuffer jb(20ms, 60ms);
  std::vector<Sent> sent;
  for (int k = 0; k < 40; ++k) {
    const auto arrival = kT0 + k * 20ms + (k == 10 ? 300ms : 1ms);
    sent.push_back(Make(k, k * 960, arrival));
  }
  const Playout p = RunSchedule(jb, sent, 60);
  EXPECT_EQ(std::count(p.pushes.begin(), p.pushes.end(), JitterBuffer::PushResult::kLate), 1);
  const std::vector<int> played = Played(p);
  EXPECT_EQ(std::count(played.begin(), played.end(), 10), 0);
  EXPECT_TRUE(std::is_sorted(played.begin(), played.end()));
}

TEST(JitterBufferTest, DuplicateIsIgnored) {
  JitterBuffer jb(20ms, 200ms);
  const Sent s = Make(5, 4800, kT0);
  EXPECT_EQ(PushSent(jb, s), JitterBuffer::PushResult::kStored);
  EXPECT_EQ(PushSent(jb, s), JitterBuffer::PushResult::kDuplicate);
}

TEST(JitterBufferTest, DtxPacketEndsPlayoutWithoutConcealment) {
  JitterBuffer jb(20ms, 200ms);
  std::vector<Sent> sent;
  for (int k = 0; k < 20; ++k) sent.push_back(Make(k, k * 960, kT0 + k * 20ms + 1ms));
  sent.push_back(Make(20, 20 * 960, kT0 + 20 * 20ms + 1ms, 1));  // DTX: TOC byte only
  const Playout p = RunSchedule(jb, sent, 80);
  EXPECT_EQ(std::count(p.kinds.begin(), p.kinds.end(), Kind::kMissing), 0);
  EXPECT_EQ(p.kinds.back(), Kind::kNoData);
  EXPECT_FALSE(jb.playing());
}

TEST(JitterBufferTest, SenderThatStopsIsConcealedOnlyBriefly) {
  JitterBuffer jb(20ms, 200ms);
  std::vector<Sent> sent;
  for (int k = 0; k < 20; ++k) sent.push_back(Make(k, k * 960, kT0 + k * 20ms + 1ms));
  const Playout p = RunSchedule(jb, sent, 200);
  const auto concealed = std::count(p.kinds.begin(), p.kinds.end(), Kind::kMissing);
  EXPECT_GT(concealed, 0);
  EXPECT_LE(concealed, 12);  // up to the maximum delay, then "no data"
  EXPECT_EQ(p.kinds.back(), Kind::kNoData);
}

TEST(JitterBufferTest, ResumesAfterAPauseWithAContinuingSequence) {
  JitterBuffer jb(20ms, 200ms);
  std::vector<Sent> sent;
  for (int k = 0; k < 20; ++k) sent.push_back(Make(k, k * 960, kT0 + k * 20ms + 1ms));
  sent.push_back(Make(20, 20 * 960, kT0 + 20 * 20ms + 1ms, 1));
  // One second of silence (timestamp jumps, sequence does not), then talk again.
  for (int k = 21; k < 60; ++k)
    sent.push_back(Make(k, (k + 50) * 960, kT0 + (k + 50) * 20ms + 1ms));
  const Playout p = RunSchedule(jb, sent, 140);
  const std::vector<int> played = Played(p);
  EXPECT_EQ(played.size(), 60u);
  EXPECT_EQ(MissingBeforeEnd(p), 0);
}

TEST(JitterBufferTest, SequenceAndTimestampWrapAround) {
  JitterBuffer jb(20ms, 200ms);
  std::vector<Sent> sent;
  for (int k = 0; k < 40; ++k) {
    const uint16_t seq = static_cast<uint16_t>(65520 + k);
    const uint32_t ts =
        static_cast<uint32_t>(0xFFFFFFFFu - 960u * 10u + 960u * static_cast<uint32_t>(k));
    sent.push_back(Make(seq, ts, kT0 + k * 20ms + (k == 17 ? 15ms : 1ms)));
  }
  const Playout p = RunSchedule(jb, sent, 60);
  const std::vector<int> played = Played(p);
  ASSERT_EQ(played.size(), 40u);
  for (int k = 0; k < 40; ++k) EXPECT_EQ(played[k], static_cast<uint8_t>(65520 + k));
}

TEST(JitterBufferTest, LongerPacketsAdvanceByTheirDuration) {
  JitterBuffer jb(20ms, 200ms);
  int popped_samples = 0;
  int packets = 0;
  for (int k = 0; k < 10; ++k) {
    Sent s = Make(k, k * 2880, kT0 + k * 60ms);
    PushSent(jb, s, 2880);
    // The caller pops only when its decoded audio runs out: once per three 20 ms ticks.
    const JitterUnit unit = jb.Pop(kT0 + k * 60ms + 25ms);
    if (unit.kind == Kind::kPacket) ++packets;
    popped_samples += unit.samples;
  }
  EXPECT_EQ(packets, 10);
  EXPECT_EQ(popped_samples, 10 * 2880);
}

TEST(JitterBufferTest, DelayRisesInAJitterBurstAndComesBackWithinFiveSeconds) {
  JitterBuffer jb(20ms, 200ms);
  std::mt19937 random(42);
  std::uniform_int_distribution<int> small(0, 3000);    // us
  std::uniform_int_distribution<int> burst(0, 200000);  // us: 200 ms of jitter
  std::vector<Sent> sent;
  constexpr int kBurstStart = 150;  // packets (3 s)
  constexpr int kBurstEnd = 250;    // 2 s burst
  constexpr int kTotal = 600;       // 12 s
  for (int k = 0; k < kTotal; ++k) {
    const bool in_burst = k >= kBurstStart && k < kBurstEnd;
    const auto extra = std::chrono::microseconds(in_burst ? burst(random) : small(random));
    sent.push_back(Make(static_cast<uint16_t>(k), k * 960, kT0 + k * 20ms + 5ms + extra));
  }
  const Playout p = RunSchedule(jb, sent, kTotal + 20);
  auto average = [&](int from, int to) {
    double sum = 0;
    for (int i = from; i < to; ++i) sum += p.delay_ms[i];
    return sum / (to - from);
  };
  const double before = average(100, 150);
  const double during = average(220, 250);
  const double after = average(kBurstEnd + 240, kBurstEnd + 250);  // 4.8 .. 5 s after the burst
  RecordProperty("delay_before_ms", std::to_string(before));
  RecordProperty("delay_during_ms", std::to_string(during));
  RecordProperty("delay_after_ms", std::to_string(after));
  EXPECT_LT(before, 60.0);
  EXPECT_GT(during, before + 80.0) << "the buffer did not adapt to the burst";
  EXPECT_LT(after, before + 25.0) << "the delay did not come back down";
  EXPECT_LE(jb.target_delay(), 40ms);
}

}  // namespace
}  // namespace vc::mcu::audio
