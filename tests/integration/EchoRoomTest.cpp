// A real WebRTC peer (GStreamer webrtcbin) in an `echo` room gets its own tone and video back.

#include "tests/integration/McuFixture.hpp"
#include "tests/integration/PeerSession.hpp"

#include <iostream>

namespace vc::tests::integration {
namespace {

using namespace std::chrono_literals;

class EchoRoom : public McuFixture {};

TEST_F(EchoRoom, ReturnsOwnToneAndVideo) {
  SignalingClient client(Port());
  WebrtcbinPeer peer({.tone_hz = 660});
  PeerSession session(client, peer);
  peer.Start();
  ASSERT_TRUE(session.Join("echo-gst", "Trường THCS Tây Đằng", 5s)) << session.Describe();

  const bool received = session.PumpUntil(
      [&] { return peer.Media().HearsTone(660) && peer.Media().Video().frames >= 10; }, 60s);
  const auto frequency = peer.Media().RecentDominantFrequency();
  ASSERT_TRUE(received) << "dominant frequency " << frequency.value_or(0.0) << " Hz\n"
                        << session.Describe();

  const auto video = peer.Media().Video();
  EXPECT_EQ(video.width, 320);
  EXPECT_EQ(video.height, 240);
  EXPECT_TRUE(session.Errors().empty()) << session.Describe();
  const auto first = peer.Media().FirstBufferTime();
  ASSERT_TRUE(first.has_value());
  const auto join_to_media =
      std::chrono::duration_cast<std::chrono::milliseconds>(*first - session.JoinSentAt());
  RecordProperty("join_to_first_media_ms", static_cast<int>(join_to_media.count()));
  std::cout << "[echo] join -> first decoded media: " << join_to_media.count()
            << " ms; dominant frequency " << frequency.value_or(0.0) << " Hz; " << video.frames
            << " frames " << video.width << "x" << video.height << "\n";
  ExpectMcuHealthy();
}

}  // namespace
}  // namespace vc::tests::integration
