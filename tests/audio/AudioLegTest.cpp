// room::AudioLeg: recognising a participant's Opus by payload type, reading its RFC 6464 level,
// and writing what we send it (RTP header, audio-level extension, SR + SDES), from real bytes.
#include "mcu/room/AudioLeg.hpp"

#include <gtest/gtest.h>

#include <array>
#include <vector>

#include "common/rtcp/CompoundPacketReader.hpp"
#include "common/rtcp/ReceiverReport.hpp"
#include "common/rtcp/Sdes.hpp"
#include "common/rtcp/SenderReport.hpp"
#include "common/rtp/AudioLevelExtension.hpp"
#include "common/rtp/RtpPacketView.hpp"

namespace vc::mcu::room {
namespace {

constexpr uint32_t kLocalSsrc = 0x11223344;

negotiation::Negotiation AudioNegotiation(std::optional<uint8_t> level_id,
                                          negotiation::Direction direction =
                                              negotiation::Direction::kSendRecv) {
  negotiation::Negotiation n;
  n.answer_sdp = "v=0\r\na=ssrc:" + std::to_string(kLocalSsrc) + " cname:mcu-cname\r\n";
  negotiation::NegotiatedMedia video;
  video.kind = negotiation::MediaKind::kVideo;
  video.payload_type = 96;
  negotiation::NegotiatedMedia audio;
  audio.kind = negotiation::MediaKind::kAudio;
  audio.payload_type = 109;
  audio.audio_level_ext_id = level_id;
  audio.local_ssrc = kLocalSsrc;
  audio.direction = direction;
  n.media = {video, audio};
  return n;
}

// A client's Opus packet: PT 109, seq 7, ts 960, one-byte extension id 3 = level 25, V set.
const std::vector<uint8_t> kClientPacket = {
    0x90, 109, 0x00, 0x07, 0x00, 0x00, 0x03, 0xC0, 0xDE, 0xAD, 0xBE, 0xEF,  // header, X bit
    0xBE, 0xDE, 0x00, 0x01, 0x30, 0x99, 0x00, 0x00,                          // id 3, 1 byte: V|25
    0xF8, 0xFF, 0xFE};                                                       // Opus payload

TEST(AudioLegTest, RecognisesOpusAndReadsItsLevel) {
  auto leg = AudioLeg::FromNegotiation(AudioNegotiation(3), 1);
  ASSERT_TRUE(leg.has_value());
  auto packet = leg->ParseIncoming(kClientPacket, audio::Clock::now());
  ASSERT_TRUE(packet.has_value());
  EXPECT_EQ(packet->sequence, 7);
  EXPECT_EQ(packet->timestamp, 960u);
  EXPECT_EQ(packet->level_dbov, 25);
  EXPECT_EQ(packet->voice_activity, true);
  EXPECT_EQ(packet->payload.size(), 3u);

  auto video = kClientPacket;
  video[1] = 96;
  EXPECT_FALSE(leg->ParseIncoming(video, audio::Clock::now()).has_value());
  auto no_level = AudioLeg::FromNegotiation(AudioNegotiation(std::nullopt), 1);
  EXPECT_FALSE(no_level->ParseIncoming(kClientPacket, audio::Clock::now())->level_dbov);
}

TEST(AudioLegTest, NoAudioSectionNoLeg) {
  auto n = AudioNegotiation(3);
  n.media.pop_back();
  EXPECT_FALSE(AudioLeg::FromNegotiation(n, 1).has_value());
}

TEST(AudioLegTest, WritesRtpWithOwnSsrcSequenceTimestampMarkerAndLevel) {
  auto leg = AudioLeg::FromNegotiation(AudioNegotiation(3), 1000);
  audio::EncodedAudio frame;
  frame.opus = {0xF8, 0x01, 0x02};
  frame.voice = true;
  frame.level_dbov = 12;
  std::array<uint8_t, AudioLeg::kMaxPacket> out{};
  size_t size = leg->WriteRtp(frame, out);
  ASSERT_GT(size, 0u);
  auto first = common::rtp::RtpPacketView::Parse(std::span<const uint8_t>(out.data(), size));
  ASSERT_TRUE(first.has_value());
  EXPECT_EQ(first->PayloadType(), 109);
  EXPECT_EQ(first->Ssrc(), kLocalSsrc);
  EXPECT_TRUE(first->Marker());  // talkspurt start
  auto level = first->Extension(3);
  ASSERT_TRUE(level.has_value());
  auto parsed = common::rtp::AudioLevelExtension::Parse(*level);
  EXPECT_EQ(parsed->level_dbov, 12);
  EXPECT_TRUE(parsed->voice_activity);
  EXPECT_EQ(first->PayloadSize(), 3u);
  const uint16_t seq = first->SequenceNumber();
  const uint32_t ts = first->Timestamp();

  size = leg->WriteRtp(frame, out);
  auto second = common::rtp::RtpPacketView::Parse(std::span<const uint8_t>(out.data(), size));
  EXPECT_EQ(second->SequenceNumber(), static_cast<uint16_t>(seq + 1));
  EXPECT_EQ(second->Timestamp(), ts + 960);
  EXPECT_FALSE(second->Marker());
  frame.voice = false;
  leg->WriteRtp(frame, out);
  leg->SkipFrame();
  frame.voice = true;
  size = leg->WriteRtp(frame, out);
  auto fourth = common::rtp::RtpPacketView::Parse(std::span<const uint8_t>(out.data(), size));
  EXPECT_TRUE(fourth->Marker());  // speech again after silence
  EXPECT_EQ(fourth->Timestamp(), ts + 4 * 960);

  auto plain = AudioLeg::FromNegotiation(AudioNegotiation(std::nullopt), 1);
  size = plain->WriteRtp(frame, out);
  EXPECT_EQ(size, 12u + 3u);
}

TEST(AudioLegTest, SenderReportAndLossFromReceiverReports) {
  auto leg = AudioLeg::FromNegotiation(AudioNegotiation(3), 5);
  std::array<uint8_t, 256> rtcp{};
  EXPECT_EQ(leg->WriteSenderReport(rtcp, std::chrono::system_clock::now(), audio::Clock::now()), 0u);
  audio::EncodedAudio frame;
  frame.opus = {1, 2, 3, 4};
  std::array<uint8_t, AudioLeg::kMaxPacket> out{};
  leg->WriteRtp(frame, out);
  leg->WriteRtp(frame, out);
  size_t size = leg->WriteSenderReport(rtcp, std::chrono::system_clock::now(), audio::Clock::now());
  ASSERT_GT(size, 0u);
  common::rtcp::CompoundPacketReader reader(std::span<const uint8_t>(rtcp.data(), size));
  auto sr_header = reader.Next();
  ASSERT_TRUE(sr_header.has_value());
  auto sr = common::rtcp::SenderReport::Parse(*sr_header);
  ASSERT_TRUE(sr.has_value());
  EXPECT_EQ(sr->Info().sender_ssrc, kLocalSsrc);
  EXPECT_EQ(sr->Info().packet_count, 2u);
  EXPECT_EQ(sr->Info().octet_count, 8u);
  auto sdes_header = reader.Next();
  ASSERT_TRUE(sdes_header.has_value());
  auto sdes = common::rtcp::Sdes::Parse(*sdes_header);
  ASSERT_TRUE(sdes.has_value());
  EXPECT_EQ(sdes->Cname(kLocalSsrc), "mcu-cname");

  common::rtcp::ReportBlock other{.source_ssrc = 99, .fraction_lost = 200};
  common::rtcp::ReportBlock ours{.source_ssrc = kLocalSsrc, .fraction_lost = 64};
  std::array<common::rtcp::ReportBlock, 2> blocks{other, ours};
  size_t rr = common::rtcp::ReceiverReport::Write(rtcp, 0xABCDEF01, blocks);
  ASSERT_GT(rr, 0u);
  auto loss = leg->LossFromRtcp(std::span<const uint8_t>(rtcp.data(), rr));
  ASSERT_TRUE(loss.has_value());
  EXPECT_DOUBLE_EQ(*loss, 0.25);
  size_t none = common::rtcp::ReceiverReport::Write(rtcp, 0xABCDEF01, std::span(blocks).first(1));
  EXPECT_FALSE(leg->LossFromRtcp(std::span<const uint8_t>(rtcp.data(), none)).has_value());
}

TEST(AudioLegTest, DirectionDecidesWhatFlows) {
  auto send_only = AudioLeg::FromNegotiation(AudioNegotiation(3, negotiation::Direction::kSendOnly), 1);
  EXPECT_TRUE(send_only->receives());
  EXPECT_FALSE(send_only->sends());
  EXPECT_FALSE(send_only->ParseIncoming(kClientPacket, audio::Clock::now()).has_value());
}

}  // namespace
}  // namespace vc::mcu::room
