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

#include <netinet/in.h>

#include "tests/audio/AdminHttp.hpp"
#include "tests/audio/AudioParty.hpp"
#include "tests/impairment/UdpImpairmentRelay.hpp"
#include "tests/integration/PeerSession.hpp"
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

// What the picture shows at (fx, fy): one of kColours or nullptr.
const Colour* ColourAt(const integration::ReceivedMedia::VideoPicture& picture, double fx, double fy) {
  return Nearest(picture.MeanYuv(fx, fy, std::max(2, picture.width / 80)));
}

// Presenter + content: the first site sends its camera (red) and a content stream (green, the
// second video m-line); two others send blue and magenta. With the chair's layout `presenter`
// (no presenter named: the share that is on), receivers see green large (the top 3/4) and red,
// blue, magenta in the filmstrip (bottom row, three 16:9 cells centred: x = 1/4, 1/2, 3/4).
// The content stream stopped: within ContentInput's 2 s idle plus slack the large tile is no
// longer green.
TEST_F(VideoRoom, PresenterLayoutShowsTheContentShareLargeAndTheCamerasInTheFilmstrip) {
  AudioParty party(Port(), "tap-huan-noi-dung");
  auto presenter = Solid(kColours[0]);
  presenter.content_source = Solid(kColours[1]).video_source;
  party.Join(presenter, kColours[0].site, "chair");
  party.Join(Solid(kColours[2]), kColours[2].site);
  party.Join(Solid(kColours[3]), kColours[3].site);
  ASSERT_TRUE(party[0].client->Send({{"type", "layout"}, {"layout", "presenter"}}));
  std::string why;
  const auto shows_content = [&](size_t member) {
    auto picture = party[member].peer->Media().LastPicture();
    if (!picture) return false;
    const std::array<const Colour*, 4> seen = {
        ColourAt(*picture, 0.5, 0.375), ColourAt(*picture, 0.25, 0.875),
        ColourAt(*picture, 0.5, 0.875), ColourAt(*picture, 0.75, 0.875)};
    std::ostringstream out;
    out << "receiver " << member << ":";
    for (const Colour* colour : seen) out << " " << (colour != nullptr ? colour->name : "?");
    why = out.str();
    return seen[0] == &kColours[1] && seen[1] == &kColours[0] && seen[2] == &kColours[2] &&
           seen[3] == &kColours[3];
  };
  ASSERT_TRUE(party.PumpAll(Throttled([&] { return shows_content(1) && shows_content(2); }), 90s))
      << why << "\n" << party.Describe() << Mcu().Log();
  std::cout << "content large, cameras in the filmstrip: " << why << "\n";

  party[0].peer->SetContentSending(false);
  const auto stopped = std::chrono::steady_clock::now();
  std::optional<std::chrono::steady_clock::time_point> gone_at;
  party.PumpAll(Throttled([&] {
    for (size_t member : {1u, 2u}) {
      auto picture = party[member].peer->Media().LastPicture();
      if (!picture || picture->arrival <= stopped || ColourAt(*picture, 0.5, 0.375) == &kColours[1])
        return false;
    }
    gone_at = std::chrono::steady_clock::now();
    return true;
  }, 50ms), 10s);
  ASSERT_TRUE(gone_at.has_value()) << party.Describe() << Mcu().Log();
  const auto delay = std::chrono::duration_cast<std::chrono::milliseconds>(*gone_at - stopped);
  std::cout << "content tile gone " << delay.count() << " ms after the content stream stopped\n";
  // 2 s without content RTP ends the share; 1 s slack for the next frame on a busy machine.
  EXPECT_LE(delay.count(), 3000);
  ExpectMcuHealthy();
}

