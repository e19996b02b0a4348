#include <gtest/gtest.h>

#include <array>

#include "common/util/ByteOrder.hpp"

namespace vc::common::util {
namespace {

TEST(ByteOrderTest, ReadsNetworkOrder) {
  const std::array<uint8_t, 8> bytes = {0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08};
  EXPECT_EQ(ReadU16(bytes.data()), 0x0102);
  EXPECT_EQ(ReadU24(bytes.data()), 0x010203u);
  EXPECT_EQ(ReadU32(bytes.data()), 0x01020304u);
  EXPECT_EQ(ReadU64(bytes.data()), 0x0102030405060708ull);
}

TEST(ByteOrderTest, SignedTwentyFourBit) {
  const std::array<uint8_t, 3> minus_one = {0xFF, 0xFF, 0xFF};
  const std::array<uint8_t, 3> most_negative = {0x80, 0x00, 0x00};
  const std::array<uint8_t, 3> most_positive = {0x7F, 0xFF, 0xFF};
  EXPECT_EQ(ReadS24(minus_one.data()), -1);
  EXPECT_EQ(ReadS24(most_negative.data()), -0x800000);
  EXPECT_EQ(ReadS24(most_positive.data()), 0x7FFFFF);
}

TEST(ByteOrderTest, WritesRoundTrip) {
  std::array<uint8_t, 8> out{};
  WriteU16(out.data(), 0xBEDE);
  EXPECT_EQ(out[0], 0xBE);
  EXPECT_EQ(out[1], 0xDE);
  WriteU24(out.data(), 0xABCDEF);
  EXPECT_EQ(ReadU24(out.data()), 0xABCDEFu);
  WriteS24(out.data(), -2);
  EXPECT_EQ(ReadS24(out.data()), -2);
  EXPECT_EQ(out[0], 0xFF);
  WriteU32(out.data(), 0xDEADBEEF);
  EXPECT_EQ(ReadU32(out.data()), 0xDEADBEEFu);
  WriteU64(out.data(), 0x1122334455667788ull);
  EXPECT_EQ(ReadU64(out.data()), 0x1122334455667788ull);
  EXPECT_EQ(out[7], 0x88);
}

}  // namespace
}  // namespace vc::common::util
