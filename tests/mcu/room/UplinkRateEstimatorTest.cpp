// The loss-based uplink estimate on an injected clock: 50 packets/s of sequence numbers with
// chosen losses, one-second windows.
#include <gtest/gtest.h>

#include "mcu/room/UplinkRateEstimator.hpp"

namespace vc::mcu::room {
namespace {

using namespace std::chrono_literals;
using Clock = UplinkRateEstimator::Clock;

UplinkRateLimits Limits() {
  UplinkRateLimits limits;
  limits.min_kbps = 100;
  limits.max_kbps = 2000;
  limits.start_kbps = 1000;
  return limits;
}

// 50 packets/s; every `lose_every`-th packet (counted over the whole run) is lost.
class Sender {
 public:
  explicit Sender(UplinkRateEstimator& estimator) : estimator_(estimator) {}
  // Sends until the estimator closes a window (about a second); false if none closed.
  bool Window(int lose_every = 0, uint32_t ssrc = 1234) {
    for (int i = 0; i < 500; ++i) {
      now_ += 20ms;
      const uint16_t sequence = sequence_++;
      if (lose_every > 0 && ++count_ % lose_every == 0) continue;
      if (estimator_.OnPacket(ssrc, sequence, now_)) return true;
    }
    return false;
  }
  uint16_t sequence_ = 65500;  // wraps during the tests
  Clock::time_point now_{};

 private:
  UplinkRateEstimator& estimator_;
  int count_ = 0;
};

TEST(UplinkRateEstimatorTest, GrowsSlowlyWithoutLossUpToTheMaximum) {
  UplinkRateEstimator estimator(Limits());
  Sender sender(estimator);
  EXPECT_EQ(estimator.EstimateKbps(), 1000);
  EXPECT_FALSE(estimator.HasStream());
  ASSERT_TRUE(sender.Window());
  EXPECT_TRUE(estimator.HasStream());
  EXPECT_EQ(estimator.Ssrc(), 1234u);
  EXPECT_DOUBLE_EQ(estimator.LastLossFraction(), 0.0);
  EXPECT_EQ(estimator.EstimateKbps(), 1051);  // 5 % + 1 kb/s a window, not a jump
  ASSERT_TRUE(sender.Window());
  EXPECT_EQ(estimator.EstimateKbps(), 1104);
  for (int w = 0; w < 40; ++w) ASSERT_TRUE(sender.Window());
  EXPECT_EQ(estimator.EstimateKbps(), 2000);  // clamped at max
}

TEST(UplinkRateEstimatorTest, DecreasesAboveTenPercentHoldsBetweenTwoAndTen) {
  UplinkRateEstimator estimator(Limits());
  Sender sender(estimator);
  ASSERT_TRUE(sender.Window(4));  // 25 % lost
  EXPECT_NEAR(estimator.LastLossFraction(), 0.25, 0.03);
  const int cut = estimator.EstimateKbps();
  EXPECT_LT(cut, 900);
  EXPECT_GT(cut, 850);  // by half the loss: ~12.5 %

  for (int w = 0; w < 3; ++w) ASSERT_TRUE(sender.Window(20));  // 5 % lost: hold
  EXPECT_NEAR(estimator.LastLossFraction(), 0.05, 0.03);
  EXPECT_EQ(estimator.EstimateKbps(), cut);

  for (int w = 0; w < 30; ++w) ASSERT_TRUE(sender.Window(2));  // 50 % for long: the floor
  EXPECT_NEAR(estimator.LastLossFraction(), 0.5, 0.05);
  EXPECT_EQ(estimator.EstimateKbps(), 100);

  ASSERT_TRUE(sender.Window());  // no loss: growing again
  EXPECT_EQ(estimator.EstimateKbps(), 106);
}

TEST(UplinkRateEstimatorTest, CapLowersAtOnceAndBoundsGrowthUntilLifted) {
  UplinkRateEstimator estimator(Limits());
  Sender sender(estimator);
  ASSERT_TRUE(sender.Window());
  estimator.SetCap(300);
  EXPECT_EQ(estimator.Cap(), 300);
  EXPECT_EQ(estimator.EstimateKbps(), 300);
  for (int w = 0; w < 5; ++w) ASSERT_TRUE(sender.Window());
  EXPECT_EQ(estimator.EstimateKbps(), 300);
  estimator.SetCap(50);  // below the floor: the floor wins
  EXPECT_EQ(estimator.EstimateKbps(), 100);
  estimator.SetCap(300);
  EXPECT_EQ(estimator.EstimateKbps(), 100);  // raising a cap is not a jump
  for (int w = 0; w < 30; ++w) ASSERT_TRUE(sender.Window());
  EXPECT_EQ(estimator.EstimateKbps(), 300);
  estimator.SetCap(std::nullopt);
  EXPECT_EQ(estimator.Cap(), std::nullopt);
  ASSERT_TRUE(sender.Window());
  ASSERT_TRUE(sender.Window());
  EXPECT_EQ(estimator.EstimateKbps(), 332);  // 300 -> 316 -> 332
}

TEST(UplinkRateEstimatorTest, ReorderingAndDuplicatesAreNotLossAndNewSsrcRestarts) {
  UplinkRateEstimator estimator(Limits());
  Clock::time_point now{};
  // Pairs swapped (1 0 3 2 ...) and every tenth sent twice, across the 16-bit wrap.
  const uint16_t base = 65530;
  int closed = 0;
  for (int i = 0; i < 60; ++i) {
    now += 20ms;
    const auto sequence = static_cast<uint16_t>(base + (i ^ 1));
    closed += estimator.OnPacket(77, sequence, now) ? 1 : 0;
    if (i % 10 == 0) closed += estimator.OnPacket(77, sequence, now) ? 1 : 0;
  }
  EXPECT_EQ(closed, 1);
  EXPECT_DOUBLE_EQ(estimator.LastLossFraction(), 0.0);
  EXPECT_EQ(estimator.EstimateKbps(), 1051);

  // Too few packets in a window: it stays open rather than judging on a handful.
  UplinkRateEstimator sparse(Limits());
  now = {};
  closed = 0;
  for (uint16_t s = 0; s < 8; ++s) {
    now += 500ms;
    closed += sparse.OnPacket(5, static_cast<uint16_t>(s * 2), now) ? 1 : 0;  // half lost
  }
  EXPECT_EQ(closed, 0);
  EXPECT_EQ(sparse.EstimateKbps(), 1000);

  // A new SSRC (the sender restarted its stream): counted afresh, no loss from the jump.
  Sender sender(estimator);
  sender.sequence_ = 4000;
  ASSERT_TRUE(sender.Window(0, 99));
  EXPECT_EQ(estimator.Ssrc(), 99u);
  EXPECT_DOUBLE_EQ(estimator.LastLossFraction(), 0.0);
}

}  // namespace
}  // namespace vc::mcu::room