// "candidate:F 1 UDP P 127.0.0.1 5000 typ host ..." with the port replaced (the relay's); other
// transports are dropped so that every packet takes the relay.
std::optional<std::string> ThroughRelay(const std::string& candidate, uint16_t port) {
  std::istringstream fields(candidate);
  std::vector<std::string> parts;
  for (std::string part; fields >> part;) parts.push_back(part);
  if (parts.size() < 8 || (parts[2] != "UDP" && parts[2] != "udp")) return std::nullopt;
  parts[4] = "127.0.0.1";
  parts[5] = std::to_string(port);
  std::string text;
  for (const auto& part : parts) text += (text.empty() ? "" : " ") + part;
  return text;
}

// 5% loss between one sender (webrtcbin with NACK/RTX) and the MCU, via UdpImpairmentRelay:
// its tile keeps updating: frames the MCU decoded of it / frames it sent (15 fps) >= 0.9 over 10 s.
TEST_F(VideoRoom, LossySenderKeepsItsTileUpdatingWithNackAndRtx) {
  sockaddr_in mcu{};
  mcu.sin_family = AF_INET;
  mcu.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  integration::SignalingClient client(Port());
  WebrtcbinPeer::Options options;
  options.volume = 0.05;
  options.video_nack = true;
  WebrtcbinPeer peer(options);  // the moving ball: every frame carries new data
  integration::PeerSession session(client, peer);
  impairment::UdpImpairmentRelay relay(std::nullopt, 20261201);
  bool relay_aimed = false;
  session.SetCandidateRewrites(
      [&](const std::string& c) { return ThroughRelay(c, relay.mcu_facing_port()); },
      [&](const std::string& c) -> std::optional<std::string> {
        const auto parsed = integration::PeerSession::ParseCandidate(c);
        if (!parsed || parsed->transport != "udp") return std::nullopt;
        if (!relay_aimed) {
          mcu.sin_port = htons(parsed->port);
          relay.SetMcu(mcu);
          relay_aimed = true;
        }
        return ThroughRelay(c, relay.peer_facing_port());
      });
  peer.Start();
  const auto joined = session.Join("vung-cao", "Trường TH Xã Vùng Cao", 10s);
  ASSERT_TRUE(joined) << session.Describe();
  const std::string id = joined->value("id", "");
  const auto decoded = [&] { return Counter("vc_video_frames_decoded_total", {{"participant", id}}); };
  ASSERT_TRUE(session.PumpUntil(Throttled([&] { return decoded() > 30; }, 250ms), 30s))
      << session.Describe() << Mcu().Log();
  EXPECT_NE(session.SentOffer().find("apt=96"), std::string::npos) << "webrtcbin offered no RTX:\n"
                                                                   << session.SentOffer();

  relay.Set({.loss = 0.05});
  session.Pump(1s);
  // The counter moves once a second: start and end the window right after it moved.
  const auto moved = [&](double& value, std::chrono::steady_clock::time_point& at) {
    const double before = decoded();
    session.PumpUntil(Throttled([&] { return decoded() != before; }, 20ms), 3s);
    value = decoded();
    at = std::chrono::steady_clock::now();
  };
  double first = 0, last = 0;
  std::chrono::steady_clock::time_point start, end;
  moved(first, start);
  session.Pump(10s);
  moved(last, end);
  const double seconds = std::chrono::duration<double>(end - start).count();
  const double sent = 15.0 * seconds;  // videotestsrc is-live at 15 fps
  const double ratio = (last - first) / sent;
  const auto counters = relay.Counters();
  const double nacks = Counter("vc_video_nacks_sent_total", {{"room", "vung-cao"}});
  std::cout << "5% loss via the relay: dropped " << counters.dropped_up << " of "
            << counters.dropped_up + counters.forwarded_up << " packets; MCU NACKed " << nacks
            << "; frames decoded/sent over " << seconds << " s: " << (last - first) << "/" << sent
            << " = " << ratio << "\n";
  EXPECT_GT(counters.dropped_up, 10u);
  EXPECT_GT(nacks, 0.0);
  EXPECT_GE(ratio, 0.9) << Metrics();
  ExpectMcuHealthy();
}

}  // namespace
}  // namespace vc::tests::video
