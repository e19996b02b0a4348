#include "appliance/roomctl/RoomctlOptions.hpp"

#include <gtest/gtest.h>

namespace vc::appliance::roomctl {
namespace {

using Action = RoomctlOptions::Action;

TEST(RoomctlOptionsTest, ParsesActions) {
  auto status = ParseRoomctlOptions({"--url", "ws://127.0.0.1:9/", "status", "Call/State"}, nullptr);
  EXPECT_EQ(status.action, Action::kStatus);
  EXPECT_EQ(status.url, "ws://127.0.0.1:9/");
  EXPECT_EQ(status.path, "Call/State");
  auto command = ParseRoomctlOptions({"command", "Audio.Volume.Set", "level=70", "name=Hall A", "on=true"}, nullptr);
  EXPECT_EQ(command.command, "Audio.Volume.Set");
  EXPECT_EQ(command.args["level"], 70);
  EXPECT_EQ(command.args["name"], "Hall A");
  EXPECT_EQ(command.args["on"], true);
  auto watch = ParseRoomctlOptions({"watch", "Devices", "--seconds", "3"}, "ws://127.0.0.1:5/");
  EXPECT_EQ(watch.action, Action::kWatch);
  EXPECT_EQ(watch.watch_seconds.count(), 3);
  EXPECT_EQ(watch.url, "ws://127.0.0.1:5/");
  auto set = ParseRoomctlOptions({"config-set", "Audio/DefaultVolume", "70"}, nullptr);
  EXPECT_EQ(set.value, 70);
  EXPECT_EQ(ParseRoomctlOptions({"--help"}, nullptr).action, Action::kHelp);
}

TEST(RoomctlOptionsTest, RejectsWithOneLineReasons) {
  const std::vector<std::vector<std::string>> bad = {
      {},
      {"dance"},
      {"--bogus", "status"},
      {"command"},
      {"command", "Call.Join", "novalue"},
      {"watch"},
      {"watch", "A", "B"},
      {"--seconds", "x", "watch", "A"},
      {"--url"},
      {"config-set", "A"},
  };
  for (const auto& args : bad) {
    try {
      ParseRoomctlOptions(args, nullptr);
      ADD_FAILURE() << "accepted " << ::testing::PrintToString(args);
    } catch (const RoomctlUsageError& e) {
      EXPECT_EQ(std::string(e.what()).find('\n'), std::string::npos);
    }
  }
}

}  // namespace
}  // namespace vc::appliance::roomctl
