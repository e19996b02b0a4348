#include <gtest/gtest.h>

#include <utility>
#include <vector>

#include "common/rtcp/CompoundPacketReader.hpp"
#include "common/rtcp/RtcpTypes.hpp"
#include "tests/common/rtcp/RtcpTestUtil.hpp"
#include "tests/common/util/TestDataFile.hpp"

namespace vc::common::rtcp {
namespace {

using Types = std::vector<std::pair<int, int>>;  // (packet type, count/format)

Types Walk(const std::vector<uint8_t>& bytes) {
  Types types;
  for (const auto& h : test_util::AllPackets(bytes)) {
    types.emplace_back(h.PacketType(), h.CountOrFormat());
  }
  return types;
}

TEST(CompoundPacketReaderTest, WalksRecordedCompoundPackets) {
  // Captured from two GStreamer rtpbin sessions on loopback (AVPF, NACK/PLI/TWCC enabled).
  const std::vector<std::pair<const char*, Types>> cases = {
      {"rtcp/sr-sdes.bin", {{200, 0}, {202, 1}}},
      {"rtcp/sr-sdes-bye.bin", {{200, 0}, {202, 1}, {203, 1}}},
      {"rtcp/sr-rb-sdes.bin", {{200, 1}, {202, 1}}},
      {"rtcp/rr-sdes.bin", {{201, 1}, {202, 1}}},
      {"rtcp/rr-sdes-pli.bin", {{201, 0}, {202, 1}, {206, 1}}},
      {"rtcp/rr-sdes-nack.bin", {{201, 0}, {202, 1}, {205, 1}}},
      {"rtcp/rr-sdes-pli-nack.bin", {{201, 0}, {202, 1}, {206, 1}, {205, 1}}},
      {"rtcp/twcc-run-length.bin", {{205, 15}}},
  };
  for (const auto& [file, expected] : cases) {
    const auto bytes = test::ReadTestData(file);
    ASSERT_FALSE(bytes.empty()) << file;
    EXPECT_EQ(Walk(bytes), expected) << file;
    EXPECT_TRUE(CompoundPacketReader::IsValid(bytes)) << file;
  }
}

TEST(CompoundPacketReaderTest, HeaderFields) {
  const auto bytes = test::ReadTestData("rtcp/sr-sdes.bin");
  ASSERT_EQ(bytes.size(), 80u);
  CompoundPacketReader reader(bytes);
  auto sr = reader.Next();
  ASSERT_TRUE(sr);
  EXPECT_EQ(sr->PacketType(), kSenderReportType);
  EXPECT_FALSE(sr->HasPadding());
  EXPECT_EQ(sr->PacketSize(), 28u);
  EXPECT_EQ(sr->Payload().size(), 24u);
  EXPECT_EQ(sr->Packet().data(), bytes.data());
  auto sdes = reader.Next();
  ASSERT_TRUE(sdes);
  EXPECT_EQ(sdes->Packet().data(), bytes.data() + 28);
  EXPECT_EQ(sdes->PacketSize(), 52u);
  EXPECT_FALSE(reader.Next());
  EXPECT_TRUE(reader.AtEnd());
  EXPECT_FALSE(reader.Failed());
  EXPECT_EQ(reader.PacketsRead(), 2u);
}

TEST(CompoundPacketReaderTest, PaddingIsRemovedFromPayload) {
  // Wireshark-decoded TWCC feedback with P=1 and one byte of padding.
  const std::vector<uint8_t> bytes = {0xaf, 0xcd, 0x00, 0x07, 0x00, 0x00, 0x00, 0x01,
                                      0xdd, 0x58, 0x6e, 0xb6, 0x00, 0x01, 0x00, 0x09,
                                      0x5e, 0x91, 0x10, 0x00, 0x20, 0x09, 0x1c, 0x0c,
                                      0x2c, 0x38, 0x00, 0x04, 0x00, 0x08, 0x18, 0x01};
  const auto header = CommonHeader::Parse(bytes);
  ASSERT_TRUE(header);
  EXPECT_TRUE(header->HasPadding());
  EXPECT_EQ(header->PacketSize(), 32u);
  EXPECT_EQ(header->Payload().size(), 27u);
  EXPECT_EQ(header->CountOrFormat(), 15);
}

TEST(CompoundPacketReaderTest, StopsAtFirstMalformedPacket) {
  auto bytes = test::ReadTestData("rtcp/rr-sdes-pli-nack.bin");
  ASSERT_FALSE(bytes.empty());
  // Every truncation that cuts a packet fails; those at a packet boundary succeed.
  for (size_t len = 0; len < bytes.size(); ++len) {
    const bool boundary = len == 8 || len == 48 || len == 60;
    EXPECT_EQ(CompoundPacketReader::IsValid({bytes.data(), len}), boundary) << len;
  }

  auto bad_version = bytes;
  bad_version[48] = 0x41;  // The PLI claims version 1.
  CompoundPacketReader reader(bad_version);
  EXPECT_TRUE(reader.Next());
  EXPECT_TRUE(reader.Next());
  EXPECT_FALSE(reader.Next());
  EXPECT_TRUE(reader.Failed());
  EXPECT_FALSE(reader.Next());  // Stays failed.

  auto long_length = bytes;
  long_length[3] = 0xFF;  // RR length runs past the datagram.
  EXPECT_FALSE(CompoundPacketReader::IsValid(long_length));

  std::vector<uint8_t> bad_padding = {0xA0, 201, 0x00, 0x01, 0, 0, 0, 0};  // Padding count 0.
  EXPECT_FALSE(CommonHeader::Parse(bad_padding));
  bad_padding.back() = 5;  // More padding than payload.
  EXPECT_FALSE(CommonHeader::Parse(bad_padding));
  bad_padding.back() = 4;  // All of the payload is padding: allowed.
  ASSERT_TRUE(CommonHeader::Parse(bad_padding));
  EXPECT_TRUE(CommonHeader::Parse(bad_padding)->Payload().empty());
}

TEST(CompoundPacketReaderTest, WriteHeaderValidatesArguments) {
  std::vector<uint8_t> out(4);
  EXPECT_TRUE(CommonHeader::Write(out, 31, 200, 8));
  EXPECT_EQ(out, (std::vector<uint8_t>{0x9F, 200, 0x00, 0x01}));
  EXPECT_FALSE(CommonHeader::Write(out, 32, 200, 8));
  EXPECT_FALSE(CommonHeader::Write(out, 0, 200, 6));
  EXPECT_FALSE(CommonHeader::Write(out, 0, 200, 0));
  EXPECT_FALSE(CommonHeader::Write({out.data(), 3}, 0, 200, 8));
}

}  // namespace
}  // namespace vc::common::rtcp
