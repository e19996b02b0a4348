// Issue 5, must-show 5: the running vc-room's control API rejects malformed and unknown input with
// error replies and keeps serving; persisted configuration; vc-roomctl against a live room.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "tests/room/RoomTestbed.hpp"

namespace vc::tests::room {
namespace {

using Json = nlohmann::json;

RoomTestbedOptions NoDevices() {
  RoomTestbedOptions options;
  options.projector = false;
  options.camera = false;
  return options;
}

TEST(RoomControlApiTest, BadInputGetsErrorRepliesAndTheServerKeepsServing) {
  RoomTestbed room(NoDevices());
  auto& control = room.Control();
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"{garbage", "malformed_json"},
      {"[1,2]", "bad_message"},
      {R"({"type":"teleport"})", "unknown_type"},
      {R"({"type":"get","path":"a b/c"})", "bad_message"},
      {R"({"type":"command","id":1,"command":"Call.Nope"})", "unknown_command"},
      {R"({"type":"command","id":2,"command":"Audio.Volume.Set","args":{"level":500}})", "bad_args"},
      {R"({"type":"command","id":3,"command":"Room.Mode.Set","args":{"mode":7}})", "bad_args"},
      {R"({"type":"command","id":4,"command":"Call.Leave"})", "invalid_state"},
      {R"({"type":"command","id":5,"command":"Projector.Power","args":{"on":true}})", "invalid_state"},
  };
  for (const auto& [text, code] : cases) {
    control.SendText(text);
    auto reply = control.Receive(10s);
    ASSERT_TRUE(reply) << text;
    EXPECT_EQ((*reply)["error"]["code"], code) << text << " -> " << reply->dump();
  }
  // Still serving, on the same connection and on a new one.
  EXPECT_EQ(room.Command("Audio.Volume.Set", {{"level", 70}})["ok"], true);
  EXPECT_EQ(room.Status("Audio/Volume"), 70);
  EXPECT_EQ(room.Status("Call/State"), "standby");
  EXPECT_FALSE(room.Status("System/Version").get<std::string>().empty());
  roomctl::ControlClient second(room.Status("System/ControlUrl").get<std::string>(), 10s);
  EXPECT_EQ(second.Get("Room/Name", 10s)["value"], "Phòng thử nghiệm");
  EXPECT_TRUE(room.Room().IsRunning());
}

TEST(RoomControlApiTest, ConfigSetPersistsToTheFile) {
  RoomTestbed room(NoDevices());
  const Json ok = room.Control().ConfigSet("Audio/DefaultVolume", 35, 10s);
  EXPECT_EQ(ok["ok"], true) << ok.dump();
  const Json bad = room.Control().ConfigSet("Audio/DefaultVolume", "loud", 10s);
  EXPECT_EQ(bad["error"]["code"], "bad_args");
  const Json unknown = room.Control().ConfigSet("Nothing/Here", 1, 10s);
  EXPECT_EQ(unknown["error"]["code"], "unknown_setting");
  std::ifstream in(room.ConfigPath());
  std::stringstream text;
  text << in.rdbuf();
  EXPECT_EQ(Json::parse(text.str())["devices"]["audio"]["volume"], 35);
  EXPECT_EQ(room.Status("Config/Audio/DefaultVolume"), 35);
}

TEST(RoomControlApiTest, RoomctlDrivesALiveRoom) {
  RoomTestbed room(NoDevices());
  const std::string url = room.Status("System/ControlUrl").get<std::string>();
  auto run = [&](std::vector<std::string> args) {
    args.insert(args.begin(), {"--url", url});
    ChildProcess ctl(ChildProcess::Binary("vc-roomctl"), args, "vc-roomctl");
    auto exit = ctl.WaitExit(30s);
    if (!exit) ctl.Kill();
    return std::make_pair(exit.value_or(ChildProcess::Exit{}).code, ctl.Log());
  };
  auto [status_code, status_out] = run({"status", "Call/State"});
  EXPECT_EQ(status_code, 0);
  EXPECT_EQ(status_out, "standby\n");
  auto [cmd_code, cmd_out] = run({"command", "Audio.Volume.Set", "level=55"});
  EXPECT_EQ(cmd_code, 0) << cmd_out;
  EXPECT_EQ(room.Status("Audio/Volume"), 55);
  auto [bad_code, bad_out] = run({"command", "Call.Nope"});
  EXPECT_EQ(bad_code, 1);
  EXPECT_NE(bad_out.find("unknown_command"), std::string::npos) << bad_out;
  auto [watch_code, watch_out] = run({"watch", "Audio", "--seconds", "2"});
  EXPECT_EQ(watch_code, 0);
  EXPECT_NE(watch_out.find("\"Volume\":55"), std::string::npos) << watch_out;
}

}  // namespace
}  // namespace vc::tests::room
