// Issue 5, "bitrates follow the MCU's feedback": vc-mcu sends each video sender a REMB from its
// loss-based uplink estimate; the admin API caps the room's participant at 300 kb/s and the
// room's camera encoder follows within seconds (Video/Bitrate in the status tree); lifting the
// cap lets it rise again.
#include <gtest/gtest.h>

#include <iostream>
#include <thread>

#include "tests/room/RoomTestbed.hpp"

namespace vc::tests::room {
namespace {

using Json = nlohmann::json;
using SteadyClock = std::chrono::steady_clock;

bool AtMost(const Json& value, int kbps) { return value.is_number() && value.get<int>() <= kbps; }
bool Above(const Json& value, int kbps) { return value.is_number() && value.get<int>() > kbps; }

long long MillisecondsSince(SteadyClock::time_point start) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(SteadyClock::now() - start).count();
}

// The same hook serves echo rooms and conference (mixing) rooms.
class RoomBitrateTest : public ::testing::TestWithParam<const char*> {};

TEST_P(RoomBitrateTest, AdminCapReachesTheRoomEncoderAndLifts) {
  const std::string mcu_room = GetParam();
  RoomTestbedOptions options;
  options.projector = false;
  options.camera = false;
  options.mcu_room = mcu_room;
  options.mcu_admin_api = true;
  RoomTestbed room(options);
  EXPECT_EQ(room.Status("Video/Bitrate"), 800);  // the configured maximum, before any call
  EXPECT_TRUE(room.Status("Video/BitrateLimit").is_null());

  ASSERT_EQ(room.Command("Call.Join")["ok"], true);
  ASSERT_TRUE(room.WaitStatusEquals("Call/State", "in_call", 90s)) << room.Logs();
  // The MCU's first REMB (its estimate starts above the room's maximum).
  ASSERT_TRUE(room.WaitStatus(
      "Video/BitrateLimit", [](const Json& v) { return v.is_number(); }, 30s))
      << room.Logs();
  EXPECT_EQ(room.Status("Video/Bitrate"), 800) << room.Status("Video").dump();

  const std::string id = room.McuParticipantId();
  ASSERT_FALSE(id.empty()) << room.Admin("GET", "/api/v1/rooms").text;
  const auto listed = room.Admin("GET", "/api/v1/rooms").body;
  EXPECT_TRUE(listed["rooms"][0]["participants"][0]["uplink_kbps"].is_number()) << listed.dump();
  const std::string target = "/api/v1/rooms/" + mcu_room + "/participants/" + id + "/bitrate";

  auto capped_at = SteadyClock::now();
  auto reply = room.Admin("POST", target, R"({"max_kbps":300})");
  ASSERT_EQ(reply.status, 200) << reply.text;
  ASSERT_TRUE(room.WaitStatus(
      "Video/Bitrate", [](const Json& v) { return AtMost(v, 300); }, 15s))
      << room.Status("Video").dump() << room.Logs();
  const auto cap_ms = MillisecondsSince(capped_at);
  EXPECT_TRUE(AtMost(room.Status("Video/BitrateLimit"), 300)) << room.Status("Video").dump();
  EXPECT_GE(room.Status("Video/Bitrate").get<int>(), 100);  // the room's floor
  // It stays capped while the cap holds (the estimate may not climb past it).
  std::this_thread::sleep_for(3s);
  EXPECT_TRUE(AtMost(room.Status("Video/Bitrate"), 300)) << room.Status("Video").dump();
  EXPECT_EQ(room.Status("Call/State"), "in_call");

  const auto lifted_at = SteadyClock::now();
  reply = room.Admin("POST", target, R"({"max_kbps":null})");
  ASSERT_EQ(reply.status, 200) << reply.text;
  // The estimate grows ~5 % a second from the cap: past 330 kb/s within a few seconds.
  ASSERT_TRUE(room.WaitStatus(
      "Video/Bitrate", [](const Json& v) { return Above(v, 330); }, 30s))
      << room.Status("Video").dump() << room.Logs();
  std::cout << "[bitrate] " << mcu_room << ": cap 300 reached the encoder in " << cap_ms
            << " ms; lifted -> " << room.Status("Video/Bitrate") << " kb/s after "
            << MillisecondsSince(lifted_at) << " ms\n";
}

INSTANTIATE_TEST_SUITE_P(EchoAndConference, RoomBitrateTest,
                         ::testing::Values("echo-bitrate", "giao-ban-bitrate"),
                         [](const auto& info) { return info.index == 0 ? "Echo" : "Conference"; });

}  // namespace
}  // namespace vc::tests::room
