#include <gtest/gtest.h>

#include <algorithm>

#include "tests/appliance/state/RoomTestFixture.hpp"

namespace vc::appliance::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using devices::DeviceErrorKind;

TEST_F(RoomTest, HappyPathJoinLeaveIdle) {
  MakeRoom();
  room->Join();
  EXPECT_EQ(State(), RoomState::kWaking);
  scheduler.AdvanceBy(seconds(2));
  EXPECT_EQ(State(), RoomState::kWaking);
  EXPECT_THAT(room->status().detail, HasSubstr("warming up"));
  ASSERT_TRUE(room->status().progress_seconds_left.has_value());
  EXPECT_EQ(room->status().projector.power, "warming");

  scheduler.AdvanceBy(seconds(2));  // warm-up done at 3 s, join answers 500 ms later
  EXPECT_EQ(State(), RoomState::kInCall);
  EXPECT_THAT(listener.states, ElementsAre("waking", "joining", "in_call"));
  EXPECT_THAT(listener.progress, ElementsAre(3, 2, 1));
  EXPECT_THAT(projector.log, ElementsAre("power_on 31"));
  EXPECT_THAT(camera.log, ElementsAre("power_on", "recall 1"));
  EXPECT_THAT(call.log, ElementsAre("join participant"));
  EXPECT_EQ(call.last_target.room, "giao-ban");
  EXPECT_EQ(call.last_target.display_name, "Phòng họp A");
  const RoomStatus& status = room->status();
  EXPECT_EQ(status.projector.power, "on");
  EXPECT_EQ(status.projector.input, "31");
  EXPECT_EQ(status.camera.preset, 1);
  EXPECT_TRUE(status.device_faults.empty());
  EXPECT_FALSE(status.progress_seconds_left.has_value());
  EXPECT_EQ(status.participants.size(), 2u);
  EXPECT_TRUE(status.devices_awake);
  EXPECT_TRUE(call.signaling.empty());  // conference: nobody is muted

  call.counters.audio_packets_in = 50;
  call.counters.video_packets_in = 30;
  scheduler.AdvanceBy(seconds(1));
  EXPECT_EQ(room->status().counters.audio_packets_in, 50u);
  EXPECT_EQ(room->status().counters.video_packets_in, 30u);

  room->Leave();
  EXPECT_EQ(State(), RoomState::kLeaving);
  scheduler.RunDue();
  EXPECT_EQ(State(), RoomState::kStandby);
  EXPECT_THAT(room->status().detail, HasSubstr("return to standby in 60 s"));
  EXPECT_TRUE(room->status().participants.empty());
  EXPECT_THAT(call.log, ElementsAre("join participant", "leave"));

  scheduler.AdvanceBy(seconds(59));
  EXPECT_THAT(projector.log, ElementsAre("power_on 31"));  // not yet
  scheduler.AdvanceBy(seconds(1));
  EXPECT_THAT(projector.log, ElementsAre("power_on 31", "power_off"));
  EXPECT_THAT(camera.log, ElementsAre("power_on", "recall 1", "recall 9"));
  EXPECT_EQ(room->status().projector.power, "cooling");
  scheduler.AdvanceBy(seconds(5));
  EXPECT_EQ(room->status().projector.power, "off");
  EXPECT_EQ(room->status().camera.preset, 9);
  EXPECT_FALSE(room->status().devices_awake);
  EXPECT_EQ(room->status().detail, "Standby");
  EXPECT_THAT(listener.states, ElementsAre("waking", "joining", "in_call", "leaving", "standby"));
  EXPECT_EQ(scheduler.pending(), 0u);
}

