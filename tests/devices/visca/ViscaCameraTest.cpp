// ViscaCamera against the emulator, both on one io_context on 127.0.0.1 (port 0).
#include "devices/visca/ViscaCamera.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "devices/visca/ViscaSimulator.hpp"
#include "tests/devices/visca/ViscaTestLoop.hpp"

namespace vc::devices::visca {
namespace {

using namespace std::chrono_literals;
using testing::RunUntil;

class ViscaCameraTest : public ::testing::Test, public ViscaSimulator::Listener {
 protected:
  void OnViscaSimulatorStateChange(const std::string& line) override { lines_.push_back(line); }

  void StartSimulator(ViscaFault fault = {}, bool power_on = true) {
    ViscaSimulator::Options options;
    options.host = "127.0.0.1";
    options.port = 0;
    options.move_time = 30ms;
    options.fault = fault;
    options.power_on = power_on;
    simulator_ = std::make_unique<ViscaSimulator>(io_, options, this);
  }

  // Generous per-attempt timeout for the happy paths (a loaded machine, sanitizers).
  ViscaCamera::Options CameraOptions(std::chrono::milliseconds reply_timeout = 2000ms, int retries = 2) {
    ViscaCamera::Options options;
    options.host = "127.0.0.1";
    options.port = simulator_->Port();
    options.reply_timeout = reply_timeout;
    options.retries = retries;
    options.completion_timeout = 10000ms;
    return options;
  }

  template <typename Start>
  DeviceResult Await(Start start) {
    std::optional<DeviceResult> result;
    start([&result](DeviceResult r) { result = std::move(r); });
    EXPECT_TRUE(RunUntil(io_, [&] { return result.has_value(); })) << "no result in time";
    return result.value_or(DeviceResult::Error(DeviceErrorKind::kTimeout, "test gave up"));
  }

  size_t CountLines(const std::string& line) const { return std::count(lines_.begin(), lines_.end(), line); }

