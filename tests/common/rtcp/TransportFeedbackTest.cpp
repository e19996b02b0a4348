#include <gtest/gtest.h>

#include <vector>

#include "common/rtcp/RtcpTypes.hpp"
#include "common/rtcp/TransportFeedback.hpp"
#include "tests/common/util/TestDataFile.hpp"

namespace vc::common::rtcp {
namespace {

using Result = TransportPacketResult;

std::optional<TransportFeedback> ParseFile(const char* file) {
  static std::vector<uint8_t> keep;  // The view borrows the bytes.
  keep = test::ReadTestData(file);
  const auto header = CommonHeader::Parse(keep);
  if (!header) return std::nullopt;
  return TransportFeedback::Parse(*header);
}

TEST(TransportFeedbackTest, RecordedRunLengthChunk) {
  // GStreamer rtpsession feedback: one run-length chunk of 9 "received, small delta".
  const auto fb = ParseFile("rtcp/twcc-run-length.bin");
  ASSERT_TRUE(fb);
  EXPECT_EQ(fb->SenderSsrc(), 0xCA8B39E5u);
  EXPECT_EQ(fb->MediaSsrc(), 0xFCCC63A9u);
  EXPECT_EQ(fb->BaseSequenceNumber(), 0);
  EXPECT_EQ(fb->PacketStatusCount(), 9);
  EXPECT_EQ(fb->ReferenceTime(), 16);
  EXPECT_EQ(fb->ReferenceTimeUs(), 16 * 64000);
  EXPECT_EQ(fb->FeedbackCount(), 0);
  EXPECT_EQ(fb->ReceivedCount(), 9u);
  const auto packets = fb->Packets();
  ASSERT_EQ(packets.size(), 9u);
  EXPECT_EQ(packets[0], (Result{0, true, 187 * 250}));
  EXPECT_EQ(packets[1], (Result{1, true, 750}));
  EXPECT_EQ(packets[2], (Result{2, true, 1000}));
  EXPECT_EQ(packets[8], (Result{8, true, 0}));
}

TEST(TransportFeedbackTest, RecordedOneBitVectorWithLoss) {
  const auto fb = ParseFile("rtcp/twcc-vector-loss.bin");
  ASSERT_TRUE(fb);
  EXPECT_EQ(fb->BaseSequenceNumber(), 87);
  EXPECT_EQ(fb->FeedbackCount(), 35);
  EXPECT_EQ(fb->ReferenceTime(), 34);
  EXPECT_EQ(fb->Packets(),
            (std::vector<Result>{
                {87, true, 243 * 250}, {88, false, 0}, {89, true, 133 * 250}, {90, true, 250}}));

  const auto nine = ParseFile("rtcp/twcc-vector-9.bin");
  ASSERT_TRUE(nine);
  EXPECT_EQ(nine->PacketStatusCount(), 9);
  EXPECT_EQ(nine->ReceivedCount(), 8u);
  const auto packets = nine->Packets();
  EXPECT_FALSE(packets[6].received);
  EXPECT_EQ(packets[6].sequence_number, 103);
  EXPECT_EQ(packets[7], (Result{104, true, 129 * 250}));
}

TEST(TransportFeedbackTest, WiresharkVectorWithPaddingBit) {
  const std::vector<uint8_t> bytes = {0xaf, 0xcd, 0x00, 0x07, 0x00, 0x00, 0x00, 0x01,
                                      0xdd, 0x58, 0x6e, 0xb6, 0x00, 0x01, 0x00, 0x09,
                                      0x5e, 0x91, 0x10, 0x00, 0x20, 0x09, 0x1c, 0x0c,
                                      0x2c, 0x38, 0x00, 0x04, 0x00, 0x08, 0x18, 0x01};
  const auto fb = TransportFeedback::Parse(*CommonHeader::Parse(bytes));
  ASSERT_TRUE(fb);
  EXPECT_EQ(fb->ReferenceTime(), 6197520);
  const auto packets = fb->Packets();
  ASSERT_EQ(packets.size(), 9u);
  const int64_t expected_ms[] = {7, 3, 11, 14, 0, 1, 0, 2, 6};
  for (size_t i = 0; i < 9; ++i) {
    EXPECT_EQ(packets[i].sequence_number, 1 + i);
    EXPECT_EQ(packets[i].delta_us, expected_ms[i] * 1000) << i;
  }
}

// Two-bit status vector: received (small), lost, received with a negative (large) delta.
const std::vector<uint8_t> kTwoBit = {0x8f, 0xcd, 0x00, 0x06, 0,    0,    0,    1,    0,    0,
                                      0,    2,    0x00, 0x64, 0x00, 0x03, 0xff, 0xff, 0xff, 0x07,
                                      0xd2, 0x00, 0x04, 0xff, 0x38, 0,    0,    0};

TEST(TransportFeedbackTest, TwoBitVectorAndLargeNegativeDelta) {
  const auto fb = TransportFeedback::Parse(*CommonHeader::Parse(kTwoBit));
  ASSERT_TRUE(fb);
  EXPECT_EQ(fb->ReferenceTime(), -1);
  EXPECT_EQ(fb->FeedbackCount(), 7);
  EXPECT_EQ(fb->Packets(),
            (std::vector<Result>{{100, true, 1000}, {101, false, 0}, {102, true, -50000}}));

  std::vector<uint8_t> out(64);
  const std::vector<Result> packets = {{100, true, 1000}, {101, false, 0}, {102, true, -50000}};
  const size_t size = TransportFeedback::Write(out, 1, 2, -1, 7, packets);
  ASSERT_EQ(size, kTwoBit.size());
  EXPECT_EQ(std::vector<uint8_t>(out.begin(), out.begin() + size), kTwoBit);
}

TEST(TransportFeedbackTest, RoundTripMixedChunks) {
  std::vector<Result> packets;
  uint16_t seq = 65500;                                                // Crosses the wrap.
  for (int i = 0; i < 20; ++i) packets.push_back({seq++, true, 250});  // Long run.
  for (int i = 0; i < 30; ++i) packets.push_back({seq++, i % 3 != 0, (i % 3) * 2500});
  for (int i = 0; i < 10; ++i)
    packets.push_back({seq++, i % 2 == 0, i % 2 != 0 ? 0 : (i % 4 == 0 ? -750 : 90'000)});
  for (int i = 0; i < 9000; ++i) packets.push_back({seq++, false, 0});  // Run longer than 8191.
  packets.push_back({seq++, true, 8'191'750});                          // Largest positive delta.

  std::vector<uint8_t> out(2000);
  const size_t size = TransportFeedback::Write(out, 7, 8, 123456, 200, packets);
  ASSERT_GT(size, 0u);
  EXPECT_EQ(size % 4, 0u);
  const auto fb = TransportFeedback::Parse(*CommonHeader::Parse({out.data(), size}));
  ASSERT_TRUE(fb);
  EXPECT_EQ(fb->BaseSequenceNumber(), 65500);
  EXPECT_EQ(fb->ReferenceTime(), 123456);
  EXPECT_EQ(fb->FeedbackCount(), 200);
  EXPECT_EQ(fb->Packets(), packets);

  EXPECT_EQ(TransportFeedback::Write({out.data(), size - 1}, 7, 8, 0, 0, packets), 0u);
  EXPECT_EQ(TransportFeedback::Write(out, 7, 8, 0, 0, {}), 0u);
  const std::vector<Result> too_far = {{1, true, 8'192'000}};
  EXPECT_EQ(TransportFeedback::Write(out, 7, 8, 0, 0, too_far), 0u);
}

TEST(TransportFeedbackTest, RejectsMalformed) {
  auto reserved = kTwoBit;
  reserved[20] = 0xF2;  // First two-bit symbol 11 (reserved).
  EXPECT_FALSE(TransportFeedback::Parse(*CommonHeader::Parse(reserved)));

  auto missing_delta = kTwoBit;
  missing_delta[15] = 0x07;  // 7 statuses: the 2-bit chunk covers them but deltas are short…
  missing_delta[20] = 0xD5;  // …since all 7 now say "small delta" (01 01 01 01 01 01 01).
  missing_delta[21] = 0x55;
  EXPECT_FALSE(TransportFeedback::Parse(*CommonHeader::Parse(missing_delta)));

  auto missing_chunks = kTwoBit;
  missing_chunks[14] = 0x10;  // 4096 statuses, far more than the chunks cover.
  EXPECT_FALSE(TransportFeedback::Parse(*CommonHeader::Parse(missing_chunks)));

  auto short_fixed = kTwoBit;
  short_fixed[3] = 0x03;  // Only 12 bytes after the header.
  EXPECT_FALSE(TransportFeedback::Parse(*CommonHeader::Parse({short_fixed.data(), 16})));

  auto wrong_format = kTwoBit;
  wrong_format[0] = 0x81;
  EXPECT_FALSE(TransportFeedback::Parse(*CommonHeader::Parse(wrong_format)));
}

}  // namespace
}  // namespace vc::common::rtcp