TEST_F(RoomTest, ProjectorFaultStillJoins) {
  projector.power_on_result =
      DeviceResult::Error(DeviceErrorKind::kAuthentication, "projector password rejected");
  MakeRoom();
  room->Join();
  scheduler.AdvanceBy(seconds(2));
  EXPECT_EQ(State(), RoomState::kInCall);
  const auto& faults = room->status().device_faults;
  ASSERT_EQ(faults.count("projector"), 1u);
  EXPECT_EQ(faults.at("projector").kind, DeviceErrorKind::kAuthentication);
  EXPECT_EQ(faults.at("projector").operation, "power on");
  EXPECT_THAT(room->status().detail, HasSubstr("projector power on failed: projector password"));
  EXPECT_EQ(room->status().projector.power, "unknown");
  EXPECT_EQ(room->status().camera.preset, 1);
}

TEST_F(RoomTest, SilentProjectorTimesOutAndCallProceeds) {
  projector.answers = false;
  MakeRoom();
  room->Join();
  scheduler.AdvanceBy(seconds(19));
  EXPECT_EQ(State(), RoomState::kWaking);
  scheduler.AdvanceBy(seconds(2));
  EXPECT_EQ(State(), RoomState::kInCall);
  ASSERT_EQ(room->status().device_faults.count("projector"), 1u);
  EXPECT_EQ(room->status().device_faults.at("projector").kind, DeviceErrorKind::kTimeout);
  EXPECT_EQ(room->status().device_faults.count("camera"), 0u);
}

TEST_F(RoomTest, CameraTimeoutStillJoins) {
  camera.recall_result = DeviceResult::Error(DeviceErrorKind::kTimeout, "camera did not answer");
  MakeRoom();
  room->Join();
  scheduler.AdvanceBy(seconds(4));
  EXPECT_EQ(State(), RoomState::kInCall);
  ASSERT_EQ(room->status().device_faults.count("camera"), 1u);
  EXPECT_EQ(room->status().device_faults.at("camera").operation, "recall preset 1");
  EXPECT_EQ(room->status().device_faults.count("projector"), 0u);
}

TEST_F(RoomTest, LampFailureDuringCallShowsAsFaultAndClears) {
  RoomOptions options = DefaultOptions();
  options.projector_poll_interval = seconds(10);
  MakeRoom(options);
  room->Join();
  scheduler.AdvanceBy(seconds(4));
  ASSERT_EQ(State(), RoomState::kInCall);
  projector.status_error = "lamp failure";
  scheduler.AdvanceBy(seconds(7));  // first poll at 10 s
  EXPECT_EQ(State(), RoomState::kInCall);
  ASSERT_EQ(room->status().device_faults.count("projector"), 1u);
  EXPECT_EQ(room->status().device_faults.at("projector").kind, DeviceErrorKind::kDeviceFault);
  EXPECT_EQ(room->status().device_faults.at("projector").message, "lamp failure");
  EXPECT_EQ(room->status().projector.lamp_hours, 1234);
  EXPECT_THAT(room->status().detail, HasSubstr("projector status failed: lamp failure"));
  projector.status_error.clear();
  scheduler.AdvanceBy(seconds(10));
  EXPECT_TRUE(room->status().device_faults.empty());
}

TEST_F(RoomTest, NoDevicesGoesStraightToJoining) {
  MakeRoom(DefaultOptions(), false, false);
  room->Join();
  EXPECT_EQ(State(), RoomState::kJoining);
  scheduler.AdvanceBy(seconds(1));
  EXPECT_EQ(State(), RoomState::kInCall);
  EXPECT_EQ(room->status().projector.power, "absent");
  EXPECT_FALSE(room->status().camera.configured);
  EXPECT_THROW(room->ActivatePreset(3), RoomCommandError);
}

