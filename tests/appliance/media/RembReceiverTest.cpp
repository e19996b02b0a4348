// The REMB as webrtcbin's RTP session hands it over (type, format, SSRCs, FCI), built with the
// same common/rtcp writer the MCU uses.
#include <gtest/gtest.h>

#include <array>

#include "appliance/media/RembReceiver.hpp"
#include "common/rtcp/Remb.hpp"

namespace vc::appliance::media {
namespace {

TEST(RembReceiverTest, ParsesTheFciOfARemb) {
  std::array<uint8_t, 64> packet{};
  const uint32_t ssrcs[] = {0xCAFE0001u};
  const size_t size = common::rtcp::Remb::Write(packet, 0x1111u, 300000, ssrcs);
  ASSERT_EQ(size, 24u);
  const std::span<const uint8_t> fci(packet.data() + 12, size - 12);
  EXPECT_EQ(RembReceiver::ParseRemb(206, 15, 0x1111u, 0, fci), 300000u);

  // Other feedback, or application-layer feedback that is not a REMB, or a torn FCI: nothing.
  EXPECT_FALSE(RembReceiver::ParseRemb(206, 1, 0x1111u, 0, fci));   // PLI
  EXPECT_FALSE(RembReceiver::ParseRemb(205, 15, 0x1111u, 0, fci));  // transport-cc
  std::array<uint8_t, 12> other = {'G', 'O', 'O', 'G', 0, 0, 0, 0, 0, 0, 0, 0};
  EXPECT_FALSE(RembReceiver::ParseRemb(206, 15, 1, 0, other));
  EXPECT_FALSE(RembReceiver::ParseRemb(206, 15, 1, 0, fci.first(6)));
  EXPECT_FALSE(RembReceiver::ParseRemb(206, 15, 1, 0, {}));
  std::array<uint8_t, 2000> huge{};
  EXPECT_FALSE(RembReceiver::ParseRemb(206, 15, 1, 0, huge));
}

TEST(RembReceiverTest, AttachNeedsAWebrtcbinWithASession) {
  RembReceiver receiver([](uint64_t) {});
  EXPECT_FALSE(receiver.Attach(nullptr));
}

}  // namespace
}  // namespace vc::appliance::media
