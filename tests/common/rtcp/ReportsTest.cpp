#include <gtest/gtest.h>

#include <vector>

#include "common/rtcp/ReceiverReport.hpp"
#include "common/rtcp/RtcpTypes.hpp"
#include "common/rtcp/SenderReport.hpp"
#include "tests/common/rtcp/RtcpTestUtil.hpp"
#include "tests/common/util/TestDataFile.hpp"

namespace vc::common::rtcp {
namespace {

using test_util::FindPacket;

TEST(SenderReportTest, ParsesRecordedSenderReport) {
  const auto bytes = test::ReadTestData("rtcp/sr-sdes.bin");
  const auto header = FindPacket(bytes, kSenderReportType);
  ASSERT_TRUE(header);
  const auto sr = SenderReport::Parse(*header);
  ASSERT_TRUE(sr);
  EXPECT_EQ(sr->SenderSsrc(), 0xFCCC63A9u);
  EXPECT_EQ(sr->Info().ntp_timestamp, 0xEEB0FCE7932862F5ull);
  EXPECT_EQ(sr->Info().rtp_timestamp, 0x236726E3u);
  EXPECT_EQ(sr->Info().packet_count, 26u);
  EXPECT_EQ(sr->Info().octet_count, 13317u);
  EXPECT_TRUE(sr->ReportBlocks().empty());
}

TEST(SenderReportTest, ParsesRecordedReportBlock) {
  const auto bytes = test::ReadTestData("rtcp/sr-rb-sdes.bin");
  const auto header = FindPacket(bytes, kSenderReportType);
  ASSERT_TRUE(header);
  const auto sr = SenderReport::Parse(*header);
  ASSERT_TRUE(sr);
  EXPECT_EQ(sr->SenderSsrc(), 0x2591DB79u);
  EXPECT_EQ(sr->Info().packet_count, 9u);
  ASSERT_EQ(sr->ReportBlocks().size(), 1u);
  const ReportBlock block = sr->ReportBlocks()[0];
  EXPECT_EQ(block.source_ssrc, 0x13316242u);
  EXPECT_EQ(block.fraction_lost, 0);
  EXPECT_EQ(block.cumulative_lost, 0);
  EXPECT_EQ(block.last_sr, 0xFDAAFFCDu);
  EXPECT_EQ(block.delay_since_last_sr, 0x7Du);
}

TEST(ReceiverReportTest, ParsesRecordedReceiverReport) {
  const auto bytes = test::ReadTestData("rtcp/rr-sdes.bin");
  const auto header = FindPacket(bytes, kReceiverReportType);
  ASSERT_TRUE(header);
  const auto rr = ReceiverReport::Parse(*header);
  ASSERT_TRUE(rr);
  EXPECT_EQ(rr->SenderSsrc(), 0xCA8B39E5u);
  ASSERT_EQ(rr->ReportBlocks().size(), 1u);
  const ReportBlock block = rr->ReportBlocks()[0];
  EXPECT_EQ(block.source_ssrc, 0xFCCC63A9u);
  EXPECT_EQ(block.cumulative_lost, -1);  // GStreamer counted a duplicate: negative loss.
  EXPECT_EQ(block.extended_highest_sequence, 0x2EFEu);
  EXPECT_EQ(block.jitter, 4u);
  EXPECT_FALSE(SenderReport::Parse(*header));  // Type mismatch.
}

TEST(ReportsTest, RoundTrip) {
  const std::vector<ReportBlock> blocks = {
      {0x11111111, 25, -3, 0x0001FFFF, 120, 0xABCD1234, 65536},
      {0x22222222, 255, 0x7FFFFF, 7, 0, 0, 0},
  };
  std::vector<uint8_t> out(200);
  const SenderInfo info{0xCAFEBABE, 0xE0000000'80000000ull, 90000, 1000, 1'200'000};
  const size_t sr_size = SenderReport::Write(out, info, blocks);
  ASSERT_EQ(sr_size, 4u + 24 + 48);
  const auto sr = SenderReport::Parse(*CommonHeader::Parse({out.data(), sr_size}));
  ASSERT_TRUE(sr);
  EXPECT_EQ(sr->Info().ntp_timestamp, info.ntp_timestamp);
  EXPECT_EQ(sr->Info().octet_count, info.octet_count);
  ASSERT_EQ(sr->ReportBlocks().size(), 2u);
  EXPECT_EQ(sr->ReportBlocks()[0], blocks[0]);
  EXPECT_EQ(sr->ReportBlocks()[1], blocks[1]);

  const size_t rr_size = ReceiverReport::Write(out, 0x01020304, blocks);
  ASSERT_EQ(rr_size, 4u + 4 + 48);
  const auto rr = ReceiverReport::Parse(*CommonHeader::Parse({out.data(), rr_size}));
  ASSERT_TRUE(rr);
  EXPECT_EQ(rr->SenderSsrc(), 0x01020304u);
  EXPECT_EQ(rr->ReportBlocks()[1], blocks[1]);

  // An empty RR is the 8-byte packet a receive-only MCU leg sends.
  ASSERT_EQ(ReceiverReport::Write(out, 5), 8u);
  EXPECT_EQ(std::vector<uint8_t>(out.begin(), out.begin() + 8),
            (std::vector<uint8_t>{0x80, 201, 0x00, 0x01, 0, 0, 0, 5}));
}

TEST(ReportsTest, CumulativeLossSaturates) {
  std::vector<uint8_t> out(32);
  const ReportBlock block{1, 0, 50'000'000, 0, 0, 0, 0};
  ASSERT_GT(ReceiverReport::Write(out, 1, std::span(&block, 1)), 0u);
  const auto rr = ReceiverReport::Parse(*CommonHeader::Parse(out));
  EXPECT_EQ(rr->ReportBlocks()[0].cumulative_lost, 0x7FFFFF);
}

TEST(ReportsTest, WritersRefuseSmallBuffersAndTooManyBlocks) {
  std::vector<ReportBlock> blocks(2);
  std::vector<uint8_t> out(4 + 24 + 48 - 1);
  EXPECT_EQ(SenderReport::Write(out, {}, blocks), 0u);
  EXPECT_EQ(ReceiverReport::Write({out.data(), 4 + 4 + 48 - 1}, 1, blocks), 0u);
  std::vector<ReportBlock> too_many(32);
  std::vector<uint8_t> big(2000);
  EXPECT_EQ(SenderReport::Write(big, {}, too_many), 0u);
  EXPECT_EQ(ReceiverReport::Write(big, 1, too_many), 0u);
}

TEST(ReportsTest, RejectsBlocksPastThePacket) {
  // RC=2 but room for one block only.
  std::vector<uint8_t> rr(4 + 4 + 24);
  ASSERT_TRUE(CommonHeader::Write(rr, 2, kReceiverReportType, rr.size()));
  EXPECT_FALSE(ReceiverReport::Parse(*CommonHeader::Parse(rr)));
  std::vector<uint8_t> sr(4 + 20);  // Sender info cut short.
  ASSERT_TRUE(CommonHeader::Write(sr, 0, kSenderReportType, sr.size()));
  EXPECT_FALSE(SenderReport::Parse(*CommonHeader::Parse(sr)));
}

}  // namespace
}  // namespace vc::common::rtcp

namespace vc::common::rtcp {
namespace {

TEST(NtpTimestampTest, CountsFrom1900InThirtyTwoDotThirtyTwo) {
  const std::chrono::system_clock::time_point epoch{};
  EXPECT_EQ(NtpTimestamp(epoch), 2208988800ULL << 32);
  EXPECT_EQ(NtpTimestamp(epoch + std::chrono::milliseconds(1500)), ((2208988800ULL + 1) << 32) | 0x80000000ULL);
}

}  // namespace
}  // namespace vc::common::rtcp
