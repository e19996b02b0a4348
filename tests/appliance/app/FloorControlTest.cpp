#include "appliance/app/FloorControl.hpp"

#include "tests/appliance/app/RoomCommandsTest.hpp"

namespace vc::appliance::testing {
namespace {

using nlohmann::json;

class FloorControlTest : public RoomCommandsTest {
 protected:
  void SetUp() override {
    MakeRoom();
    floor = std::make_unique<app::FloorControl>(call, status);
    floor->Register(table);
    room->AddListener(floor.get());
  }
  void TearDown() override { room->RemoveListener(floor.get()); }

  void Hand(const std::string& id, bool raised) {
    floor->OnRoomCallEvent(json{{"type", "hand"}, {"participant", id}, {"raised", raised}}.dump());
  }

  std::unique_ptr<app::FloorControl> floor;
};

TEST_F(FloorControlTest, HandsQueueInOrderAndLeaveWithTheirSite) {
  InCall();
  Hand("p1", true);
  Hand("p2", true);
  Hand("p1", true);  // twice is once
  EXPECT_EQ(status.Get("Call/RaisedHands"), json::parse(R"([{"id":"p1","name":"Sở GD&ĐT"},{"id":"p2","name":"Phòng họp A"}])"));
  Hand("p1", false);
  EXPECT_EQ(status.Get("Call/RaisedHands")->size(), 1u);
  floor->OnRoomCallEvent("{not json");
  floor->OnRoomCallEvent(R"({"type":"hand","participant":7,"raised":true})");
  EXPECT_EQ(status.Get("Call/RaisedHands")->size(), 1u);
  room->Leave();
  scheduler.AdvanceBy(seconds(1));
  EXPECT_EQ(status.Get("Call/RaisedHands"), json::array());
}

TEST_F(FloorControlTest, GrantUnmutesThroughTheMcuAndMutesThePreviousHolder) {
  EXPECT_EQ(Run("Call.Floor.Grant", {{"participant", "p1"}}).code, "invalid_state");
  InCall();
  Hand("p1", true);
  ASSERT_TRUE(Run("Call.Floor.Grant", {{"participant", "p1"}}).ok);
  EXPECT_EQ(status.Get("Call/Floor"), "p1");
  EXPECT_EQ(status.Get("Call/RaisedHands"), json::array());
  ASSERT_FALSE(call.signaling.empty());
  EXPECT_EQ(json::parse(call.signaling.back()), json::parse(R"({"type":"mute","participant":"p1","muted":false})"));
  ASSERT_TRUE(Run("Call.Floor.Grant", {{"participant", "p2"}}).ok);
  const auto n = call.signaling.size();
  EXPECT_EQ(json::parse(call.signaling[n - 2]), json::parse(R"({"type":"mute","participant":"p1","muted":true})"));
  ASSERT_TRUE(Run("Call.Floor.Revoke", {{"participant", "p2"}}).ok);
  EXPECT_EQ(status.Get("Call/Floor"), "");
  EXPECT_EQ(json::parse(call.signaling.back()), json::parse(R"({"type":"mute","participant":"p2","muted":true})"));
  EXPECT_EQ(Run("Call.Floor.Revoke", json::object()).code, "bad_args");
}

TEST_F(FloorControlTest, HandRaiseSendsTheHandToTheMcu) {
  EXPECT_EQ(Run("Call.Hand.Raise", {{"raised", true}}).code, "invalid_state");
  InCall();
  ASSERT_TRUE(Run("Call.Hand.Raise", {{"raised", true}}).ok);
  ASSERT_FALSE(call.signaling.empty());
  EXPECT_EQ(json::parse(call.signaling.back()), json::parse(R"({"type":"hand","raised":true})"));
  ASSERT_TRUE(Run("Call.Hand.Raise", {{"raised", false}}).ok);
  EXPECT_EQ(json::parse(call.signaling.back()), json::parse(R"({"type":"hand","raised":false})"));
  const auto sent = call.signaling.size();
  EXPECT_EQ(Run("Call.Hand.Raise", {{"raised", "yes"}}).code, "bad_args");
  EXPECT_EQ(Run("Call.Hand.Raise", json::object()).code, "bad_args");
  EXPECT_EQ(call.signaling.size(), sent);
}

}  // namespace
}  // namespace vc::appliance::testing
