#include "appliance/app/MeetingLayout.hpp"
#include "tests/appliance/app/RoomCommandsTest.hpp"

namespace vc::appliance::testing {
namespace {

using nlohmann::json;

class MeetingLayoutTest : public RoomCommandsTest {
 protected:
  void Make(RoomMode mode) {
    RoomOptions options = DefaultOptions();
    options.mode = mode;
    MakeRoom(options);
    layout = std::make_unique<app::MeetingLayout>(*room, call, status);
    layout->Register(table);
    room->AddListener(layout.get());
  }
  void TearDown() override {
    if (layout) room->RemoveListener(layout.get());
  }

  // The layout messages the room sent the MCU, in order.
  std::vector<json> LayoutsSent() const {
    std::vector<json> out;
    for (const auto& text : call.signaling) {
      const json message = json::parse(text);
      if (message["type"] == "layout") out.push_back(message);
    }
    return out;
  }
  void McuSays(const std::string& text) { call.listener()->OnCallEvent(text); }

  std::unique_ptr<app::MeetingLayout> layout;
};

TEST_F(MeetingLayoutTest, ChairSendsItsLayoutWhenTheCallConnectsAndAgainAfterARejoin) {
  Make(RoomMode::kTraining);
  InCall();
  EXPECT_EQ(call.log.front(), "join chair");
  ASSERT_EQ(LayoutsSent().size(), 1u);
  // presenter_content (the training preset) is the MCU's presenter; no presenter id is named.
  EXPECT_EQ(LayoutsSent()[0], json::parse(R"({"type":"layout","layout":"presenter"})"));
  scheduler.AdvanceBy(seconds(10));  // counters and other notifications send nothing more
  EXPECT_EQ(LayoutsSent().size(), 1u);

  call.Drop("network down");
  ASSERT_EQ(State(), RoomState::kReconnecting);
  scheduler.AdvanceBy(seconds(5));
  ASSERT_EQ(State(), RoomState::kInCall);
  ASSERT_EQ(LayoutsSent().size(), 2u);
  EXPECT_EQ(LayoutsSent()[1]["layout"], "presenter");
}

TEST_F(MeetingLayoutTest, LayoutSetInTheCallReachesTheMcuOncePerCommandEvenWhenUnchanged) {
  Make(RoomMode::kTraining);
  InCall();
  ASSERT_TRUE(Run("Room.Layout.Set", {{"layout", "grid"}}).ok);
  EXPECT_EQ(room->status().layout, "grid");
  ASSERT_EQ(LayoutsSent().size(), 2u);
  EXPECT_EQ(LayoutsSent()[1], json::parse(R"({"type":"layout","layout":"grid"})"));
  // The same layout again: someone else (the MCU's admin API) may have changed the picture.
  ASSERT_TRUE(Run("Room.Layout.Set", {{"layout", "grid"}}).ok);
  ASSERT_EQ(LayoutsSent().size(), 3u);
  EXPECT_EQ(LayoutsSent()[2]["layout"], "grid");
  ASSERT_TRUE(Run("Room.Layout.Set", {{"layout", "speaker"}}).ok);
  ASSERT_EQ(LayoutsSent().size(), 4u);
  EXPECT_EQ(LayoutsSent()[3]["layout"], "speaker");
  EXPECT_EQ(Run("Room.Layout.Set", {{"layout", "mosaic"}}).code, "bad_args");
  EXPECT_EQ(Run("Room.Layout.Set", json::object()).code, "bad_args");
  EXPECT_EQ(LayoutsSent().size(), 4u);
}

TEST_F(MeetingLayoutTest, ModeSwitchInAChairCallSendsTheNewModesLayout) {
  Make(RoomMode::kTraining);
  InCall();
  room->SetMode(RoomMode::kConference);  // still the chair at the MCU: conference shows everyone
  ASSERT_EQ(LayoutsSent().size(), 2u);
  EXPECT_EQ(LayoutsSent()[1]["layout"], "grid");
  room->SetMode(RoomMode::kTraining);
  ASSERT_EQ(LayoutsSent().size(), 3u);
  EXPECT_EQ(LayoutsSent()[2]["layout"], "presenter");
}

TEST_F(MeetingLayoutTest, ParticipantRoomSendsNothingAndRefusesLayoutSetInTheCall) {
  Make(RoomMode::kConference);
  ASSERT_TRUE(
      Run("Room.Layout.Set", {{"layout", "speaker"}}).ok);  // outside a call: the room's own
  EXPECT_EQ(room->status().layout, "speaker");
  InCall();
  EXPECT_EQ(call.log.front(), "join participant");
  const auto refused = Run("Room.Layout.Set", {{"layout", "grid"}});
  EXPECT_EQ(refused.code, "invalid_state");
  EXPECT_NE(refused.reason.find("only the training room"), std::string::npos) << refused.reason;
  EXPECT_EQ(room->status().layout, "speaker");  // unchanged
  room->SetMode(RoomMode::kTraining);           // the role was chosen at join: still a participant
  EXPECT_TRUE(LayoutsSent().empty());
  EXPECT_EQ(Run("Room.Layout.Set", {{"layout", "grid"}}).code, "invalid_state");
}

TEST_F(MeetingLayoutTest, TheMcusLayoutEventShowsInCallLayoutUntilTheCallEnds) {
  Make(RoomMode::kConference);
  InCall();
  EXPECT_FALSE(status.Contains("Call/Layout"));  // until the MCU says
  McuSays(R"({"type":"layout","layout":"speaker","presenter":"p1"})");
  EXPECT_EQ(status.Get("Call/Layout"), "speaker");
  McuSays(R"({"type":"layout","layout":7})");
  McuSays(R"({"type":"layout","layout":"mosaic"})");
  McuSays(R"({"type":"layout"})");
  McuSays(R"({"type":7})");
  McuSays("{not json");
  McuSays(R"({"type":"active_speaker","participants":["p1"]})");
  EXPECT_EQ(status.Get("Call/Layout"), "speaker");
  McuSays(R"({"type":"layout","layout":"presenter"})");
  EXPECT_EQ(status.Get("Call/Layout"), "presenter");
  call.Drop("network down");  // reconnecting: the meeting goes on
  EXPECT_EQ(status.Get("Call/Layout"), "presenter");
  room->Leave();
  scheduler.AdvanceBy(seconds(1));
  EXPECT_FALSE(status.Contains("Call/Layout"));
}

TEST_F(MeetingLayoutTest, McuLayoutNames) {
  EXPECT_EQ(app::MeetingLayout::McuLayoutName("presenter_content"), "presenter");
  EXPECT_EQ(app::MeetingLayout::McuLayoutName("presenter"), "presenter");
  EXPECT_EQ(app::MeetingLayout::McuLayoutName("grid"), "grid");
  EXPECT_EQ(app::MeetingLayout::McuLayoutName("speaker"), "speaker");
}

}  // namespace
}  // namespace vc::appliance::testing
