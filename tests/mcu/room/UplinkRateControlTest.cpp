// The REMB the uplink control sends parses back (common/rtcp) with its bitrate and SSRCs.
#include <gtest/gtest.h>

#include <array>

#include "common/rtcp/CompoundPacketReader.hpp"
#include "common/rtcp/Remb.hpp"
#include "mcu/room/UplinkRateControl.hpp"

namespace vc::mcu::room {
namespace {

TEST(UplinkRateControlTest, RembCompoundParsesBack) {
  std::array<uint8_t, 64> out{};
  const size_t size = UplinkRateControl::WriteRemb(out, 0x11112222u, 300, 0xABCD0001u);
  ASSERT_EQ(size, 8u + 24u);  // empty RR, then REMB with one SSRC
  common::rtcp::CompoundPacketReader reader(std::span<const uint8_t>(out.data(), size));
  auto rr = reader.Next();
  ASSERT_TRUE(rr);
  EXPECT_EQ(rr->PacketType(), 201);
  auto header = reader.Next();
  ASSERT_TRUE(header);
  EXPECT_EQ(header->PacketType(), 206);
  EXPECT_EQ(header->CountOrFormat(), 15);
  auto remb = common::rtcp::Remb::Parse(*header);
  ASSERT_TRUE(remb);
  EXPECT_EQ(remb->SenderSsrc(), 0x11112222u);
  EXPECT_EQ(remb->BitrateBps(), 300000u);
  ASSERT_EQ(remb->SsrcCount(), 1u);
  EXPECT_EQ(remb->Ssrc(0), 0xABCD0001u);
  EXPECT_FALSE(reader.Next());

  std::array<uint8_t, 16> small{};
  EXPECT_EQ(UplinkRateControl::WriteRemb(small, 1, 300, 2), 0u);
}

}  // namespace
}  // namespace vc::mcu::room
