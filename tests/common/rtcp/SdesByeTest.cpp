#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "common/rtcp/Bye.hpp"
#include "common/rtcp/RtcpTypes.hpp"
#include "common/rtcp/Sdes.hpp"
#include "tests/common/rtcp/RtcpTestUtil.hpp"
#include "tests/common/util/TestDataFile.hpp"

namespace vc::common::rtcp {
namespace {

using test_util::FindPacket;

TEST(SdesTest, ParsesRecordedCnameAndTool) {
  const auto bytes = test::ReadTestData("rtcp/sr-sdes.bin");
  const auto header = FindPacket(bytes, kSdesType);
  ASSERT_TRUE(header);
  const auto sdes = Sdes::Parse(*header);
  ASSERT_TRUE(sdes);
  EXPECT_EQ(sdes->ChunkCount(), 1u);
  EXPECT_EQ(sdes->Cname(), "user4282178539@host-297db971");
  EXPECT_EQ(sdes->Cname(0xFCCC63A9), "user4282178539@host-297db971");
  EXPECT_FALSE(sdes->Cname(1234));
  std::vector<std::pair<int, std::string>> items;
  sdes->ForEachItem([&](uint32_t ssrc, uint8_t type, std::string_view text) {
    EXPECT_EQ(ssrc, 0xFCCC63A9u);
    items.emplace_back(type, std::string(text));
  });
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[1], (std::pair<int, std::string>{6, "GStreamer"}));  // TOOL
}

TEST(SdesTest, RoundTripAndMalformed) {
  std::vector<uint8_t> out(64);
  const size_t size = Sdes::WriteCname(out, 0xAABBCCDD, "mcu@vc");
  ASSERT_EQ(size, 4u + 4 + 2 + 6 + 1 + 3);  // Null terminator plus padding to 32 bits.
  const auto sdes = Sdes::Parse(*CommonHeader::Parse({out.data(), size}));
  ASSERT_TRUE(sdes);
  EXPECT_EQ(sdes->Cname(0xAABBCCDD), "mcu@vc");

  // A CNAME of 6 bytes + 2 + 4 = 12 exactly fills a word: the terminator needs a new word.
  const size_t exact = Sdes::WriteCname(out, 1, "abcdef");
  EXPECT_EQ(exact, 20u);
  EXPECT_EQ(Sdes::WriteCname({out.data(), 19}, 1, "abcdef"), 0u);
  EXPECT_EQ(Sdes::WriteCname(out, 1, std::string(256, 'x')), 0u);

  // Item length past the chunk, missing terminator, chunk count larger than the chunks.
  std::vector<uint8_t> bad = {0x81, 202, 0x00, 0x02, 0, 0, 0, 1, 1, 9, 'a', 'b'};
  EXPECT_FALSE(Sdes::Parse(*CommonHeader::Parse(bad)));
  bad = {0x81, 202, 0x00, 0x02, 0, 0, 0, 1, 1, 2, 'a', 'b'};
  EXPECT_FALSE(Sdes::Parse(*CommonHeader::Parse(bad)));
  bad = {0x82, 202, 0x00, 0x02, 0, 0, 0, 1, 1, 1, 'a', 0};
  EXPECT_FALSE(Sdes::Parse(*CommonHeader::Parse(bad)));
  bad = {0x81, 202, 0x00, 0x02, 0, 0, 0, 1, 1, 1, 'a', 0};
  EXPECT_TRUE(Sdes::Parse(*CommonHeader::Parse(bad)));
}

TEST(ByeTest, ParsesRecordedBye) {
  const auto bytes = test::ReadTestData("rtcp/sr-sdes-bye.bin");
  const auto header = FindPacket(bytes, kByeType);
  ASSERT_TRUE(header);
  const auto bye = Bye::Parse(*header);
  ASSERT_TRUE(bye);
  ASSERT_EQ(bye->SsrcCount(), 1u);
  EXPECT_EQ(bye->Ssrc(0), 0xFCCC63A9u);
  EXPECT_FALSE(bye->Reason());
}

TEST(ByeTest, RoundTripWithReason) {
  const std::vector<uint32_t> ssrcs = {1, 2, 3};
  std::vector<uint8_t> out(64);
  const size_t size = Bye::Write(out, ssrcs, "room closed");
  ASSERT_EQ(size, 4u + 12 + 12);
  const auto bye = Bye::Parse(*CommonHeader::Parse({out.data(), size}));
  ASSERT_TRUE(bye);
  EXPECT_EQ(bye->SsrcCount(), 3u);
  EXPECT_EQ(bye->Ssrc(2), 3u);
  EXPECT_EQ(bye->Reason(), "room closed");
  EXPECT_EQ(Bye::Write({out.data(), size - 1}, ssrcs, "room closed"), 0u);

  std::vector<uint8_t> bad = {0x82, 203, 0x00, 0x01, 0, 0, 0, 1};  // SC=2, one SSRC.
  EXPECT_FALSE(Bye::Parse(*CommonHeader::Parse(bad)));
  bad = {0x81, 203, 0x00, 0x02, 0, 0, 0, 1, 9, 'a', 'b', 'c'};  // Reason past the end.
  EXPECT_FALSE(Bye::Parse(*CommonHeader::Parse(bad)));
}

}  // namespace
}  // namespace vc::common::rtcp
