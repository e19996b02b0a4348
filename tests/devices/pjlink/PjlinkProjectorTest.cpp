// PjlinkProjector's power sequences against the emulator's server (short warm-up/cool-down).
#include "devices/pjlink/PjlinkProjector.hpp"

#include <optional>

#include "tests/devices/pjlink/PjlinkSimFixture.hpp"

namespace vc::devices::pjlink {
namespace {

using namespace std::chrono_literals;

class PjlinkProjectorTest : public PjlinkSimFixture {
 protected:
  PjlinkProjector::Options ProjectorOptions(std::string password = "") const {
    PjlinkProjector::Options options;
    options.connection = Connection(std::move(password));
    options.poll_interval = 100ms;
    options.warmup_timeout = 20s;
    options.cooldown_timeout = 20s;
    options.expected_warmup = 1s;
    options.expected_cooldown = 1s;
    return options;
  }
  DeviceResult PowerOn(PjlinkProjector& projector, const std::string& input,
                       std::chrono::milliseconds timeout = 20s) {
    std::optional<DeviceResult> done;
    projector.PowerOnAndSelectInput(input, timeout, [this](int seconds) { progress_.push_back(seconds); },
                                    [&](DeviceResult result) { done = std::move(result); });
    EXPECT_TRUE(RunUntil(io_, [&] { return done.has_value(); }, 30s));
    return done.value_or(DeviceResult::Error(DeviceErrorKind::kTimeout, "test gave up"));
  }
  DeviceResult PowerOff(PjlinkProjector& projector) {
    std::optional<DeviceResult> done;
    projector.PowerOff([&](DeviceResult result) { done = std::move(result); });
    EXPECT_TRUE(RunUntil(io_, [&] { return done.has_value(); }, 30s));
    return done.value_or(DeviceResult::Error(DeviceErrorKind::kTimeout, "test gave up"));
  }
  std::pair<DeviceResult, ProjectorStatus> Status(PjlinkProjector& projector) {
    std::optional<std::pair<DeviceResult, ProjectorStatus>> done;
    projector.QueryStatus([&](DeviceResult result, ProjectorStatus status) { done.emplace(result, status); });
    EXPECT_TRUE(RunUntil(io_, [&] { return done.has_value(); }, 30s));
    return done.value_or(std::pair<DeviceResult, ProjectorStatus>{});
  }

