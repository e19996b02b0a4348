#include "appliance/provisioning/ServerConfig.hpp"

#include <gtest/gtest.h>

#include "appliance/config/ConfigError.hpp"

namespace vc::appliance::provisioning {
namespace {

// What a server sends: the room, without the box's own control section or presets.
nlohmann::json FromServer() {
  return nlohmann::json::parse(R"({
    "name": "Phòng GD&ĐT Huyện Mỹ Đức", "site": "Huyện Mỹ Đức", "mode": "conference",
    "mcu": {"url": "ws://127.0.0.1:8443/ws", "room": "giao-ban"},
    "devices": {"camera": {"source": "test"}, "audio": {"capture": "test", "playback": "null"}},
    "provisioning": {"server": "http://10.0.0.1:9000", "heartbeat_seconds": 5}
  })");
}

ProvisioningConfig Recorded(int version) {
  ProvisioningConfig p;
  p.server = "http://127.0.0.1:9000";
  p.config_version = version;
  return p;
}

TEST(ServerConfigTest, FillsDefaultsAndKeepsTheEnrolledServer) {
  const RoomConfig config = RoomConfigFromServer(FromServer(), std::nullopt, Recorded(3));
  EXPECT_EQ(config.name, "Phòng GD&ĐT Huyện Mỹ Đức");
  EXPECT_EQ(config.control.Listen(), "127.0.0.1:7310");
  EXPECT_EQ(config.presets.training.camera_preset, 2);
  ASSERT_TRUE(config.provisioning);
  EXPECT_EQ(config.provisioning->server, "http://127.0.0.1:9000");  // the URL that worked
  EXPECT_EQ(config.provisioning->heartbeat_seconds, 5);             // the server's interval
  EXPECT_EQ(config.provisioning->config_version, 3);
}

TEST(ServerConfigTest, TheLocalControlAddressWins) {
  RoomConfig local = RoomConfigFromServer(FromServer(), std::nullopt, Recorded(3));
  local.control.port = 0;
  nlohmann::json next = FromServer();
  next["control"] = {{"listen", "0.0.0.0:80"}};
  const RoomConfig config = RoomConfigFromServer(next, local, Recorded(4));
  EXPECT_EQ(config.control.port, 0);
  EXPECT_EQ(config.control.host, "127.0.0.1");
}

TEST(ServerConfigTest, AnInvalidServerConfigurationNamesTheField) {
  nlohmann::json bad = FromServer();
  bad["devices"]["projector"] = {{"host", "10.0.0.5"}, {"input", "banana"}};
  try {
    RoomConfigFromServer(bad, std::nullopt, Recorded(3));
    FAIL() << "accepted";
  } catch (const ConfigError& e) {
    EXPECT_EQ(e.field(), "devices.projector.input");
  }
}

TEST(ServerConfigTest, ClassifiesWhatAChangeNeeds) {
  const RoomConfig base = RoomConfigFromServer(FromServer(), std::nullopt, Recorded(3));
  RoomConfig next = base;
  next.provisioning->config_version = 4;
  EXPECT_EQ(ClassifyChange(base, next), ConfigChange::kNone);
  next.site = "Trường THCS Mỹ Đức";
  next.idle_timeout_s = 60;
  EXPECT_EQ(ClassifyChange(base, next), ConfigChange::kLive);
  next.mcu.room = "tap-huan";
  EXPECT_EQ(ClassifyChange(base, next), ConfigChange::kRejoin);
  next = base;
  next.name = "Phòng mới";  // the name the room joins with
  EXPECT_EQ(ClassifyChange(base, next), ConfigChange::kRejoin);
  next = base;
  next.devices.audio.volume = 20;
  EXPECT_EQ(ClassifyChange(base, next), ConfigChange::kRestart);
}

}  // namespace
}  // namespace vc::appliance::provisioning
