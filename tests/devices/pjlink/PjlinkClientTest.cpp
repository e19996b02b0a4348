// PjlinkClient against the emulator's server in the same io_context (127.0.0.1, free port).
#include "devices/pjlink/PjlinkClient.hpp"

#include <optional>

#include "tests/devices/pjlink/PjlinkSimFixture.hpp"

namespace vc::devices::pjlink {
namespace {

using namespace std::chrono_literals;

class PjlinkClientTest : public PjlinkSimFixture {
 protected:
  template <typename T>
  std::pair<DeviceResult, T> Wait(std::optional<std::pair<DeviceResult, T>>& slot) {
    EXPECT_TRUE(RunUntil(io_, [&] { return slot.has_value(); }));
    return slot.value_or(std::pair<DeviceResult, T>{});
  }
  template <typename T>
  static auto Into(std::optional<std::pair<DeviceResult, T>>& slot) {
    return [&slot](DeviceResult result, T value) { slot.emplace(std::move(result), std::move(value)); };
  }
};

TEST_F(PjlinkClientTest, AnswersEveryInformationQuery) {
  StartSimulator();
  PjlinkClient client(io_, Connection());
  std::optional<std::pair<DeviceResult, std::string>> name, maker, product, info;
  std::optional<std::pair<DeviceResult, int>> klass;
  std::optional<std::pair<DeviceResult, std::vector<std::string>>> inputs;
  std::optional<std::pair<DeviceResult, ErrorStatus>> errors;
  std::optional<std::pair<DeviceResult, std::vector<Lamp>>> lamps;
  std::optional<std::pair<DeviceResult, PowerState>> power;
  std::optional<std::pair<DeviceResult, AvMuteState>> mute;
  client.GetName(Into(name));
  client.GetManufacturer(Into(maker));
  client.GetProductName(Into(product));
  client.GetOtherInfo(Into(info));
  client.GetClass(Into(klass));
  client.GetInputList(Into(inputs));
  client.GetErrorStatus(Into(errors));
  client.GetLamps(Into(lamps));
  client.GetPower(Into(power));
  client.GetAvMute(Into(mute));
  EXPECT_EQ(Wait(name).second, "vc-pjlink-sim");
  EXPECT_EQ(Wait(maker).second, "VC Emulated");
  EXPECT_EQ(Wait(product).second, "PJLink Class 1 Simulator");
  EXPECT_EQ(Wait(info).second, "vc-pjlink-sim");
  EXPECT_EQ(Wait(klass).second, 1);
  EXPECT_EQ(Wait(inputs).second, (std::vector<std::string>{"11", "12", "31", "32"}));
  EXPECT_FALSE(Wait(errors).second.Any());
  EXPECT_EQ(Wait(lamps).second, (std::vector<Lamp>{{1234, false}}));
  auto [power_result, power_state] = Wait(power);
  EXPECT_TRUE(power_result.ok()) << power_result.message;
  EXPECT_EQ(power_state, PowerState::kOff);
  EXPECT_EQ(Wait(mute).first.kind, DeviceErrorKind::kUnavailable);  // ERR3 in standby
}

TEST_F(PjlinkClientTest, RunsSeveralCommandsOverOneAuthenticatedConnection) {
  StartSimulator(sim::Fault::kNone, "JBMIAProjectorLink", 0ms);
  PjlinkClient client(io_, Connection("JBMIAProjectorLink"));
  std::optional<std::pair<DeviceResult, std::vector<Reply>>> done;
  client.Exchange({Request::Set(Command::kPower, "1"), Request::Query(Command::kPower),
                   Request::Set(Command::kInput, "32"), Request::Set(Command::kInput, "59")},
                  Into(done));
  auto [result, replies] = Wait(done);
  ASSERT_TRUE(result.ok()) << result.message;
  ASSERT_EQ(replies.size(), 4u);
  EXPECT_EQ(replies[0].status, ReplyStatus::kOk);
  EXPECT_EQ(replies[1].value, "1");
  EXPECT_EQ(replies[2].status, ReplyStatus::kOk);
  EXPECT_EQ(replies[3].status, ReplyStatus::kOutOfParameter);
  EXPECT_EQ(LineIndex("auth=accepted"), 0);
  EXPECT_TRUE(SawLine("input=32"));
}

TEST_F(PjlinkClientTest, WrongPasswordIsAnAuthenticationError) {
  StartSimulator(sim::Fault::kNone, "right");
  PjlinkClient client(io_, Connection("wrong"));
  std::optional<std::pair<DeviceResult, PowerState>> power;
  client.GetPower(Into(power));
  auto [result, state] = Wait(power);
  EXPECT_EQ(result.kind, DeviceErrorKind::kAuthentication);
  EXPECT_NE(result.message.find("rejected the password"), std::string::npos) << result.message;
  EXPECT_TRUE(SawLine("auth=rejected"));
}

TEST_F(PjlinkClientTest, MissingPasswordIsAnAuthenticationError) {
  StartSimulator(sim::Fault::kNone, "secret");
  PjlinkClient client(io_, Connection(""));
  std::optional<std::pair<DeviceResult, PowerState>> power;
  client.GetPower(Into(power));
  auto result = Wait(power).first;
  EXPECT_EQ(result.kind, DeviceErrorKind::kAuthentication);
  EXPECT_NE(result.message.find("none is configured"), std::string::npos) << result.message;
}

TEST_F(PjlinkClientTest, WrongPasswordAlwaysFaultRejectsTheRightPassword) {
  StartSimulator(sim::Fault::kWrongPasswordAlways, "secret");
  PjlinkClient client(io_, Connection("secret"));
  std::optional<std::pair<DeviceResult, PowerState>> power;
  client.GetPower(Into(power));
  EXPECT_EQ(Wait(power).first.kind, DeviceErrorKind::kAuthentication);
}

TEST_F(PjlinkClientTest, SilentProjectorTimesOutWithinTheConfiguredTimeout) {
  StartSimulator(sim::Fault::kNoAnswer);
  auto options = Connection();
  options.reply_timeout = 300ms;
  PjlinkClient client(io_, options);
  std::optional<std::pair<DeviceResult, PowerState>> power;
  const auto start = std::chrono::steady_clock::now();
  client.GetPower(Into(power));
  auto result = Wait(power).first;
  const auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_EQ(result.kind, DeviceErrorKind::kTimeout);
  EXPECT_NE(result.message.find("did not answer within 300 ms"), std::string::npos) << result.message;
  EXPECT_GE(elapsed, 280ms);
  EXPECT_LT(elapsed, 10s);  // bounded by the timeout, not by the test's deadline
}

TEST_F(PjlinkClientTest, GarbledReplyIsAProtocolError) {
  StartSimulator(sim::Fault::kGarbled);
  PjlinkClient client(io_, Connection());
  std::optional<std::pair<DeviceResult, PowerState>> power;
  client.GetPower(Into(power));
  auto result = Wait(power).first;
  EXPECT_EQ(result.kind, DeviceErrorKind::kProtocol);
  EXPECT_NE(result.message.find("not a PJLink reply"), std::string::npos) << result.message;
}

TEST_F(PjlinkClientTest, ClosedPortIsUnreachable) {
  uint16_t port = 0;
  {
    boost::asio::ip::tcp::acceptor probe(io_, {boost::asio::ip::make_address("127.0.0.1"), 0});
    port = probe.local_endpoint().port();
  }
  ConnectionOptions options;
  options.port = port;
  PjlinkClient client(io_, options);
  std::optional<std::pair<DeviceResult, PowerState>> power;
  client.GetPower(Into(power));
  auto result = Wait(power).first;
  EXPECT_EQ(result.kind, DeviceErrorKind::kUnreachable);
  EXPECT_NE(result.message.find("127.0.0.1:" + std::to_string(port)), std::string::npos) << result.message;
}

TEST_F(PjlinkClientTest, InvalidInputIsRefusedWithoutConnecting) {
  StartSimulator();
  PjlinkClient client(io_, Connection());
  std::optional<DeviceResult> done;
  client.SetInput("HDMI1", [&](DeviceResult result) { done = std::move(result); });
  ASSERT_TRUE(RunUntil(io_, [&] { return done.has_value(); }));
  EXPECT_EQ(done->kind, DeviceErrorKind::kDeviceFault);
  EXPECT_NE(done->message.find("not a PJLink input"), std::string::npos);
}

TEST_F(PjlinkClientTest, CancelledExchangeNeverCallsBack) {
  StartSimulator(sim::Fault::kNoAnswer);
  bool called = false;
  {
    PjlinkClient client(io_, Connection());
    client.GetPower([&](DeviceResult, PowerState) { called = true; });
    RunUntil(io_, [] { return false; }, 100ms);
  }  // destroyed mid-exchange
  RunUntil(io_, [] { return false; }, 200ms);
  EXPECT_FALSE(called);
}

}  // namespace
}  // namespace vc::devices::pjlink
