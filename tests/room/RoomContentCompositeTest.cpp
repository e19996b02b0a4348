// vc-room's content share in a conference room's composite (issues 4 and 5 together): the room
// shares its content (the second webrtcbin video stream: videotestsrc pattern=bar, a white bar
// at the left edge of black) while its camera sends SMPTE bars; a webrtcbin trainee in the same
// MCU room sends solid blue. With the room's layout `presenter` (admin API) the trainee sees the grey content large
// and itself in the filmstrip; when the room stops sharing the large tile is colourful again.
#include <gtest/gtest.h>

#include <array>
#include <cstdlib>
#include <iostream>
#include <sstream>

#include "tests/integration/PeerSession.hpp"
#include "tests/integration/SignalingClient.hpp"
#include "tests/integration/WebrtcbinPeer.hpp"
#include "tests/room/RoomTestbed.hpp"

namespace vc::tests::room {
namespace {

using namespace std::chrono_literals;
constexpr const char* kRoom = "tap-huan-noi-dung";

// The large tile (top 3/4 of the canvas) is black and white at every sampled point: the content
// pattern, not the camera's colour bars. `why` lists the samples.
bool LargeTileIsGrey(const integration::ReceivedPicture& picture, std::string& why) {
  std::ostringstream out;
  bool grey = true;
  for (double fx : {0.3, 0.42, 0.58, 0.7}) {
    for (double fy : {0.2, 0.5}) {
      const auto yuv = picture.MeanYuv(fx, fy, std::max(2, picture.width / 80));
      out << " (" << yuv[0] << "," << yuv[1] << "," << yuv[2] << ")";
      grey = grey && std::abs(yuv[1] - 128) < 24 && std::abs(yuv[2] - 128) < 24;
    }
  }
  // videotestsrc's bar: a white bar at the left edge of black; somewhere in the tile's middle row.
  int bright = 0;
  const auto luma = [&](int x, int y) {
    return picture.y[static_cast<size_t>(y) * static_cast<size_t>(picture.width) + static_cast<size_t>(x)];
  };
  for (int x = 0; x < picture.width; ++x) bright += luma(x, picture.height * 3 / 8) > 180;
  out << " bright " << bright;
  why = out.str();
  return grey && bright > 0;
}

TEST(RoomContentCompositeTest, AConferenceRoomsReceiversSeeVcRoomsContentLarge) {
  RoomTestbedOptions options;
  options.projector = false;
  options.camera = false;
  options.mcu_room = kRoom;
  options.mcu_admin_api = true;
  RoomTestbed room(options);
  ASSERT_EQ(room.Command("Call.Join")["ok"], true);
  ASSERT_TRUE(room.WaitStatusEquals("Call/State", "in_call", 90s)) << room.Logs();

  integration::SignalingClient client(room.McuPort());
  integration::WebrtcbinPeer::Options trainee;
  trainee.volume = 0.05;
  trainee.video_source = "videotestsrc is-live=true pattern=solid-color foreground-color=0xff0000ff";
  integration::WebrtcbinPeer peer(trainee);
  integration::PeerSession session(client, peer);
  peer.Start();
  ASSERT_TRUE(session.Join(kRoom, "Học viên", 10s)) << session.Describe();
  ASSERT_EQ(room.Admin("POST", std::string("/api/v1/rooms/") + kRoom + "/layout",
                       R"({"layout":"presenter"})").status, 200);

  std::string why;
  const auto content_large = [&] {
    auto picture = peer.Media().LastPicture();
    if (!picture || !LargeTileIsGrey(*picture, why)) return false;
    // The filmstrip: the room's camera, then the trainee itself (blue) at x = 5/8.
    const auto self = picture->MeanYuv(0.625, 0.875, std::max(2, picture->width / 80));
    why += " self (" + std::to_string(self[1]) + "," + std::to_string(self[2]) + ")";
    return self[1] > 200;
  };
  // Before the share: the room's camera (SMPTE bars) is the large tile.
  ASSERT_TRUE(session.PumpUntil([&] { return peer.Media().LastPicture().has_value(); }, 60s))
      << session.Describe();
  session.Pump(1s);
  EXPECT_FALSE(content_large()) << why;

  ASSERT_EQ(room.Command("Content.Share.Start")["ok"], true);
  const auto shared = std::chrono::steady_clock::now();
  ASSERT_TRUE(session.PumpUntil(content_large, 45s)) << why << "\n" << room.Logs();
  std::cout << "[content] vc-room's content large in the composite "
            << std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::steady_clock::now() - shared).count()
            << " ms after Content.Share.Start:" << why << "\n";

  ASSERT_EQ(room.Command("Content.Share.Stop")["ok"], true);
  EXPECT_TRUE(session.PumpUntil([&] {
    auto picture = peer.Media().LastPicture();
    return picture && !LargeTileIsGrey(*picture, why);
  }, 10s)) << why;
  EXPECT_EQ(room.Status("Call/State"), "in_call");
}

}  // namespace
}  // namespace vc::tests::room
