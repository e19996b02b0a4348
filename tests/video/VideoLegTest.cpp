// room::VideoLeg: recognising a participant's VP8 and its RTX retransmissions, the feedback we
// send it (NACK, PLI, FIR, as the answer allows) and what its RTCP says about our stream.
#include "mcu/room/VideoLeg.hpp"

#include <gtest/gtest.h>

#include <array>
#include <vector>

#include "common/rtcp/CompoundPacketReader.hpp"
#include "common/rtcp/Fir.hpp"
#include "common/rtcp/Nack.hpp"
#include "common/rtcp/Pli.hpp"
#include "common/rtcp/ReceiverReport.hpp"
#include "common/rtcp/Remb.hpp"

namespace vc::mcu::room {
namespace {

constexpr uint32_t kLocalSsrc = 0x11223344;
constexpr uint32_t kLocalRtxSsrc = 0x55667788;
constexpr uint32_t kRemoteSsrc = 0xDEADBEEF;
constexpr uint32_t kRemoteRtxSsrc = 0xCAFEF00D;

negotiation::Negotiation VideoNegotiation(const std::string& feedback) {
  negotiation::Negotiation n;
  n.answer_sdp = "v=0\r\nm=video 9 UDP/TLS/RTP/SAVPF 96 97\r\n" + feedback +
                 "a=ssrc:" + std::to_string(kLocalSsrc) + " cname:mcu-cname\r\n";
  negotiation::NegotiatedMedia audio;
  audio.kind = negotiation::MediaKind::kAudio;
  audio.payload_type = 111;
  negotiation::NegotiatedMedia video;
  video.kind = negotiation::MediaKind::kVideo;
  video.payload_type = 96;
  video.rtx_payload_type = 97;
  video.remote_ssrcs = {kRemoteSsrc};
  video.remote_rtx_ssrc = kRemoteRtxSsrc;
  video.local_ssrc = kLocalSsrc;
  video.local_rtx_ssrc = kLocalRtxSsrc;
  n.media = {audio, video};
  return n;
}
const std::string kAllFeedback =
    "a=rtcp-fb:96 goog-remb\r\na=rtcp-fb:96 ccm fir\r\na=rtcp-fb:96 nack\r\na=rtcp-fb:96 nack pli\r\n";

std::vector<uint8_t> RtpPacket(uint8_t pt, uint16_t seq, uint32_t ssrc, std::vector<uint8_t> payload,
                               bool marker = false) {
  std::vector<uint8_t> p(12 + payload.size());
  const uint8_t header[12] = {0x80, static_cast<uint8_t>(pt | (marker ? 0x80 : 0)),
                              static_cast<uint8_t>(seq >> 8), static_cast<uint8_t>(seq), 0, 0, 0x0B,
                              0xB8, static_cast<uint8_t>(ssrc >> 24), static_cast<uint8_t>(ssrc >> 16),
                              static_cast<uint8_t>(ssrc >> 8), static_cast<uint8_t>(ssrc)};
  std::copy(std::begin(header), std::end(header), p.begin());
  std::copy(payload.begin(), payload.end(), p.begin() + 12);
  return p;
}

TEST(VideoLegTest, LearnsTheVideoSectionAndItsFeedback) {
  auto leg = VideoLeg::FromNegotiation(VideoNegotiation(kAllFeedback));
  ASSERT_TRUE(leg.has_value());
  EXPECT_EQ(leg->payload_type(), 96);
  EXPECT_EQ(leg->rtx_payload_type(), 97);
  EXPECT_EQ(leg->local_ssrc(), kLocalSsrc);
  EXPECT_EQ(leg->local_rtx_ssrc(), kLocalRtxSsrc);
  EXPECT_EQ(leg->cname(), "mcu-cname");
  EXPECT_TRUE(leg->nack_allowed());
  EXPECT_TRUE(leg->pli_allowed());
  EXPECT_TRUE(leg->fir_allowed());
  EXPECT_TRUE(leg->sends());
  EXPECT_TRUE(leg->receives());

  negotiation::Negotiation audio_only = VideoNegotiation("");
  audio_only.media.pop_back();
  EXPECT_FALSE(VideoLeg::FromNegotiation(audio_only).has_value());
}

TEST(VideoLegTest, UnwrapsRtxToTheOriginalSequence) {
  auto leg = VideoLeg::FromNegotiation(VideoNegotiation(kAllFeedback));
  auto media = RtpPacket(96, 1000, kRemoteSsrc, {0x90, 0x80, 0x01, 0xAA}, true);
  auto packet = leg->ParseIncoming(media);
  ASSERT_TRUE(packet.has_value());
  EXPECT_EQ(packet->sequence, 1000);
  EXPECT_EQ(packet->timestamp, 3000u);
  EXPECT_TRUE(packet->marker);
  EXPECT_FALSE(packet->retransmission);
  EXPECT_EQ(packet->payload.size(), 4u);

  // RTX: its own sequence (5), the OSN 998 in front of the original payload.
  auto rtx = RtpPacket(97, 5, kRemoteRtxSsrc, {0x03, 0xE6, 0x90, 0x80, 0x01, 0xBB});
  auto unwrapped = leg->ParseIncoming(rtx);
  ASSERT_TRUE(unwrapped.has_value());
  EXPECT_EQ(unwrapped->sequence, 998);
  EXPECT_TRUE(unwrapped->retransmission);
  ASSERT_EQ(unwrapped->payload.size(), 4u);
  EXPECT_EQ(unwrapped->payload[3], 0xBB);

  // Padding-only RTX (probing), audio, an unknown SSRC: not video for the assembler.
  EXPECT_FALSE(leg->ParseIncoming(RtpPacket(97, 6, kRemoteRtxSsrc, {0x03, 0xE7})).has_value());
  EXPECT_FALSE(leg->ParseIncoming(RtpPacket(111, 7, kRemoteSsrc, {1, 2, 3})).has_value());
  EXPECT_FALSE(leg->ParseIncoming(RtpPacket(96, 8, 0x1234, {1, 2, 3})).has_value());
  EXPECT_FALSE(leg->ParseIncoming(std::vector<uint8_t>{0x80, 96, 0}).has_value());
}

TEST(VideoLegTest, WritesNackAndPliAsCompoundRtcp) {
  auto leg = VideoLeg::FromNegotiation(VideoNegotiation(kAllFeedback));
  std::array<uint8_t, 256> out{};
  const std::vector<uint16_t> lost = {10, 12, 40};
  size_t len = leg->WriteNack(out, lost);
  ASSERT_GT(len, 0u);
  common::rtcp::CompoundPacketReader reader(std::span<const uint8_t>(out.data(), len));
  auto rr = reader.Next();
  ASSERT_TRUE(rr.has_value());
  EXPECT_EQ(rr->PacketType(), 201);
  auto nack_header = reader.Next();
  ASSERT_TRUE(nack_header.has_value());
  auto nack = common::rtcp::Nack::Parse(*nack_header);
  ASSERT_TRUE(nack.has_value());
  EXPECT_EQ(nack->MediaSsrc(), kRemoteSsrc);
  EXPECT_EQ(nack->LostSequenceNumbers(), lost);

  len = leg->WriteKeyframeRequest(out);
  ASSERT_GT(len, 0u);
  common::rtcp::CompoundPacketReader pli_reader(std::span<const uint8_t>(out.data(), len));
  pli_reader.Next();
  auto pli = common::rtcp::Pli::Parse(*pli_reader.Next());
  ASSERT_TRUE(pli.has_value());
  EXPECT_EQ(pli->MediaSsrc(), kRemoteSsrc);
}

TEST(VideoLegTest, FallsBackToFirAndSendsNothingNotNegotiated) {
  auto fir_only = VideoLeg::FromNegotiation(VideoNegotiation("a=rtcp-fb:96 ccm fir\r\n"));
  std::array<uint8_t, 256> out{};
  const std::vector<uint16_t> lost = {1};
  EXPECT_EQ(fir_only->WriteNack(out, lost), 0u);
  size_t len = fir_only->WriteKeyframeRequest(out);
  ASSERT_GT(len, 0u);
  common::rtcp::CompoundPacketReader reader(std::span<const uint8_t>(out.data(), len));
  reader.Next();
  auto fir = common::rtcp::Fir::Parse(*reader.Next());
  ASSERT_TRUE(fir.has_value());
  ASSERT_EQ(fir->EntryCount(), 1u);
  EXPECT_EQ(fir->Entry(0).ssrc, kRemoteSsrc);
  // Each FIR is a new request: its sequence number moves on.
  len = fir_only->WriteKeyframeRequest(out);
  common::rtcp::CompoundPacketReader again(std::span<const uint8_t>(out.data(), len));
  again.Next();
  EXPECT_EQ(common::rtcp::Fir::Parse(*again.Next())->Entry(0).sequence_number, 1);

  auto none = VideoLeg::FromNegotiation(VideoNegotiation(""));
  EXPECT_EQ(none->WriteKeyframeRequest(out), 0u);
}

TEST(VideoLegTest, ReadsReceiverFeedbackForOurStreamOnly) {
  auto leg = VideoLeg::FromNegotiation(VideoNegotiation(kAllFeedback));
  std::array<uint8_t, 512> rtcp{};
  size_t used = 0;
  common::rtcp::ReportBlock block;
  block.source_ssrc = kLocalSsrc;
  block.fraction_lost = 64;
  used += common::rtcp::ReceiverReport::Write(std::span<uint8_t>(rtcp).subspan(used), kRemoteSsrc,
                                              std::span<const common::rtcp::ReportBlock>(&block, 1));
  const std::vector<uint16_t> lost = {100, 101};
  used += common::rtcp::Nack::Write(std::span<uint8_t>(rtcp).subspan(used), kRemoteSsrc, kLocalSsrc,
                                    lost);
  used += common::rtcp::Pli::Write(std::span<uint8_t>(rtcp).subspan(used), kRemoteSsrc, kLocalSsrc);
  const uint32_t ours = kLocalSsrc;
  used += common::rtcp::Remb::Write(std::span<uint8_t>(rtcp).subspan(used), kRemoteSsrc, 500000,
                                    std::span<const uint32_t>(&ours, 1));
  auto feedback = leg->ParseFeedback(std::span<const uint8_t>(rtcp.data(), used));
  EXPECT_EQ(feedback.nacked, lost);
  EXPECT_TRUE(feedback.keyframe_request);
  ASSERT_TRUE(feedback.remb_bps.has_value());
  EXPECT_NEAR(static_cast<double>(*feedback.remb_bps), 500000.0, 500000.0 * 0.01);
  ASSERT_TRUE(feedback.loss.has_value());
  EXPECT_DOUBLE_EQ(*feedback.loss, 0.25);

  // Feedback about another stream (the audio SSRC, say) is not ours.
  std::array<uint8_t, 64> other{};
  size_t n = common::rtcp::Pli::Write(other, kRemoteSsrc, 0x01020304);
  EXPECT_TRUE(leg->ParseFeedback(std::span<const uint8_t>(other.data(), n)).Empty());
  // A FIR counts once per sequence number.
  common::rtcp::FirEntry entry{kLocalSsrc, 9};
  n = common::rtcp::Fir::Write(other, kRemoteSsrc, std::span<const common::rtcp::FirEntry>(&entry, 1));
  EXPECT_TRUE(leg->ParseFeedback(std::span<const uint8_t>(other.data(), n)).keyframe_request);
  EXPECT_FALSE(leg->ParseFeedback(std::span<const uint8_t>(other.data(), n)).keyframe_request);
  // Garbage: nothing, no crash.
  const std::vector<uint8_t> junk = {0x81, 205, 0xFF, 0xFF, 1, 2};
  EXPECT_TRUE(leg->ParseFeedback(junk).Empty());
}

}  // namespace
}  // namespace vc::mcu::room
