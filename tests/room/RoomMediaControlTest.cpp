// The panel's media controls in a live call (issue 5 loose ends): the microphone mute really
// silences the room at the MCU (its talker detection stops hearing the room's tone), the camera
// switch keeps the video stream alive (black frames) and brings the picture back, and content
// sharing is a second video stream that reaches the MCU beside the camera's.
#include <gtest/gtest.h>

#include <iostream>
#include <thread>

#include "tests/room/RoomTestbed.hpp"

namespace vc::tests::room {
namespace {

using Json = nlohmann::json;

RoomTestbedOptions MediaOnly(const std::string& mcu_room) {
  RoomTestbedOptions options;
  options.projector = false;
  options.camera = false;
  options.mcu_room = mcu_room;
  options.mcu_admin_api = true;
  return options;
}

// The MCU's view of the room's participant: its "talking" flag (null when not listed).
Json Talking(RoomTestbed& room) {
  const auto rooms = room.Admin("GET", "/api/v1/rooms");
  if (rooms.status != 200 || !rooms.body.contains("rooms")) return Json();
  for (const auto& entry : rooms.body["rooms"]) {
    if (!entry["participants"].empty()) return entry["participants"][0]["talking"];
  }
  return Json();
}

bool WaitTalking(RoomTestbed& room, bool talking, std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    if (Talking(room) == talking) return true;
    std::this_thread::sleep_for(200ms);
  }
  return false;
}

// Packets the MCU received on the room's content m-line (admin API).
uint64_t McuContentPackets(RoomTestbed& room) {
  const auto rooms = room.Admin("GET", "/api/v1/rooms");
  if (rooms.status != 200 || !rooms.body.contains("rooms")) return 0;
  for (const auto& entry : rooms.body["rooms"]) {
    if (!entry["participants"].empty())
      return entry["participants"][0].value("content_packets", uint64_t{0});
  }
  return 0;
}

uint64_t Counter(RoomTestbed& room, const std::string& name) {
  const Json value = room.Status("Call/Media/" + name);
  return value.is_number() ? value.get<uint64_t>() : 0;
}

// `name` rises by more than `by` within the timeout.
bool Rises(RoomTestbed& room, const std::string& name, uint64_t by = 20) {
  const uint64_t before = Counter(room, name);
  return room
      .WaitStatus(
          "Call/Media/" + name,
          [&](const Json& v) { return v.is_number() && v.get<uint64_t>() > before + by; }, 30s)
      .has_value();
}

TEST(RoomMediaControlTest, MicrophoneMuteSilencesTheRoomAtTheMcu) {
  RoomTestbed room(MediaOnly("giao-ban-mic"));
  ASSERT_EQ(room.Command("Call.Join")["ok"], true);
  ASSERT_TRUE(room.WaitStatusEquals("Call/State", "in_call", 90s)) << room.Logs();
  // The room's test tone makes it a talker in the MCU's mix.
  ASSERT_TRUE(WaitTalking(room, true, 30s)) << room.Admin("GET", "/api/v1/rooms").text;

  const Json muted = room.Command("Audio.Microphones.Mute", {{"mute", true}});
  ASSERT_EQ(muted["ok"], true) << muted.dump();
  EXPECT_EQ(room.Status("Audio/Microphones/Mute"), true);
  ASSERT_TRUE(WaitTalking(room, false, 20s)) << room.Admin("GET", "/api/v1/rooms").text;
  EXPECT_TRUE(Rises(room, "AudioPacketsOut")) << "the muted stream keeps flowing (silence)";
  EXPECT_EQ(room.Status("Call/State"), "in_call");

  ASSERT_EQ(room.Command("Audio.Microphones.Mute", {{"mute", false}})["ok"], true);
  EXPECT_EQ(room.Status("Audio/Microphones/Mute"), false);
  EXPECT_TRUE(WaitTalking(room, true, 20s)) << room.Admin("GET", "/api/v1/rooms").text;
}

TEST(RoomMediaControlTest, CameraOffKeepsTheVideoStreamAliveAndOnBringsItBack) {
  RoomTestbed room(MediaOnly("echo-camera"));
  EXPECT_EQ(room.Status("Devices/Camera/Enabled"), true);
  ASSERT_EQ(room.Command("Call.Join")["ok"], true);
  ASSERT_TRUE(room.WaitStatusEquals("Call/State", "in_call", 90s)) << room.Logs();
  ASSERT_TRUE(Rises(room, "VideoFramesShown", 5)) << room.Status("Call/Media").dump();

  ASSERT_EQ(room.Command("Camera.Enable", {{"on", false}})["ok"], true);
  EXPECT_EQ(room.Status("Devices/Camera/Enabled"), false);
  // Black frames instead of the picture: the MCU and the far end keep decoding.
  EXPECT_TRUE(Rises(room, "VideoPacketsOut")) << room.Status("Call/Media").dump();
  EXPECT_TRUE(Rises(room, "VideoFramesShown", 5)) << room.Status("Call/Media").dump();

  ASSERT_EQ(room.Command("Camera.Enable", {{"on", true}})["ok"], true);
  EXPECT_EQ(room.Status("Devices/Camera/Enabled"), true);
  EXPECT_TRUE(Rises(room, "VideoFramesShown", 5)) << room.Status("Call/Media").dump();
  EXPECT_EQ(room.Status("Call/State"), "in_call");
}

TEST(RoomMediaControlTest, ContentShareIsASecondStreamTheMcuReceives) {
  RoomTestbed room(MediaOnly("echo-content-share"));
  ASSERT_EQ(room.Command("Call.Join")["ok"], true);
  ASSERT_TRUE(room.WaitStatusEquals("Call/State", "in_call", 90s)) << room.Logs();
  ASSERT_TRUE(Rises(room, "VideoPacketsIn")) << room.Status("Call/Media").dump();
  EXPECT_EQ(McuContentPackets(room), 0u);  // negotiated at join, silent until shared

  ASSERT_EQ(room.Command("Content.Share.Start")["ok"], true);
  EXPECT_EQ(room.Status("Content/Sharing"), true);
  // A static test pattern is about one packet a frame; on a loaded 2-core box far fewer.
  const auto deadline = std::chrono::steady_clock::now() + 45s;
  while (McuContentPackets(room) < 20 && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(200ms);
  }
  ASSERT_GE(McuContentPackets(room), 20u) << room.Admin("GET", "/api/v1/rooms").text << room.Logs();
  std::cout << "[content] 20 content packets at the MCU "
            << std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::steady_clock::now() - (deadline - 45s))
                   .count()
            << " ms after Content.Share.Start\n";
  // The camera's stream goes on beside it (the echo room returns it).
  EXPECT_TRUE(Rises(room, "VideoPacketsIn")) << room.Status("Call/Media").dump();
  EXPECT_TRUE(Rises(room, "VideoPacketsOut")) << room.Status("Call/Media").dump();

  ASSERT_EQ(room.Command("Content.Share.Stop")["ok"], true);
  EXPECT_EQ(room.Status("Content/Sharing"), false);
  std::this_thread::sleep_for(1s);
  const uint64_t stopped = McuContentPackets(room);
  std::this_thread::sleep_for(2s);
  EXPECT_LE(McuContentPackets(room), stopped + 3) << "content still arriving after the stop";
  EXPECT_EQ(room.Status("Call/State"), "in_call");
}

}  // namespace
}  // namespace vc::tests::room