TEST_F(RoomTest, CallLostReconnectsWithBackoffWithoutOperator) {
  MakeRoom();
  room->Join();
  scheduler.AdvanceBy(seconds(4));
  ASSERT_EQ(State(), RoomState::kInCall);

  call.fail_joins = 6;  // the MCU stays away for six attempts
  call.Drop("websocket closed");
  EXPECT_EQ(State(), RoomState::kReconnecting);
  EXPECT_THAT(room->status().detail, HasSubstr("lost (websocket closed)"));
  EXPECT_TRUE(room->status().participants.empty());
  // Attempts at +1, +2, +4, +8, +16, +30 s after each failure, then connected.
  const int steps[] = {1, 2, 4, 8, 16, 30};
  for (int step : steps) {
    ASSERT_EQ(room->status().retry_in_seconds, step);
    const auto joins = std::count(call.log.begin(), call.log.end(), "join participant");
    scheduler.AdvanceBy(seconds(step) - milliseconds(1));
    ASSERT_EQ(std::count(call.log.begin(), call.log.end(), "join participant"), joins)
        << "rejoined before " << step << " s";
    scheduler.AdvanceBy(milliseconds(1) + milliseconds(100));  // join fails 100 ms later
    ASSERT_EQ(State(), RoomState::kReconnecting);
  }
  EXPECT_EQ(room->status().retry_in_seconds, 30);  // capped
  scheduler.AdvanceBy(seconds(31));
  EXPECT_EQ(State(), RoomState::kInCall);
  EXPECT_EQ(room->status().reconnects, 1u);
  EXPECT_EQ(room->status().participants.size(), 2u);
  EXPECT_THAT(listener.retries, ElementsAre(1, 2, 4, 8, 16, 30, 30));
  EXPECT_FALSE(call.leave_inside_callback);
  // Never an error, never a device power-down.
  EXPECT_EQ(std::count(listener.states.begin(), listener.states.end(), "error"), 0);
  EXPECT_THAT(projector.log, ElementsAre("power_on 31"));

  // The next loss starts again from 1 s.
  call.Drop("ice failed");
  EXPECT_EQ(room->status().retry_in_seconds, 1);
  scheduler.AdvanceBy(seconds(2));
  EXPECT_EQ(State(), RoomState::kInCall);
  EXPECT_EQ(room->status().reconnects, 2u);
}

TEST_F(RoomTest, JoinFailingEntersErrorNamingTheLink) {
  call.fail_joins = 100;
  call.fail_reason = "connection refused";
  RoomOptions options = DefaultOptions();
  options.max_join_attempts = 3;
  MakeRoom(options);
  room->Join();
  scheduler.AdvanceBy(seconds(4));  // woken at 3 s, attempt 1 fails at 3.1 s
  EXPECT_EQ(State(), RoomState::kJoining);
  scheduler.AdvanceBy(seconds(4));  // attempt 2 at 4.1 s, attempt 3 at 6.2 s
  EXPECT_EQ(State(), RoomState::kError);
  const RoomStatus& status = room->status();
  EXPECT_EQ(status.error_source, "call");
  EXPECT_THAT(status.detail, HasSubstr("link to the MCU failed"));
  EXPECT_THAT(status.detail, HasSubstr("ws://127.0.0.1:8443/ws"));
  EXPECT_THAT(status.detail, HasSubstr("after 3 attempts"));
  EXPECT_THAT(status.detail, HasSubstr("connection refused"));
  EXPECT_EQ(std::count(call.log.begin(), call.log.end(), "join participant"), 3);

  // The idle timeout still returns the devices to standby; the error stays visible.
  scheduler.AdvanceBy(seconds(65));
  EXPECT_THAT(projector.log, ElementsAre("power_on 31", "power_off"));
  EXPECT_EQ(State(), RoomState::kError);

  // The operator acknowledges (Leave) or simply joins again.
  call.fail_joins = 0;
  room->Join();
  scheduler.AdvanceBy(seconds(5));
  EXPECT_EQ(State(), RoomState::kInCall);
  EXPECT_TRUE(room->status().error_source.empty());
}

TEST_F(RoomTest, JoinWithoutAnswerTimesOut) {
  call.answers = false;
  RoomOptions options = DefaultOptions();
  options.join_timeout = seconds(10);
  options.max_join_attempts = 2;
  MakeRoom(options, false, false);
  room->Join();
  scheduler.AdvanceBy(seconds(10));
  EXPECT_EQ(State(), RoomState::kJoining);
  EXPECT_THAT(room->status().last_call_error, HasSubstr("no answer from the MCU within 10 s"));
  scheduler.AdvanceBy(seconds(11));
  EXPECT_EQ(State(), RoomState::kError);
  room->Leave();
  EXPECT_EQ(State(), RoomState::kStandby);
}

