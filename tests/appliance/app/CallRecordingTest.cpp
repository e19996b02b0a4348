#include "appliance/app/CallRecording.hpp"
#include "tests/appliance/app/RoomCommandsTest.hpp"

namespace vc::appliance::testing {
namespace {

using nlohmann::json;

constexpr const char* kAvailable = R"({"type":"recording","available":true,"recording":false})";
constexpr const char* kRecordingOn =
    R"({"type":"recording","available":true,"recording":true,"since":"2026-12-01T21:00:00Z"})";

class CallRecordingTest : public RoomCommandsTest {
 protected:
  void Make(RoomMode mode) {
    RoomOptions options = DefaultOptions();
    options.mode = mode;
    MakeRoom(options);
    recording = std::make_unique<app::CallRecording>(call, status);
    recording->Register(table);
    room->AddListener(recording.get());
  }
  void TearDown() override {
    if (recording) room->RemoveListener(recording.get());
  }

  void McuSays(const std::string& text) { call.listener()->OnCallEvent(text); }
  json Last() const { return call.signaling.empty() ? json() : json::parse(call.signaling.back()); }

  std::unique_ptr<app::CallRecording> recording;
};

TEST_F(CallRecordingTest, TheMcusRecordingMessageBecomesStatusAndLeavesWithTheCall) {
  Make(RoomMode::kConference);  // every site is told, not only the chair
  InCall();
  EXPECT_FALSE(status.Contains("Call/Recording"));  // until the MCU says it can record
  McuSays(kAvailable);
  EXPECT_EQ(status.Get("Call/Recording"), false);
  EXPECT_FALSE(status.Contains("Call/RecordingSince"));
  McuSays(kRecordingOn);
  EXPECT_EQ(status.Get("Call/Recording"), true);
  EXPECT_EQ(status.Get("Call/RecordingSince"), "2026-12-01T21:00:00Z");
  McuSays(kAvailable);
  EXPECT_EQ(status.Get("Call/Recording"), false);
  EXPECT_FALSE(status.Contains("Call/RecordingSince"));
  McuSays(kRecordingOn);
  call.Drop("network down");  // reconnecting: still what the MCU said last
  EXPECT_EQ(status.Get("Call/Recording"), true);
  room->Leave();
  scheduler.AdvanceBy(seconds(1));
  EXPECT_FALSE(status.Contains("Call/Recording"));
  EXPECT_FALSE(status.Contains("Call/RecordingSince"));
}

TEST_F(CallRecordingTest, ArrivesRightAfterJoinedBeforeTheMediaConnects) {
  Make(RoomMode::kTraining);
  room->Join();
  for (int i = 0; i < 100 && State() != RoomState::kJoining; ++i)
    scheduler.AdvanceBy(milliseconds(100));
  ASSERT_EQ(State(), RoomState::kJoining);
  McuSays(kRecordingOn);
  scheduler.AdvanceBy(seconds(5));
  ASSERT_EQ(State(), RoomState::kInCall);
  EXPECT_EQ(status.Get("Call/Recording"), true);
}

TEST_F(CallRecordingTest, NotAvailableMeansNoRecordingStatus) {
  Make(RoomMode::kTraining);
  InCall();
  McuSays(kRecordingOn);
  McuSays(R"({"type":"recording","available":false,"recording":false})");
  EXPECT_FALSE(status.Contains("Call/Recording"));
  EXPECT_FALSE(status.Contains("Call/RecordingSince"));
  // Broken messages change nothing.
  McuSays(kAvailable);
  McuSays(R"({"type":"recording","available":true})");
  McuSays(R"({"type":"recording","available":"yes","recording":true})");
  McuSays(R"({"type":"recording","recording":true})");
  McuSays("[1,2]");
  EXPECT_EQ(status.Get("Call/Recording"), false);
}

TEST_F(CallRecordingTest, StartAndStopSendTheRecordMessage) {
  Make(RoomMode::kTraining);
  InCall();
  McuSays(kAvailable);
  ASSERT_TRUE(Run("Call.Recording.Start").ok);
  EXPECT_EQ(Last(), json::parse(R"({"type":"record","recording":true})"));
  McuSays(kRecordingOn);
  ASSERT_TRUE(Run("Call.Recording.Stop").ok);
  EXPECT_EQ(Last(), json::parse(R"({"type":"record","recording":false})"));
  EXPECT_EQ(Run("Call.Recording.Start", {{"now", true}}).code, "bad_args");
}

TEST_F(CallRecordingTest, RefusedOutsideACallForAParticipantAndWhenUnavailable) {
  Make(RoomMode::kConference);
  EXPECT_EQ(Run("Call.Recording.Start").code, "invalid_state");
  InCall();
  McuSays(kAvailable);
  const auto participant = Run("Call.Recording.Start");
  EXPECT_EQ(participant.code, "invalid_state");
  EXPECT_NE(participant.reason.find("only the training room"), std::string::npos)
      << participant.reason;
  EXPECT_EQ(Run("Call.Recording.Stop").code, "invalid_state");
  EXPECT_TRUE(call.signaling.empty());
}

TEST_F(CallRecordingTest, RefusedWhenTheMcuCannotRecord) {
  Make(RoomMode::kTraining);
  InCall();
  const size_t before = call.signaling.size();  // mute_all
  const auto silent =
      Run("Call.Recording.Start");  // an MCU that never said (older, or no --recording-dir)
  EXPECT_EQ(silent.code, "invalid_state");
  EXPECT_NE(silent.reason.find("not available"), std::string::npos) << silent.reason;
  McuSays(R"({"type":"recording","available":false,"recording":false})");
  EXPECT_EQ(Run("Call.Recording.Start").code, "invalid_state");
  EXPECT_EQ(call.signaling.size(), before);
}

TEST_F(CallRecordingTest, McuErrorsShowUntilTheNextRequestTakesEffect) {
  Make(RoomMode::kTraining);
  InCall();
  McuSays(kAvailable);
  McuSays(R"({"type":"error","code":"not_chair","reason":"mute needs a chair"})");  // not ours
  McuSays(R"({"type":"error","code":"bad_json","reason":"..."})");
  EXPECT_FALSE(status.Contains("Call/RecordingError"));
  ASSERT_TRUE(Run("Call.Recording.Start").ok);
  McuSays(
      R"({"type":"error","code":"recording_failed","reason":"cannot create /rec/a.webm: disk full"})");
  EXPECT_EQ(status.Get("Call/RecordingError"), "recording_failed");
  EXPECT_EQ(status.Get("Call/Recording"), false);
  McuSays(kAvailable);  // not a change we asked for: the error stays
  EXPECT_EQ(status.Get("Call/RecordingError"), "recording_failed");
  ASSERT_TRUE(Run("Call.Recording.Start").ok);
  McuSays(kRecordingOn);
  EXPECT_FALSE(status.Contains("Call/RecordingError"));
  ASSERT_TRUE(Run("Call.Recording.Stop").ok);
  McuSays(R"({"type":"error","code":"not_chair","reason":"record needs a chair"})");  // ours now
  EXPECT_EQ(status.Get("Call/RecordingError"), "not_chair");
  McuSays(R"({"type":"error","code":"recording_unavailable","reason":"no --recording-dir"})");
  EXPECT_EQ(status.Get("Call/RecordingError"), "recording_unavailable");
  room->Leave();
  scheduler.AdvanceBy(seconds(1));
  EXPECT_FALSE(status.Contains("Call/RecordingError"));
}

}  // namespace
}  // namespace vc::appliance::testing
