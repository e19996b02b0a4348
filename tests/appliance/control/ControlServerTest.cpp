// The control API over a real WebSocket on loopback, with the blocking client vc-roomctl uses.
#include "appliance/control/ControlServer.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/post.hpp>
#include <future>
#include <thread>

#include "appliance/control/ControlSession.hpp"
#include "appliance/control/RoomCommands.hpp"
#include "appliance/roomctl/ControlClient.hpp"
#include "tests/appliance/control/FakeRoomControl.hpp"

namespace vc::appliance::control {
namespace {

using nlohmann::json;
using roomctl::ControlClient;
using namespace std::chrono_literals;

// The server on its own io_context thread, as in the daemon; the test touches server state only
// by posting to that thread.
class ControlServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    RegisterRoomCommands(commands_, room_);
    status_.Set("Call/State", "idle");
    server_ = std::make_unique<ControlServer>(io_, status_, commands_, nullptr);
    server_->Start(0);
    thread_ = std::thread([this] { io_.run(); });
  }
  void TearDown() override {
    OnServerThread([this] { server_->Stop(); });
    work_.reset();
    io_.stop();
    thread_.join();
  }
  template <class F>
  void OnServerThread(F f) {
    std::promise<void> done;
    boost::asio::post(io_, [&] {
      f();
      done.set_value();
    });
    done.get_future().wait();
  }
  std::string Url() const { return server_->Url(); }

  boost::asio::io_context io_;
  boost::asio::executor_work_guard<boost::asio::io_context::executor_type> work_{io_.get_executor()};
  StatusTree status_;
  CommandTable commands_;
  FakeRoomControl room_;
  std::unique_ptr<ControlServer> server_;
  std::thread thread_;
};

TEST_F(ControlServerTest, ListensOnLoopbackAndAnswers) {
  EXPECT_GT(server_->Port(), 0);
  ControlClient client(Url());
  const json reply = client.Get("Call/State", 5s);
  EXPECT_EQ(reply["value"], "idle");
  const json result = client.Command("Call.Join", json::object(), 5s);
  EXPECT_EQ(result["ok"], true);
}

TEST_F(ControlServerTest, SubscriptionNotificationsAndEventsArrive) {
  ControlClient client(Url());
  EXPECT_EQ(client.Subscribe("Call", 5s)["type"], "subscribed");
  OnServerThread([this] {
    status_.Set("Call/State", "in_call");
    server_->PublishEvent("CallConnected", {{"room", "echo"}});
  });
  auto status = client.Receive(5s, [](const json& m) { return m["type"] == "status"; });
  ASSERT_TRUE(status);
  EXPECT_EQ(status->at("value"), "in_call");
  auto event = client.Receive(5s, [](const json& m) { return m["type"] == "event"; });
  ASSERT_TRUE(event);
  EXPECT_EQ(event->at("name"), "CallConnected");
}

TEST_F(ControlServerTest, MalformedInputGetsErrorsAndTheConnectionKeepsServing) {
  ControlClient client(Url());
  client.SendText("{this is not json");
  auto error = client.Receive(5s);
  ASSERT_TRUE(error);
  EXPECT_EQ(error->at("error").at("code"), "malformed_json");
  client.SendText(R"({"type":"launch"})");
  EXPECT_EQ(client.Receive(5s)->at("error").at("code"), "unknown_type");
  const json unknown = client.Command("Call.Explode", json::object(), 5s);
  EXPECT_EQ(unknown["ok"], false);
  EXPECT_EQ(unknown["error"]["code"], "unknown_command");
  EXPECT_EQ(client.Get("Call/State", 5s)["value"], "idle");
  EXPECT_FALSE(client.IsClosed());
}

TEST_F(ControlServerTest, OversizedMessageClosesOnlyThatClient) {
  ControlClient big(Url());
  ControlClient other(Url());
  big.SendText(std::string(ControlSession::kMaxMessageBytes + 10, ' '));
  EXPECT_FALSE(big.Receive(5s).has_value());
  EXPECT_TRUE(big.IsClosed());
  EXPECT_EQ(other.Get("Call/State", 5s)["value"], "idle");
  ControlClient again(Url());
  EXPECT_EQ(again.Get("Call/State", 5s)["value"], "idle");
}

TEST_F(ControlServerTest, ClientVanishingMidSubscriptionIsHarmless) {
  {
    ControlClient client(Url());
    client.Subscribe("", 5s);
  }
  for (int i = 0; i < 50; ++i) {
    OnServerThread([this, i] { status_.Set("Call/Duration", i); });
  }
  ControlClient next(Url());
  EXPECT_EQ(next.Get("Call/Duration", 5s)["value"], 49);
}

TEST(ControlClientUrlTest, ParsesAndRejects) {
  const auto url = ControlClient::ParseUrl("ws://127.0.0.1:8780/");
  EXPECT_EQ(url.host, "127.0.0.1");
  EXPECT_EQ(url.port, "8780");
  EXPECT_EQ(url.target, "/");
  EXPECT_EQ(ControlClient::ParseUrl("ws://localhost:1").target, "/");
  EXPECT_THROW(ControlClient::ParseUrl("http://127.0.0.1:1/"), roomctl::ControlClientError);
  EXPECT_THROW(ControlClient::ParseUrl("ws://127.0.0.1/"), roomctl::ControlClientError);
  EXPECT_THROW(ControlClient::ParseUrl("ws://127.0.0.1:http/"), roomctl::ControlClientError);
}

}  // namespace
}  // namespace vc::appliance::control
