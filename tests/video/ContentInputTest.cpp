// room::ContentInput and VideoLeg::FromContent: the content section's VP8 is told apart from the
// camera's, a share starts with its first packet (and asks for a keyframe under the camera's
// SSRC), and ends after ContentInput::kIdle without packets.
#include "mcu/room/ContentInput.hpp"

#include <gtest/gtest.h>

#include <array>
#include <vector>

#include "common/rtcp/CompoundPacketReader.hpp"
#include "common/rtcp/Pli.hpp"

namespace vc::mcu::room {
namespace {

constexpr uint32_t kLocalSsrc = 0x11223344;
constexpr uint32_t kCameraSsrc = 0xDEADBEEF;
constexpr uint32_t kContentSsrc = 0x0C0FFEE0;

negotiation::Negotiation TwoVideos() {
  negotiation::Negotiation n;
  n.answer_sdp = "v=0\r\nm=video 9 UDP/TLS/RTP/SAVPF 96\r\na=rtcp-fb:96 nack\r\n"
                 "a=rtcp-fb:96 nack pli\r\nm=video 9 UDP/TLS/RTP/SAVPF 98\r\na=rtcp-fb:98 nack\r\n"
                 "a=rtcp-fb:98 nack pli\r\na=content:slides\r\n";
  negotiation::NegotiatedMedia camera;
  camera.kind = negotiation::MediaKind::kVideo;
  camera.payload_type = 96;
  camera.remote_ssrcs = {kCameraSsrc};
  camera.local_ssrc = kLocalSsrc;
  negotiation::NegotiatedMedia content;
  content.kind = negotiation::MediaKind::kVideo;
  content.content = true;
  content.direction = negotiation::Direction::kRecvOnly;
  content.payload_type = 98;
  content.remote_ssrcs = {kContentSsrc};
  n.media = {content, camera};  // the content section first: still not the camera
  return n;
}

std::vector<uint8_t> Vp8Keyframe(uint8_t pt, uint16_t seq, uint32_t ssrc) {
  // RTP header (marker), VP8 descriptor S=1 PID 0, a keyframe payload header (P=0) and bytes.
  std::vector<uint8_t> p = {0x80, static_cast<uint8_t>(0x80 | pt), static_cast<uint8_t>(seq >> 8),
                            static_cast<uint8_t>(seq), 0, 0, 0x0B, 0xB8,
                            static_cast<uint8_t>(ssrc >> 24), static_cast<uint8_t>(ssrc >> 16),
                            static_cast<uint8_t>(ssrc >> 8), static_cast<uint8_t>(ssrc),
                            0x10, 0x00, 0x00, 0x00, 0x9d, 0x01, 0x2a, 0x40, 0x01, 0xf0, 0x00};
  return p;
}

TEST(ContentInputTest, TheContentSectionIsNotTheCameraAndAnswersUnderTheCamerasSsrc) {
  const auto n = TwoVideos();
  auto camera = VideoLeg::FromNegotiation(n);
  ASSERT_TRUE(camera.has_value());
  EXPECT_EQ(camera->payload_type(), 96);
  auto content = VideoLeg::FromContent(n);
  ASSERT_TRUE(content.has_value());
  EXPECT_EQ(content->payload_type(), 98);
  EXPECT_EQ(content->local_ssrc(), kLocalSsrc);
  EXPECT_EQ(content->remote_ssrc(), kContentSsrc);
  EXPECT_TRUE(content->sends());
  EXPECT_FALSE(content->receives());
  EXPECT_FALSE(camera->ParseIncoming(Vp8Keyframe(98, 1, kContentSsrc)).has_value());
  EXPECT_FALSE(content->ParseIncoming(Vp8Keyframe(96, 1, kCameraSsrc)).has_value());
  negotiation::Negotiation camera_only = n;
  camera_only.media.erase(camera_only.media.begin());
  EXPECT_FALSE(VideoLeg::FromContent(camera_only).has_value());
  EXPECT_EQ(ContentInput::FromNegotiation(camera_only), nullptr);
}

TEST(ContentInputTest, AShareStartsWithItsFirstPacketAsksForAKeyframeAndEndsWhenIdle) {
  auto input = ContentInput::FromNegotiation(TwoVideos());
  ASSERT_NE(input, nullptr);
  const auto t0 = ContentInput::Clock::time_point{} + std::chrono::hours(1);
  std::vector<video::EncodedFrame> frames;
  bool started = false;
  EXPECT_FALSE(input->OnRtp(Vp8Keyframe(96, 1, kCameraSsrc), t0, frames, started));
  EXPECT_FALSE(input->sharing());
  std::array<uint8_t, 1500> out{};
  size_t nacked = 0;
  EXPECT_EQ(input->WriteFeedback(out, t0, nacked), 0u);  // not sharing: nothing to say

  // A P-frame first (mid-stream): the share starts and a PLI for the content SSRC goes out.
  auto delta = Vp8Keyframe(98, 7, kContentSsrc);
  delta[13] = 0x01;  // the VP8 frame tag's P bit: an inter frame
  ASSERT_TRUE(input->OnRtp(delta, t0, frames, started));
  EXPECT_TRUE(started);
  EXPECT_TRUE(input->sharing());
  const size_t len = input->WriteFeedback(out, t0, nacked);
  ASSERT_GT(len, 0u);
  bool pli = false;
  common::rtcp::CompoundPacketReader reader(std::span<const uint8_t>(out.data(), len));
  while (auto header = reader.Next()) {
    if (auto p = common::rtcp::Pli::Parse(*header)) {
      pli = p->MediaSsrc() == kContentSsrc && p->SenderSsrc() == kLocalSsrc;
    }
  }
  EXPECT_TRUE(pli);

  // The keyframe completes a frame; the share goes on while packets come.
  ASSERT_TRUE(input->OnRtp(Vp8Keyframe(98, 8, kContentSsrc), t0 + std::chrono::milliseconds(100),
                           frames, started));
  EXPECT_FALSE(started);
  ASSERT_FALSE(frames.empty());
  EXPECT_TRUE(frames.back().keyframe);
  EXPECT_FALSE(input->TakeStopped(t0 + std::chrono::seconds(1)));
  EXPECT_TRUE(input->TakeStopped(t0 + std::chrono::milliseconds(100) + ContentInput::kIdle));
  EXPECT_FALSE(input->sharing());
  ASSERT_TRUE(input->OnRtp(Vp8Keyframe(98, 500, kContentSsrc), t0 + std::chrono::seconds(5),
                           frames, started));
  EXPECT_TRUE(started);  // sharing again: a new share
}

}  // namespace
}  // namespace vc::mcu::room
