// Issue 5, must-show 4: a bad configuration fails at start with one line naming the field; and
// vc-room's and vc-roomctl's command lines.
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>

#include "tests/room/RoomTestbed.hpp"

namespace vc::tests::room {
namespace {

using Json = nlohmann::json;

struct Outcome {
  ChildProcess::Exit exit;
  std::string log;
};

Outcome RunRoom(const std::vector<std::string>& args) {
  ChildProcess room(ChildProcess::Binary("vc-room"), args, "vc-room");
  auto exit = room.WaitExit(30s);
  if (!exit) {
    room.Kill();
    return {ChildProcess::Exit{}, room.Log()};
  }
  return {*exit, room.Log()};
}

Outcome RunRoomWithConfig(const std::function<void(Json&)>& edit) {
  Json config = RoomTestbed::MakeConfig(RoomTestbedOptions{}, 9, 4352, 52381);
  edit(config);
  const auto path = RoomTestbed::WriteTempConfig(config, "bad");
  Outcome outcome = RunRoom({"--config", path.string()});
  std::filesystem::remove(path);
  return outcome;
}

void ExpectOneLineNaming(const Outcome& outcome, const std::string& field) {
  EXPECT_TRUE(outcome.exit.exited);
  EXPECT_NE(outcome.exit.code, 0);
  EXPECT_EQ(std::count(outcome.log.begin(), outcome.log.end(), '\n'), 1) << outcome.log;
  EXPECT_NE(outcome.log.find(field), std::string::npos) << outcome.log;
  EXPECT_EQ(outcome.log.rfind("vc-room: ", 0), 0u) << outcome.log;
}

TEST(RoomConfigTest, MissingFieldIsNamed) {
  ExpectOneLineNaming(RunRoomWithConfig([](Json& c) { c["mcu"].erase("room"); }), "mcu.room");
}

TEST(RoomConfigTest, WrongTypeIsNamed) {
  ExpectOneLineNaming(RunRoomWithConfig([](Json& c) { c["devices"]["projector"]["port"] = "abc"; }),
                      "devices.projector.port");
}

TEST(RoomConfigTest, UnknownDeviceIsNamed) {
  ExpectOneLineNaming(RunRoomWithConfig([](Json& c) { c["devices"]["smoke_machine"] = {{"host", "x"}}; }),
                      "devices.smoke_machine");
}

TEST(RoomConfigTest, UnreadableFileAndBadArguments) {
  ExpectOneLineNaming(RunRoom({"--config", "/nonexistent/room.json"}), "/nonexistent/room.json");
  ExpectOneLineNaming(RunRoom({}), "--config");
  ExpectOneLineNaming(RunRoom({"--config"}), "--config");
  ExpectOneLineNaming(RunRoom({"--frobnicate"}), "--frobnicate");
  const Outcome help = RunRoom({"--help"});
  EXPECT_EQ(help.exit.code, 0);
  EXPECT_NE(help.log.find("--config FILE"), std::string::npos);
}

TEST(RoomConfigTest, RoomctlCommandLine) {
  auto run = [](const std::vector<std::string>& args) {
    ChildProcess ctl(ChildProcess::Binary("vc-roomctl"), args, "vc-roomctl");
    auto exit = ctl.WaitExit(30s);
    if (!exit) ctl.Kill();
    return Outcome{exit.value_or(ChildProcess::Exit{}), ctl.Log()};
  };
  EXPECT_EQ(run({"--help"}).exit.code, 0);
  const Outcome bad = run({"dance"});
  EXPECT_EQ(bad.exit.code, 2);
  EXPECT_EQ(std::count(bad.log.begin(), bad.log.end(), '\n'), 1) << bad.log;
  // Nothing listens on port 9 of loopback: one line, exit 1.
  const Outcome unreachable = run({"--url", "ws://127.0.0.1:9/", "--timeout", "5", "status"});
  EXPECT_EQ(unreachable.exit.code, 1);
  EXPECT_EQ(std::count(unreachable.log.begin(), unreachable.log.end(), '\n'), 1) << unreachable.log;
}

}  // namespace
}  // namespace vc::tests::room
