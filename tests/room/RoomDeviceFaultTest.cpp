// Issue 5, must-show 3: each device fault shows in status as a clear error, the call still
// proceeds, and nothing crashes.
#include <gtest/gtest.h>

#include <regex>

#include "tests/room/RoomTestbed.hpp"

namespace vc::tests::room {
namespace {

using Json = nlohmann::json;

bool Matches(const Json& value, const std::string& pattern) {
  return value.is_string() &&
         std::regex_search(value.get<std::string>(), std::regex(pattern, std::regex::icase));
}

// Joins, expects the call to connect anyway and `path` to hold an error matching `pattern`.
void ExpectFaultButCall(RoomTestbed& room, const std::string& path, const std::string& pattern) {
  ASSERT_EQ(room.Command("Call.Join")["ok"], true);
  auto error = room.WaitStatus(path, [&](const Json& v) { return Matches(v, pattern); }, 90s);
  ASSERT_TRUE(error) << path << " = " << room.Status(path).dump() << "\n" << room.Logs();
  ASSERT_TRUE(room.WaitStatusEquals("Call/State", "in_call", 120s)) << room.Status("Call").dump() << room.Logs();
  EXPECT_TRUE(room.WaitStatus("Call/Media/AudioPacketsIn",
                              [](const Json& v) { return v.is_number() && v.get<int64_t>() > 0; }, 60s));
  EXPECT_TRUE(room.Room().IsRunning());
}

void LeaveAndStop(RoomTestbed& room) {
  ASSERT_EQ(room.Command("Call.Leave")["ok"], true);
  EXPECT_TRUE(room.WaitStatusEquals("Call/State", "standby", 60s));
  const auto exit = room.Room().Stop(60s);
  EXPECT_TRUE(exit.exited) << room.Room().Log();
  EXPECT_EQ(exit.code, 0);
}

TEST(RoomDeviceFaultTest, WrongProjectorPassword) {
  RoomTestbedOptions options;
  options.sim_password = "right";
  options.config_password = "wrong";
  RoomTestbed room(options);
  ExpectFaultButCall(room, "Devices/Projector/Error", "password|authenticat");
  LeaveAndStop(room);
}

TEST(RoomDeviceFaultTest, ProjectorNeverAnswers) {
  RoomTestbedOptions options;
  options.pjlink_extra = {"--fault", "no-answer"};
  options.warmup_timeout_s = 5;
  RoomTestbed room(options);
  ExpectFaultButCall(room, "Devices/Projector/Error", "answer|time");
  LeaveAndStop(room);
}

TEST(RoomDeviceFaultTest, ProjectorLampError) {
  RoomTestbedOptions options;
  options.pjlink_extra = {"--fault", "lamp"};
  RoomTestbed room(options);
  ExpectFaultButCall(room, "Devices/Projector/Error", "lamp");
  // The technician's test reads the projector's own error report (ERST) too.
  const Json test = room.Command("Projector.Test");
  EXPECT_TRUE(test["ok"] == false || Matches(test["value"]["error"], "lamp")) << test.dump();
  LeaveAndStop(room);
}

TEST(RoomDeviceFaultTest, CameraTimeout) {
  RoomTestbedOptions options;
  options.visca_extra = {"--fault", "no-answer"};
  RoomTestbed room(options);
  ExpectFaultButCall(room, "Devices/Camera/Error", "answer|time");
  // The technician's camera test reports the same, as an error reply.
  const Json test = room.Command("Camera.Test");
  EXPECT_EQ(test["ok"], false);
  EXPECT_EQ(test["error"]["code"], "device_error") << test.dump();
  LeaveAndStop(room);
}

}  // namespace
}  // namespace vc::tests::room
