#include <gtest/gtest.h>

#include <vector>

#include "common/rtcp/Fir.hpp"
#include "common/rtcp/Nack.hpp"
#include "common/rtcp/Pli.hpp"
#include "common/rtcp/Remb.hpp"
#include "common/rtcp/RtcpTypes.hpp"
#include "tests/common/rtcp/RtcpTestUtil.hpp"
#include "tests/common/util/TestDataFile.hpp"

namespace vc::common::rtcp {
namespace {

using test_util::FindPacket;

std::vector<uint8_t> Bytes(std::span<const uint8_t> span) { return {span.begin(), span.end()}; }

TEST(NackTest, ParsesRecordedNacks) {
  const auto one = test::ReadTestData("rtcp/rr-sdes-nack.bin");
  const auto header = FindPacket(one, kRtpFeedbackType, kNackFormat);
  ASSERT_TRUE(header);
  const auto nack = Nack::Parse(*header);
  ASSERT_TRUE(nack);
  EXPECT_EQ(nack->SenderSsrc(), 0xCA8B39E5u);
  EXPECT_EQ(nack->MediaSsrc(), 0xFCCC63A9u);
  EXPECT_EQ(nack->ItemCount(), 1u);
  EXPECT_EQ(nack->LostSequenceNumbers(), (std::vector<uint16_t>{12091}));

  const auto two = test::ReadTestData("rtcp/rr-sdes-pli-nack.bin");
  const auto second = Nack::Parse(*FindPacket(two, kRtpFeedbackType, kNackFormat));
  ASSERT_TRUE(second);
  EXPECT_EQ(second->LostSequenceNumbers(), (std::vector<uint16_t>{12110}));
}

// The FCI of RFC 4585 6.2.1: PID 0 with BLP 0x8085 means 0, 1, 3, 8 and 16 were lost.
const std::vector<uint8_t> kNackPacket = {0x81, 205,  0x00, 0x03, 0x12, 0x34, 0x56, 0x78,
                                          0x23, 0x45, 0x67, 0x89, 0x00, 0x00, 0x80, 0x85};
const std::vector<uint16_t> kNackList = {0, 1, 3, 8, 16};

TEST(NackTest, BitmaskVectorParsesAndBuilds) {
  const auto nack = Nack::Parse(*CommonHeader::Parse(kNackPacket));
  ASSERT_TRUE(nack);
  EXPECT_EQ(nack->LostSequenceNumbers(), kNackList);
  std::vector<uint8_t> out(64);
  const size_t size = Nack::Write(out, 0x12345678, 0x23456789, kNackList);
  ASSERT_EQ(size, kNackPacket.size());
  EXPECT_EQ(Bytes({out.data(), size}), kNackPacket);
}

TEST(NackTest, RoundTripAcrossWrapAndGaps) {
  const std::vector<uint16_t> lost = {65530, 65535, 0, 9, 10, 40, 41, 57, 58, 1000};
  std::vector<uint8_t> out(128);
  const size_t size = Nack::Write(out, 1, 2, lost);
  ASSERT_GT(size, 0u);
  const auto nack = Nack::Parse(*CommonHeader::Parse({out.data(), size}));
  ASSERT_TRUE(nack);
  EXPECT_EQ(nack->LostSequenceNumbers(), lost);
  EXPECT_EQ(nack->ItemCount(), 4u);  // {65530 .. 10}, {40, 41}, {57, 58}, {1000}
  EXPECT_EQ(Nack::Write({out.data(), size - 1}, 1, 2, lost), 0u);
  EXPECT_EQ(Nack::Write(out, 1, 2, {}), 0u);
}

TEST(NackTest, RejectsMalformed) {
  auto no_fci = kNackPacket;
  no_fci[3] = 0x02;
  EXPECT_FALSE(Nack::Parse(*CommonHeader::Parse({no_fci.data(), 12})));
  auto wrong_format = kNackPacket;
  wrong_format[0] = 0x82;
  EXPECT_FALSE(Nack::Parse(*CommonHeader::Parse(wrong_format)));
}

TEST(PliTest, ParsesRecordedPliAndBuilds) {
  const auto bytes = test::ReadTestData("rtcp/rr-sdes-pli.bin");
  const auto header = FindPacket(bytes, kPsFeedbackType, kPliFormat);
  ASSERT_TRUE(header);
  const auto pli = Pli::Parse(*header);
  ASSERT_TRUE(pli);
  EXPECT_EQ(pli->SenderSsrc(), 0xCA8B39E5u);
  EXPECT_EQ(pli->MediaSsrc(), 0xFCCC63A9u);

  std::vector<uint8_t> out(Pli::kSize);
  ASSERT_EQ(Pli::Write(out, 0xCA8B39E5, 0xFCCC63A9), Pli::kSize);
  EXPECT_EQ(out, Bytes(header->Packet()));  // Byte-identical to GStreamer's.
  EXPECT_EQ(Pli::Write({out.data(), 11}, 1, 2), 0u);
  EXPECT_FALSE(Pli::Parse(*CommonHeader::Parse({out.data(), 4})));
}

TEST(FirTest, KnownBytesAndRoundTrip) {
  // RFC 5104 4.3.1: media SSRC 0, one FCI entry for 0x23456789 with sequence number 0x13.
  const std::vector<uint8_t> packet = {0x84, 206,  0x00, 0x04, 0x12, 0x34, 0x56, 0x78, 0x00, 0x00,
                                       0x00, 0x00, 0x23, 0x45, 0x67, 0x89, 0x13, 0x00, 0x00, 0x00};
  const auto fir = Fir::Parse(*CommonHeader::Parse(packet));
  ASSERT_TRUE(fir);
  EXPECT_EQ(fir->SenderSsrc(), 0x12345678u);
  ASSERT_EQ(fir->EntryCount(), 1u);
  EXPECT_EQ(fir->Entry(0), (FirEntry{0x23456789, 0x13}));
  EXPECT_EQ(fir->Entry(1), FirEntry{});

  std::vector<uint8_t> out(64);
  const FirEntry entry{0x23456789, 0x13};
  ASSERT_EQ(Fir::Write(out, 0x12345678, std::span(&entry, 1)), packet.size());
  EXPECT_EQ(Bytes({out.data(), packet.size()}), packet);

  const std::vector<FirEntry> entries = {{1, 1}, {2, 255}};
  const size_t size = Fir::Write(out, 9, entries);
  ASSERT_EQ(size, 28u);
  const auto two = Fir::Parse(*CommonHeader::Parse({out.data(), size}));
  ASSERT_TRUE(two);
  EXPECT_EQ(two->Entry(1), entries[1]);
  EXPECT_EQ(Fir::Write({out.data(), 27}, 9, entries), 0u);
  EXPECT_FALSE(Fir::Parse(*CommonHeader::Parse({out.data(), 12})));
}

// Chrome's REMB as kept in mediasoup's tests: 2 SSRCs, exp 0, mantissa 122754.
const std::vector<uint8_t> kChromeRemb = {
    0x8f, 0xce, 0x00, 0x06, 0xfa, 0x17, 0xfa, 0x17, 0x00, 0x00, 0x00, 0x00, 0x52, 0x45,
    0x4d, 0x42, 0x02, 0x01, 0xdf, 0x82, 0x02, 0xd0, 0x37, 0x02, 0x04, 0xa7, 0x67, 0x47};

TEST(RembTest, ParsesChromeRembAndBuildsIt) {
  const auto remb = Remb::Parse(*CommonHeader::Parse(kChromeRemb));
  ASSERT_TRUE(remb);
  EXPECT_EQ(remb->SenderSsrc(), 0xFA17FA17u);
  EXPECT_EQ(remb->BitrateBps(), 122754u);
  ASSERT_EQ(remb->SsrcCount(), 2u);
  EXPECT_EQ(remb->Ssrc(0), 0x02D03702u);
  EXPECT_EQ(remb->Ssrc(1), 0x04A76747u);

  std::vector<uint8_t> out(64);
  const std::vector<uint32_t> ssrcs = {0x02D03702, 0x04A76747};
  ASSERT_EQ(Remb::Write(out, 0xFA17FA17, 122754, ssrcs), kChromeRemb.size());
  EXPECT_EQ(Bytes({out.data(), kChromeRemb.size()}), kChromeRemb);
}

TEST(RembTest, ExponentAndMantissa) {
  std::vector<uint8_t> out(64);
  const std::vector<uint32_t> ssrcs = {0x23456789, 0x2345678a, 0x2345678b};
  // 0x3fb93 * 2 needs exponent 1: the mantissa bytes are 0x07 0xfb 0x93.
  const size_t size = Remb::Write(out, 0x12345678, 0x3fb93 * 2, ssrcs);
  ASSERT_EQ(size, 32u);
  EXPECT_EQ(out[16], 3);
  EXPECT_EQ(out[17], 0x07);
  EXPECT_EQ(out[18], 0xfb);
  EXPECT_EQ(out[19], 0x93);
  EXPECT_EQ(Remb::Parse(*CommonHeader::Parse({out.data(), size}))->BitrateBps(), 0x3fb93u * 2);

  const uint64_t huge = uint64_t{0x3fb93} << 30;
  ASSERT_GT(Remb::Write(out, 1, huge, {}), 0u);
  EXPECT_EQ(Remb::Parse(*CommonHeader::Parse({out.data(), 20}))->BitrateBps(), huge);
  // Rounds down to what 18 bits of mantissa can say.
  ASSERT_GT(Remb::Write(out, 1, 1'000'001, {}), 0u);
  EXPECT_EQ(Remb::Parse(*CommonHeader::Parse({out.data(), 20}))->BitrateBps(), 1'000'000u);
}

TEST(RembTest, RejectsMalformed) {
  auto not_remb = kChromeRemb;
  not_remb[12] = 'X';
  EXPECT_FALSE(Remb::Parse(*CommonHeader::Parse(not_remb)));
  auto too_many = kChromeRemb;
  too_many[16] = 3;  // Three SSRCs announced, two present.
  EXPECT_FALSE(Remb::Parse(*CommonHeader::Parse(too_many)));
  auto overflow = kChromeRemb;
  overflow[17] = 0xFF;  // Exponent 63 with a large mantissa does not fit in 64 bits.
  EXPECT_FALSE(Remb::Parse(*CommonHeader::Parse(overflow)));
  std::vector<uint8_t> out(64);
  EXPECT_EQ(Remb::Write({out.data(), 27}, 1, 1, std::vector<uint32_t>{1, 2}), 0u);
}

}  // namespace
}  // namespace vc::common::rtcp
