// Issue 5, must-show 1 and 2: joining through the control API wakes the emulated projector and
// camera and media flows both ways; leaving and the idle timeout put the devices back to standby;
// a lost MCU is rejoined without any command.
#include <gtest/gtest.h>

#include "tests/room/RoomTestbed.hpp"

namespace vc::tests::room {
namespace {

using Json = nlohmann::json;

bool Positive(const Json& v) { return v.is_number_unsigned() ? v.get<uint64_t>() > 0 : v.is_number() && v.get<int64_t>() > 0; }

// Both inbound counters have risen above what they were at `since`.
void ExpectMediaRising(RoomTestbed& room, const Json& since) {
  const uint64_t audio = since.value("AudioPacketsIn", uint64_t{0});
  const uint64_t video = since.value("VideoPacketsIn", uint64_t{0});
  auto later = room.WaitStatus("Call/Media", [&](const Json& m) {
    return m.is_object() && m.value("AudioPacketsIn", uint64_t{0}) > audio &&
           m.value("VideoPacketsIn", uint64_t{0}) > video && m.value("AudioPacketsOut", uint64_t{0}) > 0 &&
           m.value("VideoPacketsOut", uint64_t{0}) > 0;
  }, 60s);
  ASSERT_TRUE(later) << "media counters did not rise: " << room.Status("Call/Media").dump() << "\n"
                     << room.Logs();
}

TEST(RoomCallTest, JoinWakesDevicesMediaFlowsLeaveReturnsToStandby) {
  RoomTestbed room;
  EXPECT_EQ(room.Status("Call/State"), "standby");
  EXPECT_EQ(room.Status("Devices/Projector/Configured"), true);

  const Json joined = room.Command("Call.Join");
  ASSERT_EQ(joined["ok"], true) << joined.dump();

  ASSERT_TRUE(room.WaitStatusEquals("Devices/Projector/Power", "on", 60s)) << room.Logs();
  EXPECT_EQ(room.Status("Devices/Projector/Input"), "31");
  EXPECT_TRUE(room.Projector()->LogContains("power=warming")) << room.Projector()->Log();
  EXPECT_TRUE(room.Projector()->LogContains("power=on"));
  EXPECT_TRUE(room.Projector()->LogContains("input=31"));
  ASSERT_TRUE(room.Camera()->WaitForLog("preset recalled 3", 30s)) << room.Camera()->Log();

  ASSERT_TRUE(room.WaitStatusEquals("Call/State", "in_call", 90s)) << room.Status("Call").dump() << room.Logs();
  ExpectMediaRising(room, Json::object());
  const Json media = room.Status("Call/Media");
  ExpectMediaRising(room, media);  // still rising: media flows, not a burst at connect
  EXPECT_TRUE(room.WaitStatus("Call/Duration", Positive, 30s));
  EXPECT_EQ(room.Status("Devices/Projector/Error"), "");
  EXPECT_EQ(room.Status("Devices/Camera/Error"), "");

  const Json left = room.Command("Call.Leave");
  ASSERT_EQ(left["ok"], true) << left.dump();
  ASSERT_TRUE(room.WaitStatusEquals("Call/State", "standby", 30s)) << room.Logs();
  // The idle timeout (2 s in this configuration) puts the devices to sleep.
  ASSERT_TRUE(room.WaitStatusEquals("Devices/Projector/Power", "off", 60s)) << room.Logs();
  EXPECT_TRUE(room.Projector()->LogContains("power=cooling"));
  EXPECT_TRUE(room.Projector()->WaitForLog("power=off", 10s));
  EXPECT_TRUE(room.Camera()->WaitForLog("preset recalled 9", 30s)) << room.Camera()->Log();
  EXPECT_EQ(room.Status("Call/State"), "standby");

  // SIGTERM from standby: a clean exit.
  const auto exit = room.Room().Stop(30s);
  EXPECT_TRUE(exit.exited);
  EXPECT_EQ(exit.code, 0) << room.Room().Log();
}

TEST(RoomCallTest, LostMcuIsRejoinedWithoutACommand) {
  RoomTestbed room;
  ASSERT_EQ(room.Command("Call.Join")["ok"], true);
  ASSERT_TRUE(room.WaitStatusEquals("Call/State", "in_call", 90s)) << room.Logs();
  ExpectMediaRising(room, Json::object());

  room.KillMcu();
  ASSERT_TRUE(room.WaitStatusEquals("Call/State", "reconnecting", 60s))
      << room.Status("Call").dump() << room.Logs();
  room.RestartMcu();
  ASSERT_TRUE(room.WaitStatusEquals("Call/State", "in_call", 120s)) << room.Status("Call").dump() << room.Logs();
  EXPECT_TRUE(room.WaitStatus("Call/Reconnects", Positive, 10s));
  // Counters restart with the new call: rising again from zero proves media resumed.
  ExpectMediaRising(room, Json::object());

  // SIGTERM in a call: leaves, projector to standby, exit 0.
  const auto exit = room.Room().Stop(60s);
  EXPECT_TRUE(exit.exited) << room.Room().Log();
  EXPECT_EQ(exit.code, 0) << room.Room().Log();
  EXPECT_TRUE(room.Projector()->WaitForLog("power=cooling", 10s)) << room.Projector()->Log();
}

}  // namespace
}  // namespace vc::tests::room
