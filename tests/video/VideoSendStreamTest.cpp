// room::VideoSendStream: one receiver's composite stream written from shared, once-packetized
// tier frames: own SSRC/sequence/timestamp, picture ids continuous across tier switches, NACKs
// answered from the history as RTX, sender reports.
#include "mcu/room/VideoSendStream.hpp"

#include <gtest/gtest.h>

#include <vector>

#include "common/rtcp/CompoundPacketReader.hpp"
#include "common/rtcp/SenderReport.hpp"
#include "common/rtp/RtpPacketView.hpp"

namespace vc::mcu::room {
namespace {
using Clock = VideoSendStream::Clock;
using namespace std::chrono_literals;

std::shared_ptr<const PacketizedFrame> Frame(int tier, uint32_t ts, uint16_t picture_id,
                                             size_t packets, bool keyframe) {
  auto frame = std::make_shared<PacketizedFrame>();
  frame->tier = tier;
  frame->timestamp = ts;
  frame->keyframe = keyframe;
  for (size_t i = 0; i < packets; ++i) {
    frame->payloads.push_back({0x90, 0x80, static_cast<uint8_t>(0x80 | (picture_id >> 8)),
                               static_cast<uint8_t>(picture_id), static_cast<uint8_t>(i), 0xEE});
  }
  return frame;
}

struct Captured {
  std::vector<std::vector<uint8_t>> packets;
  VideoSendStream::Send Sender() {
    return [this](const uint8_t* data, size_t len) {
      packets.emplace_back(data, data + len);
      return true;
    };
  }
};

uint16_t PictureIdOf(const std::vector<uint8_t>& packet, size_t header = 12) {
  return static_cast<uint16_t>(((packet[header + 2] & 0x7F) << 8) | packet[header + 3]);
}

VideoSendStream::Config StreamConfig() {
  VideoSendStream::Config config;
  config.payload_type = 100;
  config.ssrc = 0xABCDEF01;
  config.rtx_payload_type = 101;
  config.rtx_ssrc = 0x10203040;
  config.random_start = 0x12345678;
  return config;
}

TEST(VideoSendStreamTest, RewritesHeadersAndKeepsNumbersContinuousAcrossTiers) {
  VideoSendStream stream(StreamConfig());
  Captured out;
  const auto t0 = Clock::now();
  EXPECT_EQ(stream.SendFrame(Frame(0, 90000, 500, 3, true), t0, out.Sender()), 3u);
  EXPECT_EQ(stream.SendFrame(Frame(0, 93000, 501, 2, false), t0 + 33ms, out.Sender()), 2u);
  // The receiver moves to tier 2, whose encoder has its own timestamps and picture ids.
  EXPECT_EQ(stream.SendFrame(Frame(2, 7000, 20000, 1, true), t0 + 66ms, out.Sender()), 1u);
  ASSERT_EQ(out.packets.size(), 6u);
  EXPECT_EQ(stream.tier(), 2);
  EXPECT_EQ(stream.frames_sent(), 3u);
  EXPECT_EQ(stream.keyframes_sent(), 2u);

  std::vector<common::rtp::RtpPacketView> views;
  for (const auto& p : out.packets) views.push_back(*common::rtp::RtpPacketView::Parse(p));
  for (size_t i = 0; i < views.size(); ++i) {
    EXPECT_EQ(views[i].PayloadType(), 100);
    EXPECT_EQ(views[i].Ssrc(), 0xABCDEF01u);
    if (i > 0) {
      EXPECT_EQ(static_cast<uint16_t>(views[i].SequenceNumber() - views[i - 1].SequenceNumber()), 1);
    }
  }
  EXPECT_FALSE(views[0].Marker());
  EXPECT_TRUE(views[2].Marker());
  EXPECT_TRUE(views[4].Marker());
  EXPECT_EQ(views[3].Timestamp() - views[0].Timestamp(), 3000u);
  // Across the switch: the timestamp moves on by the ~33 ms that went by, the picture id by one.
  EXPECT_NEAR(static_cast<double>(views[5].Timestamp() - views[3].Timestamp()), 2970.0, 200.0);
  EXPECT_EQ(static_cast<uint16_t>(PictureIdOf(out.packets[3]) - PictureIdOf(out.packets[0])), 1);
  EXPECT_EQ(static_cast<uint16_t>((PictureIdOf(out.packets[5]) - PictureIdOf(out.packets[3])) & 0x7FFF), 1);
  // The payload after the descriptor is untouched.
  EXPECT_EQ(out.packets[1][12 + 4], 1);
}

TEST(VideoSendStreamTest, AnswersNacksFromTheHistoryAsRtx) {
  VideoSendStream stream(StreamConfig());
  Captured out;
  const auto t0 = Clock::now();
  stream.SendFrame(Frame(0, 1000, 7, 4, true), t0, out.Sender());
  auto original = *common::rtp::RtpPacketView::Parse(out.packets[2]);
  const std::vector<uint16_t> nacked = {original.SequenceNumber(),
                                        static_cast<uint16_t>(original.SequenceNumber() + 500)};
  Captured resent;
  EXPECT_EQ(stream.Retransmit(nacked, t0 + 50ms, resent.Sender()), 1u);
  ASSERT_EQ(resent.packets.size(), 1u);
  auto rtx = *common::rtp::RtpPacketView::Parse(resent.packets[0]);
  EXPECT_EQ(rtx.PayloadType(), 101);
  EXPECT_EQ(rtx.Ssrc(), 0x10203040u);
  EXPECT_EQ(rtx.Timestamp(), original.Timestamp());
  ASSERT_EQ(rtx.PayloadSize(), original.PayloadSize() + 2);
  EXPECT_EQ((rtx.Payload()[0] << 8) | rtx.Payload()[1], original.SequenceNumber());
  EXPECT_TRUE(std::equal(original.Payload().begin(), original.Payload().end(), rtx.Payload().begin() + 2));
  // The same NACK again right away is the receiver retrying: one answer per spacing.
  EXPECT_EQ(stream.Retransmit(nacked, t0 + 60ms, resent.Sender()), 0u);
  EXPECT_EQ(stream.Retransmit(nacked, t0 + 200ms, resent.Sender()), 1u);
  auto rtx2 = *common::rtp::RtpPacketView::Parse(resent.packets[1]);
  EXPECT_EQ(static_cast<uint16_t>(rtx2.SequenceNumber() - rtx.SequenceNumber()), 1);

  // Without RTX negotiated, the packet itself goes again.
  auto config = StreamConfig();
  config.rtx_payload_type.reset();
  config.rtx_ssrc.reset();
  VideoSendStream plain(config);
  Captured plain_out;
  plain.SendFrame(Frame(0, 1000, 7, 2, true), t0, plain_out.Sender());
  auto first = *common::rtp::RtpPacketView::Parse(plain_out.packets[0]);
  const std::vector<uint16_t> one = {first.SequenceNumber()};
  Captured again;
  EXPECT_EQ(plain.Retransmit(one, t0 + 50ms, again.Sender()), 1u);
  EXPECT_EQ(again.packets[0], plain_out.packets[0]);
}

TEST(VideoSendStreamTest, HistoryForgetsOldPackets) {
  VideoSendStream stream(StreamConfig());
  Captured out;
  const auto t0 = Clock::now();
  stream.SendFrame(Frame(0, 0, 1, 1, true), t0, out.Sender());
  const uint16_t first = common::rtp::RtpPacketView::Parse(out.packets[0])->SequenceNumber();
  for (size_t i = 0; i < VideoSendStream::kHistorySize / 8; ++i) {
    stream.SendFrame(Frame(0, static_cast<uint32_t>(3000 * (i + 1)), static_cast<uint16_t>(i + 2), 8, false),
                     t0, out.Sender());
  }
  const std::vector<uint16_t> nacked = {first};
  EXPECT_EQ(stream.Retransmit(nacked, t0 + 1s, out.Sender()), 0u);
}

TEST(VideoSendStreamTest, WritesASenderReportAfterSending) {
  VideoSendStream stream(StreamConfig());
  std::array<uint8_t, 256> out{};
  const auto t0 = Clock::now();
  EXPECT_EQ(stream.WriteSenderReport(out, std::chrono::system_clock::now(), t0), 0u);
  Captured sent;
  stream.SendFrame(Frame(0, 5000, 1, 2, true), t0, sent.Sender());
  size_t len = stream.WriteSenderReport(out, std::chrono::system_clock::now(), t0 + 100ms);
  ASSERT_GT(len, 0u);
  common::rtcp::CompoundPacketReader reader(std::span<const uint8_t>(out.data(), len));
  auto sr = common::rtcp::SenderReport::Parse(*reader.Next());
  ASSERT_TRUE(sr.has_value());
  EXPECT_EQ(sr->SenderSsrc(), 0xABCDEF01u);
  EXPECT_EQ(sr->Info().packet_count, 2u);
  auto sent_ts = common::rtp::RtpPacketView::Parse(sent.packets[0])->Timestamp();
  EXPECT_NEAR(static_cast<double>(sr->Info().rtp_timestamp - sent_ts), 9000.0, 10.0);
}

}  // namespace
}  // namespace vc::mcu::room
