// CallMedia against a real vc-mcu: joins an echo room with test sources, media flows both ways,
// leaves, joins again; a vc-mcu that stops mid-call is noticed within seconds.
#include <gtest/gtest.h>

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <iostream>

#include "appliance/media/CallMedia.hpp"
#include "tests/integration/McuProcess.hpp"

namespace vc::appliance::media {
namespace {

using namespace std::chrono_literals;
using tests::integration::McuProcess;
using SteadyClock = std::chrono::steady_clock;

class RecordingListener : public CallPort::Listener {
 public:
  void OnCallConnected() override { ++connected; }
  void OnCallLost(const std::string& reason) override {
    lost.push_back(reason);
    lost_at = SteadyClock::now();
  }
  void OnCallParticipants(const std::vector<CallParticipant>& list) override {
    participants = list;
  }
  void OnCallEvent(const std::string& json) override { events.push_back(json); }

  int connected = 0;
  std::vector<std::string> lost;
  SteadyClock::time_point lost_at{};
  std::vector<CallParticipant> participants;
  std::vector<std::string> events;
};

CallMediaConfig TestConfig() {
  CallMediaConfig config;
  config.devices.camera = "test";
  config.devices.microphone = "test";
  config.devices.speakers = "";  // discarded
  config.video_output = CallMediaConfig::VideoOutput::kHeadless;
  config.ice_local_addresses = {"127.0.0.1"};  // tests stay on loopback
  config.connect_timeout = 60s;                // a loaded 2-core machine
  return config;
}

class CallMediaTest : public ::testing::Test {
 protected:
  CallMediaTest() : mcu_(McuProcess::Options{}), call_(io_, TestConfig(), [](const std::string& l) {
    std::cerr << "[call] " << l << "\n";
  }) {
    call_.SetListener(&listener_);
  }

  CallTarget Target(const std::string& room) const {
    return {.mcu_url = "ws://127.0.0.1:" + std::to_string(mcu_.Port()) + "/ws",
            .room = room,
            .display_name = "Phòng họp tầng 3"};
  }

  // Runs the io_context until `done` holds or `timeout` passes.
  bool RunUntil(const std::function<bool()>& done, std::chrono::milliseconds timeout) {
    const auto deadline = SteadyClock::now() + timeout;
    while (!done()) {
      if (SteadyClock::now() >= deadline) return false;
      io_.run_for(20ms);
    }
    return true;
  }
  void RunFor(std::chrono::milliseconds duration) {
    RunUntil([] { return false; }, duration);
  }

  std::string Describe() const {
    const auto c = call_.Counters();
    std::string text = "connected=" + std::to_string(listener_.connected) +
                       " audio in/out=" + std::to_string(c.audio_packets_in) + "/" +
                       std::to_string(c.audio_packets_out) +
                       " video in/out=" + std::to_string(c.video_packets_in) + "/" +
                       std::to_string(c.video_packets_out) +
                       " frames shown=" + std::to_string(c.video_frames_shown);
    for (const auto& reason : listener_.lost) text += "\nlost: " + reason;
    return text;
  }

  bool MediaFlows() {
    const auto c = call_.Counters();
    return c.audio_packets_in >= 50 && c.video_packets_in >= 30 && c.video_frames_shown >= 10 &&
           c.audio_packets_out >= 50 && c.video_packets_out >= 30;
  }

