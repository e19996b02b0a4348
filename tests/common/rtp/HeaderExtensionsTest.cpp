#include <gtest/gtest.h>

#include <array>

#include "common/rtp/AbsSendTimeExtension.hpp"
#include "common/rtp/AudioLevelExtension.hpp"
#include "common/rtp/RtpPacketView.hpp"
#include "common/rtp/TransportSequenceNumberExtension.hpp"
#include "tests/common/util/TestDataFile.hpp"

namespace vc::common::rtp {
namespace {

TEST(AudioLevelExtensionTest, ReadsRecordedLevels) {
  // GStreamer's `level` element measured a tick tone: -21 dBov, then -59 dBov.
  const auto first = test::ReadTestData("rtp/opus-audio-level-1.bin");
  const auto second = test::ReadTestData("rtp/opus-audio-level-2.bin");
  ASSERT_FALSE(first.empty());
  ASSERT_FALSE(second.empty());
  const auto level1 = AudioLevelExtension::Parse(*RtpPacketView::Parse(first)->Extension(1));
  const auto level2 = AudioLevelExtension::Parse(*RtpPacketView::Parse(second)->Extension(1));
  ASSERT_TRUE(level1);
  ASSERT_TRUE(level2);
  EXPECT_EQ(level1->level_dbov, 21);
  EXPECT_FALSE(level1->voice_activity);
  EXPECT_EQ(level2->level_dbov, 59);
}

TEST(AudioLevelExtensionTest, RoundTripAndBounds) {
  std::array<uint8_t, 1> value{};
  ASSERT_TRUE(AudioLevelExtension::Write(value, {true, 30}));
  EXPECT_EQ(value[0], 0x80 | 30);
  const auto level = AudioLevelExtension::Parse(value);
  ASSERT_TRUE(level);
  EXPECT_TRUE(level->voice_activity);
  EXPECT_EQ(level->level_dbov, 30);
  ASSERT_TRUE(AudioLevelExtension::Write(value, {false, 200}));  // Clamped to silence.
  EXPECT_EQ(value[0], 127);
  std::array<uint8_t, 2> wrong{};
  EXPECT_FALSE(AudioLevelExtension::Parse(wrong));
  EXPECT_FALSE(AudioLevelExtension::Write(wrong, {}));
  EXPECT_FALSE(AudioLevelExtension::Parse({}));
}

TEST(TransportSequenceNumberExtensionTest, RoundTripAndBounds) {
  std::array<uint8_t, 2> value{};
  ASSERT_TRUE(TransportSequenceNumberExtension::Write(value, 0xBEEF));
  EXPECT_EQ(value[0], 0xBE);
  EXPECT_EQ(TransportSequenceNumberExtension::Parse(value), 0xBEEF);
  std::array<uint8_t, 3> wrong{};
  EXPECT_FALSE(TransportSequenceNumberExtension::Parse(wrong));
  EXPECT_FALSE(TransportSequenceNumberExtension::Write(wrong, 1));
}

TEST(AbsSendTimeExtensionTest, ChromeValueAndConversions) {
  // abs-send-time 0x03f7ae from the Chrome packet in RtpPacketViewTest: 0x03f7ae / 2^18 s.
  const std::array<uint8_t, 3> chrome = {0x03, 0xf7, 0xae};
  const auto value = AbsSendTimeExtension::Parse(chrome);
  ASSERT_TRUE(value);
  EXPECT_EQ(*value, 0x03f7aeu);
  EXPECT_EQ(AbsSendTimeExtension::ToMicroseconds(*value), 991875u);

  EXPECT_EQ(AbsSendTimeExtension::FromMicroseconds(1'000'000), 1u << 18);
  EXPECT_EQ(AbsSendTimeExtension::FromMicroseconds(64'000'000), 0u);  // Wraps every 64 s.
  EXPECT_EQ(AbsSendTimeExtension::FromMicroseconds(65'500'000), 0x60000u);
  for (uint64_t us : {0ull, 1ull, 3'814ull, 1'234'567ull, 63'999'000ull}) {
    const uint64_t back =
        AbsSendTimeExtension::ToMicroseconds(AbsSendTimeExtension::FromMicroseconds(us));
    EXPECT_LE(back > us ? back - us : us - back, 2u) << us;
  }

  std::array<uint8_t, 3> out{};
  ASSERT_TRUE(AbsSendTimeExtension::Write(out, 0x12345678));  // Only 24 bits are kept.
  EXPECT_EQ(AbsSendTimeExtension::Parse(out), 0x345678u);
  EXPECT_FALSE(AbsSendTimeExtension::Parse(std::span<const uint8_t>(out.data(), 2)));
}

}  // namespace
}  // namespace vc::common::rtp
