#include <gtest/gtest.h>

#include "tests/appliance/state/RoomTestFixture.hpp"

namespace vc::appliance::testing {
namespace {

using ::testing::ElementsAre;

constexpr const char* kMuteAll = R"({"type":"mute_all","muted":true})";
constexpr const char* kUnmuteAll = R"({"type":"mute_all","muted":false})";

TEST_F(RoomTest, TrainingJoinsAsChairMutesTraineesAndUsesTrainerPreset) {
  RoomOptions options = DefaultOptions();
  options.mode = RoomMode::kTraining;
  MakeRoom(options);
  EXPECT_EQ(room->status().layout, "presenter_content");
  room->Join();
  scheduler.AdvanceBy(seconds(4));
  ASSERT_EQ(State(), RoomState::kInCall);
  EXPECT_EQ(call.last_target.role, "chair");
  EXPECT_THAT(camera.log, ElementsAre("power_on", "recall 2"));
  EXPECT_THAT(call.signaling, ElementsAre(kMuteAll));
  EXPECT_TRUE(room->status().remote_muted);

  // A rejoin after a drop does not mute again (the trainer may have given someone the floor).
  call.Drop("network");
  scheduler.AdvanceBy(seconds(2));
  ASSERT_EQ(State(), RoomState::kInCall);
  EXPECT_EQ(call.last_target.role, "chair");
  EXPECT_THAT(call.signaling, ElementsAre(kMuteAll));
}

TEST_F(RoomTest, MuteAllCommandRefusedInConference) {
  // A conference room joins as participant: the MCU would refuse its mute_all, so do we.
  MakeRoom(DefaultOptions());
  room->Join();
  scheduler.AdvanceBy(seconds(4));
  ASSERT_EQ(State(), RoomState::kInCall);
  EXPECT_THROW(room->SetRemoteMuted(true), RoomCommandError);
  EXPECT_TRUE(call.signaling.empty());
  EXPECT_FALSE(room->status().remote_muted);
}

TEST_F(RoomTest, MuteAllCommandInTrainingShowsInRemoteMuted) {
  RoomOptions options = DefaultOptions();
  options.mode = RoomMode::kTraining;
  options.presets.training.mute_remote_on_join = false;  // the trainer mutes when ready
  MakeRoom(options);
  EXPECT_THROW(room->SetRemoteMuted(true), RoomCommandError);  // not in a call
  room->Join();
  scheduler.AdvanceBy(seconds(4));
  ASSERT_EQ(State(), RoomState::kInCall);
  EXPECT_FALSE(room->status().remote_muted);
  const int notified = listener.notifications;
  room->SetRemoteMuted(true);
  EXPECT_THAT(call.signaling, ElementsAre(kMuteAll));
  EXPECT_TRUE(room->status().remote_muted);
  EXPECT_GT(listener.notifications, notified);  // the status tree hears of it
  room->SetRemoteMuted(false);
  EXPECT_THAT(call.signaling, ElementsAre(kMuteAll, kUnmuteAll));
  EXPECT_FALSE(room->status().remote_muted);
  call.connected = false;  // the signaling link is gone: refused, the flag stays
  EXPECT_THROW(room->SetRemoteMuted(true), RoomCommandError);
  EXPECT_FALSE(room->status().remote_muted);
}

TEST_F(RoomTest, TrainingWithoutMuteOnJoinSendsNothing) {
  RoomOptions options = DefaultOptions();
  options.mode = RoomMode::kTraining;
  options.presets.training.mute_remote_on_join = false;
  MakeRoom(options);
  room->Join();
  scheduler.AdvanceBy(seconds(4));
  ASSERT_EQ(State(), RoomState::kInCall);
  EXPECT_TRUE(call.signaling.empty());
}

TEST_F(RoomTest, ConferenceJoinsAsParticipantWithWidePreset) {
  MakeRoom();
  EXPECT_EQ(room->status().layout, "grid");
  room->Join();
  scheduler.AdvanceBy(seconds(4));
  EXPECT_EQ(call.last_target.role, "participant");
  EXPECT_THAT(camera.log, ElementsAre("power_on", "recall 1"));
  EXPECT_TRUE(call.signaling.empty());
}

TEST_F(RoomTest, ModeSwitchInCallMovesCameraAndMutesOrUnmutes) {
  MakeRoom();
  room->Join();
  scheduler.AdvanceBy(seconds(4));
  ASSERT_EQ(State(), RoomState::kInCall);

  room->SetMode(RoomMode::kTraining);
  scheduler.AdvanceBy(seconds(1));
  EXPECT_EQ(room->status().mode, RoomMode::kTraining);
  EXPECT_EQ(room->status().layout, "presenter_content");
  EXPECT_EQ(room->status().camera.preset, 2);
  EXPECT_THAT(call.signaling, ElementsAre(kMuteAll));
  EXPECT_TRUE(room->status().remote_muted);

  room->SetMode(RoomMode::kConference);
  scheduler.AdvanceBy(seconds(1));
  EXPECT_EQ(room->status().camera.preset, 1);
  EXPECT_THAT(call.signaling, ElementsAre(kMuteAll, kUnmuteAll));
  EXPECT_FALSE(room->status().remote_muted);

  room->SetMode(RoomMode::kConference);  // no change: nothing sent
  EXPECT_EQ(call.signaling.size(), 2u);
}

TEST_F(RoomTest, ModeSwitchDuringWakingAppliesTheNewPreset) {
  MakeRoom();
  room->Join();
  scheduler.AdvanceBy(seconds(1));
  room->SetMode(RoomMode::kTraining);
  scheduler.AdvanceBy(seconds(4));
  ASSERT_EQ(State(), RoomState::kInCall);
  EXPECT_THAT(camera.log, ElementsAre("power_on", "recall 1", "recall 2"));
  EXPECT_EQ(room->status().camera.preset, 2);
  EXPECT_EQ(call.last_target.role, "chair");
  EXPECT_THAT(call.signaling, ElementsAre(kMuteAll));
}

TEST_F(RoomTest, ModeSwitchInStandbyOnlyRemembers) {
  MakeRoom();
  room->SetMode(RoomMode::kTraining);
  EXPECT_TRUE(camera.log.empty());
  EXPECT_EQ(room->status().mode, RoomMode::kTraining);
  EXPECT_EQ(room->options().mode, RoomMode::kTraining);
}

}  // namespace
}  // namespace vc::appliance::testing