  std::vector<int> progress_;
};

TEST_F(PjlinkProjectorTest, PowersOnThroughWarmUpThenSelectsInput) {
  StartSimulator(sim::Fault::kNone, "pw");
  PjlinkProjector projector(io_, ProjectorOptions("pw"));
  const DeviceResult result = PowerOn(projector, "31");
  ASSERT_TRUE(result.ok()) << result.message;
  const int warming = LineIndex("power=warming");
  const int on = LineIndex("power=on");
  const int input = LineIndex("input=31");
  EXPECT_GE(warming, 0);
  EXPECT_GT(on, warming);
  EXPECT_GT(input, on);
  ASSERT_FALSE(progress_.empty());
  EXPECT_LE(progress_.back(), progress_.front());

  auto [status_result, status] = Status(projector);
  ASSERT_TRUE(status_result.ok()) << status_result.message;
  EXPECT_EQ(status.power, "on");
  EXPECT_EQ(status.input, "31");
  EXPECT_EQ(status.lamp_hours, 1234);
  EXPECT_EQ(status.error, "");
}

TEST_F(PjlinkProjectorTest, PowersOffThroughCoolDown) {
  StartSimulator();
  PjlinkProjector projector(io_, ProjectorOptions());
  ASSERT_TRUE(PowerOn(projector, "11").ok());
  const DeviceResult result = PowerOff(projector);
  ASSERT_TRUE(result.ok()) << result.message;
  EXPECT_GT(LineIndex("power=off"), LineIndex("power=cooling"));
  EXPECT_EQ(Status(projector).second.power, "off");
}

TEST_F(PjlinkProjectorTest, PowerOffDuringWarmUpWaitsForOnThenCoolsDown) {
  StartSimulator(sim::Fault::kNone, "", 800ms, 300ms);
  PjlinkProjector projector(io_, ProjectorOptions());
  std::optional<DeviceResult> on_result;
  projector.PowerOn("31", nullptr, [&](DeviceResult result) { on_result = std::move(result); });
  ASSERT_TRUE(RunUntil(io_, [&] { return SawLine("power=warming"); }));
  const DeviceResult off = PowerOff(projector);  // supersedes the power on
  ASSERT_TRUE(off.ok()) << off.message;
  ASSERT_TRUE(on_result.has_value());
  EXPECT_EQ(on_result->kind, DeviceErrorKind::kUnavailable);
  EXPECT_TRUE(SawLine("power=on"));
  EXPECT_GT(LineIndex("power=off"), LineIndex("power=cooling"));
}

TEST_F(PjlinkProjectorTest, AlreadyOnOnlySwitchesInput) {
  StartSimulator(sim::Fault::kNone, "", 0ms);
  PjlinkProjector projector(io_, ProjectorOptions());
  ASSERT_TRUE(PowerOn(projector, "11").ok());
  lines_.clear();
  ASSERT_TRUE(PowerOn(projector, "32").ok());
  EXPECT_EQ(lines_, (std::vector<std::string>{"input=32"}));
}

TEST_F(PjlinkProjectorTest, UnknownInputIsADeviceFault) {
  StartSimulator(sim::Fault::kNone, "", 0ms);
  PjlinkProjector projector(io_, ProjectorOptions());
  const DeviceResult result = PowerOn(projector, "59");
  EXPECT_EQ(result.kind, DeviceErrorKind::kDeviceFault);
  EXPECT_EQ(result.message, "projector has no input 59 (ERR2: out of parameter)");
}

TEST_F(PjlinkProjectorTest, WrongPasswordIsAnAuthenticationError) {
  StartSimulator(sim::Fault::kNone, "right");
  PjlinkProjector projector(io_, ProjectorOptions("wrong"));
  const DeviceResult result = PowerOn(projector, "31");
  EXPECT_EQ(result.kind, DeviceErrorKind::kAuthentication);
  EXPECT_FALSE(SawLine("power=warming"));
}

TEST_F(PjlinkProjectorTest, SilentProjectorTimesOut) {
  StartSimulator(sim::Fault::kNoAnswer);
  auto options = ProjectorOptions();
  options.connection.reply_timeout = 500ms;
  PjlinkProjector projector(io_, options);
  const auto start = std::chrono::steady_clock::now();
  const DeviceResult result = PowerOn(projector, "31");
  EXPECT_EQ(result.kind, DeviceErrorKind::kTimeout);
  EXPECT_LT(std::chrono::steady_clock::now() - start, 10s);
  auto [status_result, status] = Status(projector);
  EXPECT_EQ(status_result.kind, DeviceErrorKind::kTimeout);
  EXPECT_EQ(status.power, "unknown");
}

TEST_F(PjlinkProjectorTest, LampFaultIsADeviceFaultNamingTheLamp) {
  StartSimulator(sim::Fault::kLamp);
  PjlinkProjector projector(io_, ProjectorOptions());
  const DeviceResult result = PowerOn(projector, "31");
  EXPECT_EQ(result.kind, DeviceErrorKind::kDeviceFault);
  EXPECT_NE(result.message.find("lamp error"), std::string::npos) << result.message;
  EXPECT_NE(result.message.find("ERR4"), std::string::npos) << result.message;
  auto [status_result, status] = Status(projector);
  EXPECT_TRUE(status_result.ok());
  EXPECT_EQ(status.power, "off");
  EXPECT_EQ(status.error, "lamp error");
}

TEST_F(PjlinkProjectorTest, GarbledRepliesAreAProtocolError) {
  StartSimulator(sim::Fault::kGarbled);
  PjlinkProjector projector(io_, ProjectorOptions());
  EXPECT_EQ(PowerOn(projector, "31").kind, DeviceErrorKind::kProtocol);
}

TEST_F(PjlinkProjectorTest, WarmUpLongerThanTheTimeoutTimesOut) {
  StartSimulator(sim::Fault::kNone, "", 60s);
  PjlinkProjector projector(io_, ProjectorOptions());
  const DeviceResult result = PowerOn(projector, "31", 700ms);
  EXPECT_EQ(result.kind, DeviceErrorKind::kTimeout);
  EXPECT_NE(result.message.find("did not finish warming up within 700 ms"), std::string::npos) << result.message;
}

TEST_F(PjlinkProjectorTest, FaultInjectedAtRunTimeShowsInStatus) {
  StartSimulator();
  PjlinkProjector projector(io_, ProjectorOptions());
  EXPECT_EQ(Status(projector).second.error, "");
  server_->SetFault(sim::Fault::kLamp);
  EXPECT_EQ(Status(projector).second.error, "lamp error");
}

}  // namespace
}  // namespace vc::devices::pjlink
