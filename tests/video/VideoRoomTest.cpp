// vc-mcu conference rooms with video (issue 4) end to end: GStreamer webrtcbin peers each send
// a solid colour; every one receives the room's composite and we sample its decoded pixels:
// the 2x2 grid holds the others' colours in join order with their name labels, and a chair's
// layout change shows within a second.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <array>
#include <filesystem>
#include <fstream>
#include <unistd.h>
#include <iostream>
#include <sstream>
#include <thread>

#include "tests/audio/AdminHttp.hpp"
#include "tests/audio/AudioParty.hpp"
#include "tests/integration/McuFixture.hpp"
#include "tests/video/CompositeProbe.hpp"

namespace vc::tests::video {
namespace {

using namespace std::chrono_literals;
using audio::AudioParty;
using integration::WebrtcbinPeer;
constexpr const char* kToken = "video-token-for-tests";

class VideoRoom : public integration::McuFixture {
 protected:
  integration::McuProcess::Options ProcessOptions() override {
    token_file_ = std::filesystem::temp_directory_path() /
                  ("vc-video-token-" + std::to_string(::getpid()));
    std::ofstream(token_file_) << kToken << "\n";
    integration::McuProcess::Options options;
    // 15 fps keeps four live peers plus the MCU within this 2-core machine's budget.
    options.extra_arguments = {"--video-fps", "15", "--admin-token-file", token_file_.string()};
    return options;
  }
  void TearDown() override {
    McuFixture::TearDown();
    std::error_code ignored;
    std::filesystem::remove(token_file_, ignored);
  }
  std::filesystem::path token_file_;

  static WebrtcbinPeer::Options Solid(const Colour& colour) {
    WebrtcbinPeer::Options options;
    options.volume = 0.05;
    options.video_source = "videotestsrc is-live=true pattern=solid-color foreground-color=" +
                           std::to_string(colour.argb);
    return options;
  }

  // Joins the four coloured peers (the first as chair) and waits until each sees the grid.
  void JoinFour(AudioParty& party) {
    for (size_t i = 0; i < kColours.size(); ++i) {
      party.Join(Solid(kColours[i]), kColours[i].site, i == 0 ? "chair" : "");
    }
  }
};

TEST_F(VideoRoom, FourColoursAppearInTheGridWithLabels) {
  AudioParty party(Port(), "giao-ban");
  JoinFour(party);
  std::string why;
  const bool seen = party.PumpAll(
      Throttled([&] {
        for (size_t i = 0; i < party.size(); ++i) {
          if (!ShowsGrid(*party[i].peer, i, why)) return false;
        }
        return true;
      }),
      90s);
  EXPECT_TRUE(seen) << why << "\n" << party.Describe() << Mcu().Log();
  std::cout << why << "\n";
  // The mixer's counters reach /metrics about once a second.
  party.PumpAll(Throttled([&] { return Counter("vc_video_encodes_total") > 0; }, 250ms), 5s);
  EXPECT_GT(Counter("vc_video_frames_composed_total"), 0);
  EXPECT_GT(Counter("vc_video_encodes_total"), 0);
  EXPECT_EQ(Counter("vc_video_receivers", {{"room", "giao-ban"}}), 4);
  ExpectMcuHealthy();
}

TEST_F(VideoRoom, ChairsLayoutChangeShowsWithinOneSecond) {
  AudioParty party(Port(), "tap-huan");
  JoinFour(party);
  std::string why;
  ASSERT_TRUE(party.PumpAll(Throttled([&] { return ShowsGrid(*party[1].peer, 1, why) &&
                                                    ShowsGrid(*party[2].peer, 2, why); }),
                            90s))
      << why << "\n" << party.Describe() << Mcu().Log();
  // Speaker layout with the third site pinned large: its colour fills the top of the canvas.
  const std::string pinned = party[2].id;
  const auto sent = std::chrono::steady_clock::now();
  ASSERT_TRUE(party[0].client->Send({{"type", "layout"}, {"layout", "speaker"}, {"presenter", pinned}}));
  auto shows_speaker = [&](size_t member) {
    auto picture = party[member].peer->Media().LastPicture();
    return picture && picture->arrival > sent &&
           Nearest(picture->MeanYuv(0.5, 0.375, 12)) == &kColours[2] &&
           Nearest(picture->MeanYuv(0.25, 0.375, 12)) == &kColours[2];
  };
  std::optional<std::chrono::steady_clock::time_point> seen_at;
  party.PumpAll([&] {
    if (shows_speaker(1) && shows_speaker(3)) seen_at = std::chrono::steady_clock::now();
    return seen_at.has_value();
  }, 5s);
  ASSERT_TRUE(seen_at.has_value()) << party.Describe() << Mcu().Log();
  const auto delay = std::chrono::duration_cast<std::chrono::milliseconds>(*seen_at - sent);
  std::cout << "layout change seen by two receivers after " << delay.count() << " ms\n";
  EXPECT_LE(delay.count(), 1000);
  // Everyone was told.
  bool told = false;
  for (const auto& message : party[3].session->OtherMessages()) {
    told = told || (message.value("type", "") == "layout" && message.value("layout", "") == "speaker" &&
                    message.value("presenter", "") == pinned);
  }
  EXPECT_TRUE(told);

  // Back to the grid; a non-chair may not change it.
  ASSERT_TRUE(party[1].client->Send({{"type", "layout"}, {"layout", "grid"}}));
  EXPECT_TRUE(party.PumpAll([&] { return party[1].session->HasError("not_chair"); }, 5s));
  // The admin API puts the grid back.
  auto response = audio::AdminRequest(Port(), "POST", "/api/v1/rooms/tap-huan/layout", kToken,
                                      R"({"layout":"grid"})");
  EXPECT_EQ(response.status, 200) << response.body << response.error;
  EXPECT_TRUE(party.PumpAll(Throttled([&] { return ShowsGrid(*party[3].peer, 3, why); }), 5s)) << why;
  EXPECT_EQ(audio::AdminRequest(Port(), "POST", "/api/v1/rooms/tap-huan/layout", kToken,
                                R"({"layout":"speaker","presenter":"p99"})").status, 404);
  ExpectMcuHealthy();
}

}  // namespace
}  // namespace vc::tests::video
