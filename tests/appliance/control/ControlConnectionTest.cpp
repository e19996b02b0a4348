#include "appliance/control/ControlConnection.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "appliance/control/RoomCommands.hpp"
#include "tests/appliance/control/FakeRoomControl.hpp"

namespace vc::appliance::control {
namespace {

using nlohmann::json;

class ControlConnectionTest : public ::testing::Test {
 protected:
  ControlConnectionTest() {
    RegisterRoomCommands(commands_, room_);
    status_.Set("Call/State", "idle");
    status_.Set("Devices/Projector/Power", "off");
    connection_ = std::make_unique<ControlConnection>(
        status_, commands_, nullptr, [this](std::string text) { sent_.push_back(json::parse(text)); });
  }

  json Exchange(const std::string& text) {
    sent_.clear();
    connection_->OnMessage(text);
    EXPECT_EQ(sent_.size(), 1u) << text;
    return sent_.empty() ? json() : sent_.back();
  }

  StatusTree status_;
  CommandTable commands_;
  FakeRoomControl room_;
  std::vector<json> sent_;
  std::unique_ptr<ControlConnection> connection_;
};

TEST_F(ControlConnectionTest, GetReturnsSubtree) {
  const json reply = Exchange(R"({"type":"get","path":"Call","id":3})");
  EXPECT_EQ(reply["type"], "status");
  EXPECT_EQ(reply["id"], 3);
  EXPECT_EQ(reply["value"], json::parse(R"({"State":"idle"})"));
  EXPECT_EQ(Exchange(R"({"type":"get"})")["value"].size(), 2u);  // no path: the whole tree
}

TEST_F(ControlConnectionTest, GetUnknownPathIsAnError) {
  const json reply = Exchange(R"({"type":"get","path":"Nope/Nothing"})");
  EXPECT_EQ(reply["type"], "error");
  EXPECT_EQ(reply["error"]["code"], "unknown_path");
}

TEST_F(ControlConnectionTest, SubscribeDeliversChangesUnderPrefix) {
  const json ack = Exchange(R"({"type":"subscribe","path":"Devices/Projector"})");
  EXPECT_EQ(ack["type"], "subscribed");
  EXPECT_EQ(ack["value"]["Power"], "off");
  sent_.clear();
  status_.Set("Devices/Projector/Power", "warming");
  status_.Set("Call/State", "joining");  // not under the prefix
  ASSERT_EQ(sent_.size(), 1u);
  EXPECT_EQ(sent_[0], json::parse(R"({"type":"status","path":"Devices/Projector/Power","value":"warming"})"));
  EXPECT_EQ(Exchange(R"({"type":"unsubscribe","path":"Devices/Projector"})")["type"], "unsubscribed");
  sent_.clear();
  status_.Set("Devices/Projector/Power", "on");
  EXPECT_TRUE(sent_.empty());
}

TEST_F(ControlConnectionTest, ClosingConnectionDropsSubscriptions) {
  Exchange(R"({"type":"subscribe","path":"Call"})");
  EXPECT_EQ(status_.SubscriberCount(), 1u);
  connection_.reset();
  EXPECT_EQ(status_.SubscriberCount(), 0u);
  status_.Set("Call/State", "joining");  // must not touch the gone connection
}

TEST_F(ControlConnectionTest, CommandDispatchesToRoom) {
  json reply = Exchange(R"({"type":"command","id":7,"command":"Call.Join","args":{}})");
  EXPECT_EQ(reply, json::parse(R"({"type":"result","id":7,"ok":true})"));
  Exchange(R"({"type":"command","id":8,"command":"Audio.Volume.Set","args":{"level":70}})");
  Exchange(R"({"type":"command","id":9,"command":"Room.Mode.Set","args":{"mode":"training"}})");
  Exchange(R"({"type":"command","id":10,"command":"Camera.Preset.Activate","args":{"preset":3}})");
  Exchange(R"({"type":"command","id":11,"command":"Audio.Microphones.Mute","args":{"mute":true}})");
  Exchange(R"({"type":"command","id":12,"command":"Projector.Power","args":{"on":false}})");
  Exchange(R"({"type":"command","id":13,"command":"Content.Share.Start"})");
  EXPECT_EQ(room_.calls, (std::vector<std::string>{"JoinCall", "Volume 70", "Mode training", "Preset 3",
                                                   "Mute true", "Projector false", "Share true"}));
}

TEST_F(ControlConnectionTest, RoomErrorsAreReported) {
  room_.next = CommandResult::Error(error_code::kDeviceError, "projector password rejected");
  const json reply = Exchange(R"({"type":"command","id":1,"command":"Projector.Power","args":{"on":true}})");
  EXPECT_EQ(reply["ok"], false);
  EXPECT_EQ(reply["error"]["code"], "device_error");
  EXPECT_EQ(reply["error"]["reason"], "projector password rejected");
}

TEST_F(ControlConnectionTest, LateReplyArrivesAndIsDroppedAfterClose) {
  room_.hold = true;
  sent_.clear();
  connection_->OnMessage(R"({"type":"command","id":1,"command":"Camera.Test"})");
  connection_->OnMessage(R"({"type":"command","id":2,"command":"Camera.Test"})");
  EXPECT_TRUE(sent_.empty());
  room_.held[0](CommandResult::Ok(json{{"answer", "fine"}}));
  ASSERT_EQ(sent_.size(), 1u);
  EXPECT_EQ(sent_[0]["value"]["answer"], "fine");
  connection_.reset();
  room_.held[1](CommandResult::Ok());  // the connection is gone: nothing happens
  EXPECT_EQ(sent_.size(), 1u);
}

TEST_F(ControlConnectionTest, BadArgumentsAreRejectedBeforeTheRoom) {
  const char* bad[] = {
      R"({"type":"command","id":1,"command":"Audio.Volume.Set","args":{"level":101}})",
      R"({"type":"command","id":1,"command":"Audio.Volume.Set","args":{"level":"loud"}})",
      R"({"type":"command","id":1,"command":"Audio.Volume.Set","args":{}})",
      R"({"type":"command","id":1,"command":"Audio.Microphones.Mute","args":{"mute":1}})",
      R"({"type":"command","id":1,"command":"Room.Mode.Set","args":{"mode":"party"}})",
      R"({"type":"command","id":1,"command":"Camera.Preset.Activate","args":{"preset":-1}})",
      R"({"type":"command","id":1,"command":"Call.Join","args":{"now":true}})",
      R"({"type":"command","id":1,"command":"Call.Join","args":[1]})",
  };
  for (const char* text : bad) {
    const json reply = Exchange(text);
    EXPECT_EQ(reply["type"], "result") << text;
    EXPECT_EQ(reply["ok"], false) << text;
    EXPECT_EQ(reply["error"]["code"], "bad_args") << text;
  }
  EXPECT_TRUE(room_.calls.empty());
}

TEST_F(ControlConnectionTest, MalformedAndUnknownInputGetErrorsAndServingContinues) {
  struct Case {
    const char* text;
    const char* code;
  } cases[] = {
      {"{not json", "malformed_json"},
      {"", "malformed_json"},
      {"[1,2,3]", "bad_message"},
      {R"({"id":4})", "bad_message"},
      {R"({"type":5})", "bad_message"},
      {R"({"type":"dance"})", "unknown_type"},
      {R"({"type":"get","path":"a//b"})", "bad_message"},
      {R"({"type":"get","path":7})", "bad_message"},
      {R"({"type":"subscribe","path":"/x"})", "bad_message"},
      {R"({"type":"command","id":4})", "bad_message"},
      {R"({"type":"command","id":4,"command":"Call.Dance"})", "unknown_command"},
      {R"({"type":"config_set","id":5,"path":"Audio/DefaultVolume","value":1})", "unknown_setting"},
  };
  for (const auto& c : cases) {
    const json reply = Exchange(c.text);
    EXPECT_EQ(reply["error"]["code"], c.code) << c.text;
  }
  EXPECT_EQ(Exchange(R"({"type":"command","id":4,"command":"Call.Dance"})")["id"], 4);
  EXPECT_EQ(Exchange(R"({"type":"get","path":"Call/State"})")["value"], "idle");
  EXPECT_EQ(Exchange(R"({"type":"ping","id":"p"})")["type"], "pong");
}

TEST_F(ControlConnectionTest, SubscriptionsAreBounded) {
  for (size_t i = 0; i < ControlConnection::kMaxSubscriptions; ++i) {
    EXPECT_EQ(Exchange(R"({"type":"subscribe","path":"P)" + std::to_string(i) + "\"}")["type"], "subscribed");
  }
  EXPECT_EQ(Exchange(R"({"type":"subscribe","path":"One/More"})")["type"], "error");
  EXPECT_EQ(connection_->SubscriptionCount(), ControlConnection::kMaxSubscriptions);
}

TEST_F(ControlConnectionTest, EventsAndHelp) {
  sent_.clear();
  connection_->SendEvent("CallEnded", {{"reason", "left"}});
  ASSERT_EQ(sent_.size(), 1u);
  EXPECT_EQ(sent_[0], json::parse(R"({"type":"event","name":"CallEnded","data":{"reason":"left"}})"));
  const json help = Exchange(R"({"type":"command","id":1,"command":"System.Help"})");
  EXPECT_TRUE(help["value"].contains("Call.Join"));
}

}  // namespace
}  // namespace vc::appliance::control