  boost::asio::io_context io_;
  boost::asio::executor_work_guard<boost::asio::io_context::executor_type> work_{
      io_.get_executor()};
  McuProcess mcu_;
  RecordingListener listener_;
  CallMedia call_;
};

TEST_F(CallMediaTest, JoinsEchoRoomMediaFlowsLeavesAndJoinsAgain) {
  for (int round = 1; round <= 2; ++round) {
    const auto join_at = SteadyClock::now();
    call_.Join(Target("echo-room-media"));
    ASSERT_TRUE(RunUntil([&] { return listener_.connected == round || !listener_.lost.empty(); },
                         60s))
        << "round " << round << ": " << Describe();
    ASSERT_EQ(listener_.connected, round) << Describe();
    const auto connected_at = SteadyClock::now();
    ASSERT_TRUE(RunUntil([&] { return MediaFlows() || !listener_.lost.empty(); }, 60s))
        << "round " << round << ": " << Describe();
    ASSERT_TRUE(listener_.lost.empty()) << Describe();
    EXPECT_TRUE(call_.InCall());
    ASSERT_EQ(listener_.participants.size(), 1u);
    EXPECT_EQ(listener_.participants[0].name, "Phòng họp tầng 3");
    std::cout << "[call] round " << round << ": join -> connected "
              << std::chrono::duration_cast<std::chrono::milliseconds>(connected_at - join_at).count()
              << " ms; " << Describe() << "\n";

    call_.Leave();
    call_.Leave();  // idempotent
    EXPECT_FALSE(call_.InCall());
    RunFor(1s);
    EXPECT_TRUE(listener_.lost.empty()) << "no listener call after Leave: " << Describe();
  }
  EXPECT_TRUE(mcu_.IsRunning()) << mcu_.Log();
}

TEST_F(CallMediaTest, McuStoppedMidCallIsReportedLost) {
  call_.Join(Target("echo-stop"));
  ASSERT_TRUE(RunUntil([&] { return listener_.connected == 1 || !listener_.lost.empty(); }, 60s))
      << Describe();
  ASSERT_TRUE(RunUntil([&] { return call_.Counters().audio_packets_in > 10; }, 30s)) << Describe();
  const auto stopped_at = SteadyClock::now();
  mcu_.Stop();
  ASSERT_TRUE(RunUntil([&] { return !listener_.lost.empty(); }, 20s)) << Describe();
  const auto delay =
      std::chrono::duration_cast<std::chrono::milliseconds>(listener_.lost_at - stopped_at);
  std::cout << "[call] MCU stopped -> OnCallLost in " << delay.count()
            << " ms: " << listener_.lost[0] << "\n";
  EXPECT_LT(delay, 10s);
  EXPECT_FALSE(listener_.lost[0].empty());
  EXPECT_FALSE(call_.InCall());
  RunFor(500ms);
  EXPECT_EQ(listener_.lost.size(), 1u) << Describe();
  call_.Leave();  // after a loss: nothing more
  RunFor(200ms);
  EXPECT_EQ(listener_.lost.size(), 1u);
}

TEST_F(CallMediaTest, UnreachableMcuAndBadUrlAreReportedLostAsynchronously) {
  call_.Join({.mcu_url = "ftp://127.0.0.1/ws", .room = "echo-x", .display_name = "A"});
  EXPECT_TRUE(listener_.lost.empty());  // never from inside Join
  ASSERT_TRUE(RunUntil([&] { return !listener_.lost.empty(); }, 5s));
  EXPECT_NE(listener_.lost[0].find("ws://"), std::string::npos) << listener_.lost[0];

  const uint16_t closed_port = mcu_.Port();
  mcu_.Stop();
  call_.Join({.mcu_url = "ws://127.0.0.1:" + std::to_string(closed_port) + "/ws",
              .room = "echo-x",
              .display_name = "A"});
  ASSERT_TRUE(RunUntil([&] { return listener_.lost.size() == 2; }, 15s)) << Describe();
  EXPECT_NE(listener_.lost[1].find("connect"), std::string::npos) << listener_.lost[1];
}

// Content sharing as a second video stream (the default): vc-mcu accepts the second video
// m-line as content (recvonly, in the BUNDLE) and webrtcbin 1.22 takes the answer; sharing
// opens the content valve without renegotiating, and the call's audio and video go on.
TEST(CallMediaContentTest, SecondContentStreamDoesNotBreakTheCall) {
  boost::asio::io_context io;
  auto work = boost::asio::make_work_guard(io);
  McuProcess mcu(McuProcess::Options{});
  auto config = TestConfig();
  config.content_second_stream = true;
  RecordingListener listener;
  CallMedia call(io, config);
  call.SetListener(&listener);
  auto run_until = [&](const std::function<bool()>& done, std::chrono::milliseconds timeout) {
    const auto deadline = SteadyClock::now() + timeout;
    while (!done() && SteadyClock::now() < deadline) io.run_for(20ms);
    return done();
  };
  call.Join({.mcu_url = "ws://127.0.0.1:" + std::to_string(mcu.Port()) + "/ws",
             .room = "echo-content",
             .display_name = "Lớp tập huấn"});
  ASSERT_TRUE(run_until([&] { return listener.connected == 1 || !listener.lost.empty(); }, 60s));
  ASSERT_EQ(listener.connected, 1) << (listener.lost.empty() ? "" : listener.lost[0]);
  const uint64_t video_before = call.Counters().video_packets_in;
  EXPECT_EQ(call.ContentPacketsOut(), 0u);  // negotiated, but nothing sent until sharing
  call.SetContentSharing(true);
  const bool flowing = run_until(
      [&] {
        return call.ContentPacketsOut() >= 20 && call.Counters().video_packets_in >= video_before + 30 &&
               call.Counters().audio_packets_in >= 50;
      },
      60s);
  std::cout << "[call] second stream: content packets out " << call.ContentPacketsOut()
            << ", video in " << call.Counters().video_packets_in << "\n";
  EXPECT_TRUE(flowing);
  EXPECT_TRUE(listener.lost.empty()) << listener.lost[0];
  EXPECT_TRUE(call.InCall());
  call.SetContentSharing(false);
  run_until([] { return false; }, 500ms);
  const uint64_t stopped_at = call.ContentPacketsOut();
  run_until([] { return false; }, 1s);
  EXPECT_LE(call.ContentPacketsOut(), stopped_at + 2) << "content still sent after stopping";
  EXPECT_TRUE(listener.lost.empty());
  call.Leave();
}

// The audio-only path: no camera (devices.camera "none"), so no video is sent; a receive-only
// video m-line keeps the room able to show what the MCU sends, and audio flows both ways.
TEST(CallMediaAudioOnlyTest, AudioOnlyRoomJoinsAndTalksWithoutSendingVideo) {
  boost::asio::io_context io;
  auto work = boost::asio::make_work_guard(io);
  McuProcess mcu(McuProcess::Options{});
  auto config = TestConfig();
  config.devices.camera = "none";
  RecordingListener listener;
  CallMedia call(io, config);
  call.SetListener(&listener);
  auto run_until = [&](const std::function<bool()>& done, std::chrono::milliseconds timeout) {
    const auto deadline = SteadyClock::now() + timeout;
    while (!done() && SteadyClock::now() < deadline) io.run_for(20ms);
    return done();
  };
  call.Join({.mcu_url = "ws://127.0.0.1:" + std::to_string(mcu.Port()) + "/ws",
             .room = "echo-audio-only",
             .display_name = "Phòng chỉ có âm thanh"});
  ASSERT_TRUE(run_until([&] { return listener.connected == 1 || !listener.lost.empty(); }, 60s));
  ASSERT_EQ(listener.connected, 1) << (listener.lost.empty() ? "" : listener.lost[0]);
  EXPECT_EQ(call.Devices().camera.kind, devices::media::MediaSourceKind::kNone);
  ASSERT_TRUE(run_until(
      [&] { return call.Counters().audio_packets_in >= 50 && call.Counters().audio_packets_out >= 50; },
      60s))
      << "audio in/out " << call.Counters().audio_packets_in << "/" << call.Counters().audio_packets_out;
  EXPECT_EQ(call.Counters().video_packets_out, 0u);
  EXPECT_EQ(call.Counters().video_packets_in, 0u);  // the echo has no video to return
  call.SetCameraEnabled(false);                      // harmless without a camera
  call.SetContentSharing(true);                      // no content source configured: nothing
  run_until([] { return false; }, 500ms);
  EXPECT_EQ(call.ContentPacketsOut(), 0u);
  EXPECT_TRUE(call.InCall());
  EXPECT_TRUE(listener.lost.empty()) << listener.lost[0];
  call.Leave();
}

TEST_F(CallMediaTest, RefusedJoinIsReportedWithTheMcuReason) {
  call_.Join(Target("bad room name!"));
  ASSERT_TRUE(RunUntil([&] { return !listener_.lost.empty(); }, 15s)) << Describe();
  EXPECT_NE(listener_.lost[0].find("bad_room"), std::string::npos) << listener_.lost[0];
}

}  // namespace
}  // namespace vc::appliance::media