TEST_F(RoomTest, LeaveDuringWakingStopsBeforeJoining) {
  MakeRoom();
  room->Join();
  scheduler.AdvanceBy(seconds(1));
  room->Leave();
  scheduler.AdvanceBy(seconds(10));
  EXPECT_EQ(State(), RoomState::kStandby);
  EXPECT_TRUE(call.log.empty());
  EXPECT_EQ(room->status().projector.power, "on");  // the warm-up finished; idle timer will act
  scheduler.AdvanceBy(seconds(60));
  EXPECT_THAT(projector.log, ElementsAre("power_on 31", "power_off"));
}

TEST_F(RoomTest, CommandsRefusedWithReason) {
  MakeRoom();
  EXPECT_THROW(room->Leave(), RoomCommandError);
  room->Join();
  try {
    room->Join();
    FAIL() << "second Join accepted";
  } catch (const RoomCommandError& e) {
    EXPECT_STREQ(e.what(), "Cannot join now: the room is waking");
  }
  EXPECT_THROW(room->ActivatePreset(128), RoomCommandError);
  EXPECT_THROW(room->ActivatePreset(-1), RoomCommandError);
  EXPECT_THROW(room->ReturnDevicesToStandby(), RoomCommandError);
}

TEST_F(RoomTest, PresetsMicrophoneAndContentCommands) {
  MakeRoom();
  room->SetMicrophoneMute(true);  // before the call: applied on connecting
  room->Join();
  scheduler.AdvanceBy(seconds(4));
  ASSERT_EQ(State(), RoomState::kInCall);
  EXPECT_TRUE(call.microphone_muted);
  room->ActivatePreset(5);
  scheduler.AdvanceBy(seconds(1));
  EXPECT_EQ(room->status().camera.preset, 5);
  room->StorePreset(6);
  scheduler.AdvanceBy(seconds(1));
  EXPECT_EQ(camera.log.back(), "store 6");
  room->SetMicrophoneMute(false);
  EXPECT_FALSE(call.microphone_muted);
  room->SetContentSharing(true);
  EXPECT_TRUE(call.content_sharing);
  EXPECT_TRUE(room->status().content_sharing);
  room->SetCameraEnabled(false);
  EXPECT_FALSE(call.camera_enabled);
}

TEST_F(RoomTest, CallEventsArePassedOn) {
  MakeRoom();
  room->Join();
  scheduler.AdvanceBy(seconds(4));
  call.listener()->OnCallEvent(R"({"type":"active_speaker","id":"p1"})");
  EXPECT_THAT(listener.events, ElementsAre(R"({"type":"active_speaker","id":"p1"})"));
}

TEST_F(RoomTest, ShutdownLeavesAndPutsDevicesToStandby) {
  MakeRoom();
  room->Join();
  scheduler.AdvanceBy(seconds(4));
  bool done = false;
  room->Shutdown([&] { done = true; });
  EXPECT_EQ(call.log.back(), "leave");
  EXPECT_FALSE(done);
  scheduler.AdvanceBy(seconds(5));
  EXPECT_TRUE(done);
  EXPECT_EQ(room->status().projector.power, "off");
  EXPECT_EQ(room->status().camera.preset, 9);
  EXPECT_EQ(State(), RoomState::kStandby);
  EXPECT_THROW(room->Join(), RoomCommandError);
}

TEST_F(RoomTest, LateDeviceAnswersAfterDestructionAreIgnored) {
  MakeRoom();
  room->Join();
  scheduler.AdvanceBy(seconds(1));
  room.reset();                       // e.g. the daemon stopped mid warm-up
  scheduler.AdvanceBy(seconds(10));   // the fakes still answer: nothing may crash
  SUCCEED();
}

}  // namespace
}  // namespace vc::appliance::testing