  boost::asio::io_context io_;
  std::vector<std::string> lines_;
  std::unique_ptr<ViscaSimulator> simulator_;
};

TEST_F(ViscaCameraTest, RecallPresetMovesTheEmulatedCamera) {
  StartSimulator();
  ViscaCamera camera(io_, CameraOptions());
  EXPECT_TRUE(Await([&](auto done) { camera.PanTiltTo(100, -20, 0x10, 0x10, done); }).ok());
  EXPECT_TRUE(Await([&](auto done) { camera.StorePreset(2, done); }).ok());
  EXPECT_TRUE(Await([&](auto done) { camera.Home(done); }).ok());
  EXPECT_EQ(simulator_->State().pose.pan, 0);
  const DeviceResult recalled = Await([&](auto done) { camera.RecallPreset(2, done); });
  EXPECT_TRUE(recalled.ok()) << recalled.message;
  EXPECT_EQ(simulator_->State().last_recalled, 2);
  EXPECT_EQ(simulator_->State().pose.pan, 100);
  EXPECT_EQ(simulator_->State().pose.tilt, -20);
  ASSERT_FALSE(lines_.empty());
  EXPECT_EQ(lines_.front(), "sequence reset");  // the first exchange resets the counter
  EXPECT_EQ(CountLines("preset recalled 2"), 1u);
  EXPECT_EQ(CountLines("sequence reset"), 1u);
}

TEST_F(ViscaCameraTest, InquiriesReportPowerAndPosition) {
  StartSimulator();
  ViscaCamera camera(io_, CameraOptions());
  EXPECT_TRUE(Await([&](auto done) { camera.PanTiltTo(-300, 45, 5, 5, done); }).ok());
  EXPECT_TRUE(Await([&](auto done) { camera.ZoomTo(0x1234, done); }).ok());
  std::optional<ViscaCamera::Position> position;
  camera.QueryPosition([&](DeviceResult result, ViscaCamera::Position p) {
    EXPECT_TRUE(result.ok()) << result.message;
    position = p;
  });
  ASSERT_TRUE(RunUntil(io_, [&] { return position.has_value(); }));
  EXPECT_EQ(position->pan, -300);
  EXPECT_EQ(position->tilt, 45);
  EXPECT_EQ(position->zoom, 0x1234);
  std::optional<PowerState> power;
  camera.QueryPower([&](DeviceResult result, PowerState state) {
    EXPECT_TRUE(result.ok());
    power = state;
  });
  ASSERT_TRUE(RunUntil(io_, [&] { return power.has_value(); }));
  EXPECT_EQ(*power, PowerState::kOn);
}

TEST_F(ViscaCameraTest, StandbyCameraRefusesMotionUntilPoweredOn) {
  StartSimulator({}, /*power_on=*/false);
  ViscaCamera camera(io_, CameraOptions());
  const DeviceResult refused = Await([&](auto done) { camera.RecallPreset(1, done); });
  EXPECT_EQ(refused.kind, DeviceErrorKind::kUnavailable);
  EXPECT_NE(refused.message.find("recall preset 1"), std::string::npos) << refused.message;
  EXPECT_NE(refused.message.find("41"), std::string::npos) << refused.message;
  EXPECT_TRUE(Await([&](auto done) { camera.PowerOn(done); }).ok());
  EXPECT_TRUE(simulator_->State().power_on);
  EXPECT_TRUE(Await([&](auto done) { camera.RecallPreset(1, done); }).ok());
  EXPECT_TRUE(Await([&](auto done) { camera.PanTilt(PanTiltDirection::kLeft, 3, 4, done); }).ok());
  EXPECT_EQ(simulator_->State().drive, "left");
  EXPECT_TRUE(Await([&](auto done) { camera.Zoom(ZoomDirection::kTele, 3, done); }).ok());
  EXPECT_EQ(simulator_->State().zoom_drive, "tele");
  EXPECT_TRUE(Await([&](auto done) { camera.PowerOff(done); }).ok());
  EXPECT_FALSE(simulator_->State().power_on);
}

TEST_F(ViscaCameraTest, NoAnswerTimesOutAfterTheConfiguredRetries) {
  StartSimulator({ViscaFault::Kind::kNoAnswer, 0});
  ViscaCamera camera(io_, CameraOptions(100ms, 2));
  const DeviceResult result = Await([&](auto done) { camera.RecallPreset(3, done); });
  EXPECT_EQ(result.kind, DeviceErrorKind::kTimeout);
  EXPECT_NE(result.message.find("did not answer within 100 ms (3 attempts)"), std::string::npos) << result.message;
  EXPECT_NE(result.message.find("recall preset 3"), std::string::npos);
  // The first datagram and two resends (of the RESET), nothing more.
  RunUntil(io_, [] { return false; }, 300ms);  // a late resend would show up here
  EXPECT_EQ(simulator_->DatagramsReceived(), 3u);
}

TEST_F(ViscaCameraTest, LostDatagramsAreResentWithTheSameSequenceNumber) {
  StartSimulator({ViscaFault::Kind::kDropFirst, 3});
  ViscaCamera camera(io_, CameraOptions(150ms, 2));
  // RESET: sent, resent, resent -> all dropped; 3 attempts exhausted.
  EXPECT_EQ(Await([&](auto done) { camera.Home(done); }).kind, DeviceErrorKind::kTimeout);
  // The next request resets again and gets through.
  const DeviceResult result = Await([&](auto done) { camera.RecallPreset(4, done); });
  EXPECT_TRUE(result.ok()) << result.message;
  EXPECT_EQ(CountLines("preset recalled 4"), 1u);
}

TEST_F(ViscaCameraTest, LostResetIsResent) {
  StartSimulator({ViscaFault::Kind::kDropFirst, 1});
  ViscaCamera camera(io_, CameraOptions(150ms, 2));
  const DeviceResult result = Await([&](auto done) { camera.RecallPreset(5, done); });
  EXPECT_TRUE(result.ok()) << result.message;
  EXPECT_EQ(CountLines("preset recalled 5"), 1u);
}

TEST_F(ViscaCameraTest, ErrorRepliesAreClearErrors) {
  StartSimulator({ViscaFault::Kind::kNotExecutable, 0});
  ViscaCamera camera(io_, CameraOptions());
  const DeviceResult result = Await([&](auto done) { camera.RecallPreset(2, done); });
  EXPECT_EQ(result.kind, DeviceErrorKind::kUnavailable);
  EXPECT_EQ(result.message.rfind("recall preset 2: camera cannot execute", 0), 0u) << result.message;
}

TEST_F(ViscaCameraTest, GarbledReplyIsAProtocolError) {
  StartSimulator({ViscaFault::Kind::kGarbled, 0});
  ViscaCamera camera(io_, CameraOptions());
  const DeviceResult result = Await([&](auto done) { camera.Home(done); });
  EXPECT_EQ(result.kind, DeviceErrorKind::kProtocol);
  EXPECT_NE(result.message.find("unreadable"), std::string::npos) << result.message;
}

TEST_F(ViscaCameraTest, SequenceErrorFromTheCameraTriggersAResetAndResend) {
  StartSimulator();
  ViscaCamera first(io_, CameraOptions());
  EXPECT_TRUE(Await([&](auto done) { first.Home(done); }).ok());
  // Another controller resets the camera and moves its sequence number far ahead.
  ViscaCamera second(io_, CameraOptions());
  for (int i = 0; i < 5; ++i) EXPECT_TRUE(Await([&](auto done) { second.Home(done); }).ok());
  // `first` is now behind: the camera refuses (0F 01), `first` resets and resends.
  const DeviceResult result = Await([&](auto done) { first.RecallPreset(6, done); });
  EXPECT_TRUE(result.ok()) << result.message;
  EXPECT_EQ(CountLines("sequence reset"), 3u);
  EXPECT_EQ(CountLines("preset recalled 6"), 1u);
}

TEST_F(ViscaCameraTest, QueuedCommandsRunOneAtATimeInOrder) {
  StartSimulator();
  ViscaCamera::Options options = CameraOptions();
  options.max_queued = 3;
  ViscaCamera camera(io_, options);
  std::vector<std::string> order;
  std::vector<DeviceResult> results;
  auto record = [&](std::string name) {
    return [&, name](DeviceResult r) {
      order.push_back(name);
      results.push_back(r);
    };
  };
  camera.StorePreset(1, record("store"));   // in flight at once
  camera.PanTiltTo(10, 10, 5, 5, record("move"));
  camera.RecallPreset(1, record("recall"));
  camera.Home(record("home"));
  camera.ZoomTo(100, record("overflow"));  // fourth waiting: refused
  EXPECT_EQ(camera.Pending(), 4u);
  ASSERT_TRUE(RunUntil(io_, [&] { return results.size() == 5; }));
  EXPECT_EQ(order, (std::vector<std::string>{"overflow", "store", "move", "recall", "home"}));
  EXPECT_EQ(results[0].kind, DeviceErrorKind::kUnavailable);
  for (size_t i = 1; i < results.size(); ++i) EXPECT_TRUE(results[i].ok()) << results[i].message;
  EXPECT_EQ(simulator_->State().pose.pan, 0);  // home came last
  EXPECT_EQ(camera.Pending(), 0u);
}

TEST_F(ViscaCameraTest, InvalidPresetFailsWithoutCallingBackInline) {
  StartSimulator();
  ViscaCamera camera(io_, CameraOptions());
  bool called = false;
  DeviceResult result;
  camera.RecallPreset(300, [&](DeviceResult r) {
    called = true;
    result = r;
  });
  EXPECT_FALSE(called);
  ASSERT_TRUE(RunUntil(io_, [&] { return called; }));
  EXPECT_EQ(result.kind, DeviceErrorKind::kProtocol);
  EXPECT_NE(result.message.find("0-127"), std::string::npos);
  EXPECT_EQ(simulator_->DatagramsReceived(), 0u);
}

TEST_F(ViscaCameraTest, NothingListeningIsUnreachable) {
  StartSimulator();
  ViscaCamera::Options options = CameraOptions(300ms, 1);
  simulator_.reset();  // the port is free again: the kernel answers port-unreachable
  ViscaCamera camera(io_, options);
  const DeviceResult result = Await([&](auto done) { camera.PowerOn(done); });
  // ICMP port-unreachable on loopback is immediate; a timeout would only mean it got lost.
  EXPECT_TRUE(result.kind == DeviceErrorKind::kUnreachable || result.kind == DeviceErrorKind::kTimeout)
      << DeviceErrorKindName(result.kind) << ": " << result.message;
  EXPECT_NE(result.message.find("127.0.0.1:" + std::to_string(options.port)), std::string::npos) << result.message;
}

TEST_F(ViscaCameraTest, DestroyingTheCameraDropsPendingCallbacks) {
  StartSimulator();
  bool called = false;
  {
    ViscaCamera camera(io_, CameraOptions());
    camera.RecallPreset(1, [&](DeviceResult) { called = true; });
    camera.Home([&](DeviceResult) { called = true; });
    io_.run_for(1ms);
  }
  EXPECT_FALSE(RunUntil(io_, [&] { return called; }, 300ms));
}

}  // namespace
}  // namespace vc::devices::visca
