#include <gtest/gtest.h>

#include "common/rtp/MutableRtpPacketView.hpp"
#include "common/rtp/TransportSequenceNumberExtension.hpp"
#include "tests/common/util/TestDataFile.hpp"

namespace vc::common::rtp {
namespace {

TEST(MutableRtpPacketViewTest, RewritesHeaderForForwarding) {
  auto bytes = test::ReadTestData("rtp/vp8-twcc-1.bin");
  ASSERT_FALSE(bytes.empty());
  const auto original = bytes;
  auto packet = MutableRtpPacketView::Parse(bytes);
  ASSERT_TRUE(packet);
  packet->SetSsrc(0x01020304);
  packet->SetSequenceNumber(0xFFFF);
  packet->SetTimestamp(0xA0B0C0D0);
  packet->SetPayloadType(120);
  packet->SetMarker(true);

  const auto view = RtpPacketView::Parse(bytes);
  ASSERT_TRUE(view);
  EXPECT_EQ(view->Ssrc(), 0x01020304u);
  EXPECT_EQ(view->SequenceNumber(), 0xFFFF);
  EXPECT_EQ(view->Timestamp(), 0xA0B0C0D0u);
  EXPECT_EQ(view->PayloadType(), 120);
  EXPECT_TRUE(view->Marker());
  // Nothing else moved.
  EXPECT_EQ(view->HeaderSize(), 20u);
  EXPECT_TRUE(std::equal(bytes.begin() + 12, bytes.end(), original.begin() + 12));

  packet->SetPayloadType(0xFF);  // Only 7 bits are used; the marker stays.
  EXPECT_EQ(bytes[1], 0xFF);
  packet->SetMarker(false);
  EXPECT_EQ(bytes[1], 0x7F);
}

TEST(MutableRtpPacketViewTest, RewritesTransportSequenceNumberInPlace) {
  auto bytes = test::ReadTestData("rtp/vp8-twcc-2.bin");
  ASSERT_FALSE(bytes.empty());
  auto packet = MutableRtpPacketView::Parse(bytes);
  ASSERT_TRUE(packet);
  auto value = packet->MutableExtension(3);
  ASSERT_TRUE(value);
  EXPECT_EQ(TransportSequenceNumberExtension::Parse(*value), 0x6FA2);
  ASSERT_TRUE(TransportSequenceNumberExtension::Write(*value, 7));
  EXPECT_EQ(TransportSequenceNumberExtension::Parse(*RtpPacketView::Parse(bytes)->Extension(3)), 7);
  EXPECT_FALSE(packet->MutableExtension(4));
}

TEST(MutableRtpPacketViewTest, RejectsWhatTheViewRejects) {
  std::vector<uint8_t> bytes = {0x80, 96, 0, 1, 0, 0, 0, 0, 0, 0, 0};
  EXPECT_FALSE(MutableRtpPacketView::Parse(bytes));
}

}  // namespace
}  // namespace vc::common::rtp
