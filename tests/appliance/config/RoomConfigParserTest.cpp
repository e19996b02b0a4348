#include "appliance/config/RoomConfigParser.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

#include "appliance/config/ConfigError.hpp"
#include "tests/appliance/config/ConfigTestInput.hpp"

namespace vc::appliance {
namespace {

using testing::ErrorOf;
nlohmann::json Minimal() { return testing::MinimalRoomConfig(); }

std::string ExamplePath(const std::string& name) {
  const char* root = std::getenv("VC_SOURCE_DIR");
  return std::string(root ? root : VC_SOURCE_DIR_FALLBACK) + "/docs/examples/" + name;
}

TEST(RoomConfigParserTest, ExampleFilesParse) {
  const RoomConfig room = LoadRoomConfig(ExamplePath("room.json"));
  EXPECT_EQ(room.name, "Phòng họp trực tuyến Sở GD&ĐT");
  EXPECT_EQ(room.mode, RoomMode::kConference);
  EXPECT_EQ(room.mcu.url, "wss://mcu.sogd.example.vn:8443/ws");
  EXPECT_EQ(room.mcu.pin, "2468");
  EXPECT_EQ(room.DisplayName(), "Sở GD&ĐT - Phòng họp A");
  EXPECT_EQ(room.devices.camera.source, "v4l2:/dev/video0");
  ASSERT_TRUE(room.devices.camera.ptz);
  EXPECT_EQ(room.devices.camera.ptz->port, 52381);
  ASSERT_TRUE(room.devices.projector);
  EXPECT_EQ(room.devices.projector->input, "31");
  EXPECT_EQ(room.devices.projector->cooldown_timeout_s, 120);
  EXPECT_EQ(room.presets.training.camera_preset, 2);
  EXPECT_TRUE(room.presets.training.mute_remote_on_join);
  EXPECT_EQ(room.privacy_preset, 9);
  EXPECT_EQ(room.idle_timeout_s, 600);
  EXPECT_EQ(room.control.host, "127.0.0.1");
  EXPECT_EQ(room.control.port, 7310);

  const RoomConfig demo = LoadRoomConfig(ExamplePath("room-demo.json"));
  EXPECT_EQ(demo.devices.camera.source, "test");
  EXPECT_EQ(demo.devices.audio.capture, "test");
  EXPECT_EQ(demo.devices.audio.playback, "null");
  EXPECT_EQ(demo.devices.projector->host, "127.0.0.1");
}

TEST(RoomConfigParserTest, DefaultsOfOptionalFields) {
  nlohmann::json root = Minimal();
  root["devices"]["projector"] = {{"host", "127.0.0.1"}, {"input", "31"}};
  root["devices"]["camera"]["ptz"] = {{"host", "127.0.0.1"}};
  const RoomConfig room = ParseRoomConfig(root);
  EXPECT_EQ(room.devices.projector->port, 4352);
  EXPECT_EQ(room.devices.projector->warmup_timeout_s, 90);
  EXPECT_FALSE(room.devices.projector->password);
  EXPECT_EQ(room.devices.camera.ptz->port, 52381);
  EXPECT_EQ(room.devices.audio.volume, 80);
  EXPECT_EQ(room.idle_timeout_s, 300);
  EXPECT_EQ(room.presets.conference.layout, "grid");
  EXPECT_FALSE(room.presets.conference.mute_remote_on_join);
  EXPECT_EQ(room.presets.training.layout, "presenter_content");
  EXPECT_TRUE(room.presets.training.mute_remote_on_join);
  EXPECT_EQ(room.DisplayName(), "Phòng họp A");
  EXPECT_FALSE(room.devices.content);
}

TEST(RoomConfigParserTest, WrongTypeNamesTheFieldExactly) {
  nlohmann::json root = Minimal();
  root["devices"]["projector"] = {{"host", "127.0.0.1"}, {"input", "31"}, {"port", "abc"}};
  const ConfigError e = ErrorOf(root);
  EXPECT_EQ(e.kind(), ConfigErrorKind::kWrongType);
  EXPECT_EQ(e.field(), "devices.projector.port");
  EXPECT_STREQ(e.what(),
               R"(config field "devices.projector.port": expected an integer 1..65535, got "abc")");
}

TEST(RoomConfigParserTest, MissingFields) {
  struct Case {
    std::vector<std::string> path;
    std::string field;
  };
  const Case cases[] = {
      {{"name"}, "name"},
      {{"mode"}, "mode"},
      {{"mcu", "url"}, "mcu.url"},
      {{"mcu", "room"}, "mcu.room"},
      {{"devices", "camera"}, "devices.camera"},
      {{"devices", "audio", "playback"}, "devices.audio.playback"},
      {{"presets", "training", "camera_preset"}, "presets.training.camera_preset"},
      {{"privacy_preset"}, "privacy_preset"},
      {{"control", "listen"}, "control.listen"},
  };
  for (const Case& c : cases) {
    nlohmann::json root = Minimal();
    nlohmann::json* parent = &root;
    for (size_t i = 0; i + 1 < c.path.size(); ++i) parent = &(*parent)[c.path[i]];
    parent->erase(c.path.back());
    const ConfigError e = ErrorOf(root);
    EXPECT_EQ(e.kind(), ConfigErrorKind::kMissing) << c.field;
    EXPECT_EQ(e.field(), c.field);
    EXPECT_EQ(std::string(e.what()).rfind("config field \"" + c.field + "\": missing, expected", 0),
              0u)
        << e.what();
  }
}

TEST(RoomConfigParserTest, WrongTypes) {
  nlohmann::json root = Minimal();
  root["mcu"] = "ws://127.0.0.1/ws";
  ConfigError e = ErrorOf(root);
  EXPECT_EQ(e.kind(), ConfigErrorKind::kWrongType);
  EXPECT_EQ(e.field(), "mcu");

  root = Minimal();
  root["privacy_preset"] = "9";
  e = ErrorOf(root);
  EXPECT_EQ(e.kind(), ConfigErrorKind::kWrongType);
  EXPECT_STREQ(e.what(), R"(config field "privacy_preset": expected an integer 0..127, got "9")");

  root = Minimal();
  root["devices"]["audio"]["volume"] = 50.5;
  EXPECT_EQ(ErrorOf(root).field(), "devices.audio.volume");

  root = Minimal();
  root["name"] = nlohmann::json::array({1, 2});
  e = ErrorOf(root);
  EXPECT_STREQ(e.what(), R"(config field "name": expected a text of 1..64 characters, got an array)");

  root = Minimal();
  root["presets"]["training"]["mute_remote_on_join"] = "yes";
  EXPECT_EQ(ErrorOf(root).kind(), ConfigErrorKind::kWrongType);

  e = ErrorOf(nlohmann::json::array());
  EXPECT_EQ(e.kind(), ConfigErrorKind::kWrongType);
  EXPECT_EQ(e.field(), "(root)");
}

TEST(RoomConfigParserTest, BadValues) {
  struct Case {
    nlohmann::json::json_pointer pointer;
    nlohmann::json value;
    std::string field;
  };
  using P = nlohmann::json::json_pointer;
  const Case cases[] = {
      {P("/mode"), "meeting", "mode"},
      {P("/mcu/url"), "http://127.0.0.1/ws", "mcu.url"},
      {P("/mcu/url"), "ws://127.0.0.1:70000/ws", "mcu.url"},
      {P("/mcu/room"), "giao ban", "mcu.room"},
      {P("/devices/camera/source"), "/dev/video0", "devices.camera.source"},
      {P("/devices/audio/capture"), "", "devices.audio.capture"},
      {P("/devices/audio/volume"), 101, "devices.audio.volume"},
      {P("/devices/audio/volume"), -1, "devices.audio.volume"},
      {P("/presets/conference/camera_preset"), 128, "presets.conference.camera_preset"},
      {P("/presets/conference/layout"), "mosaic", "presets.conference.layout"},
      {P("/idle_timeout_s"), 100000, "idle_timeout_s"},
      {P("/control/listen"), "127.0.0.1", "control.listen"},
      {P("/control/listen"), "example.com:80", "control.listen"},
      {P("/name"), "", "name"},
      {P("/name"), std::string(65, 'x'), "name"},
  };
  for (const Case& c : cases) {
    nlohmann::json root = Minimal();
    root[c.pointer] = c.value;
    const ConfigError e = ErrorOf(root);
    EXPECT_EQ(e.kind(), ConfigErrorKind::kBadValue) << c.field << ": " << e.what();
    EXPECT_EQ(e.field(), c.field);
  }
  nlohmann::json root = Minimal();
  root["devices"]["projector"] = {{"host", "127.0.0.1"}, {"input", "31"}, {"port", 70000}};
  EXPECT_STREQ(ErrorOf(root).what(),
               R"(config field "devices.projector.port": expected an integer 1..65535, got 70000)");
  root["devices"]["projector"] = {{"host", "127.0.0.1"}, {"input", "99"}};
  EXPECT_EQ(ErrorOf(root).field(), "devices.projector.input");
  root["devices"]["projector"] = {{"host", "127.0.0.1"}, {"input", "31"}, {"password", "a b"}};
  EXPECT_EQ(ErrorOf(root).field(), "devices.projector.password");
}

TEST(RoomConfigParserTest, UnknownKeysAndDevices) {
  nlohmann::json root = Minimal();
  root["mcu"]["pasword"] = "1234";
  ConfigError e = ErrorOf(root);
  EXPECT_EQ(e.kind(), ConfigErrorKind::kUnknownKey);
  EXPECT_EQ(e.field(), "mcu.pasword");
  EXPECT_STREQ(e.what(), R"(config field "mcu.pasword": unknown key (known here: url, room, pin, token, display_name))");

  root = Minimal();
  root["devices"]["scanner"] = {{"host", "127.0.0.1"}};
  e = ErrorOf(root);
  EXPECT_EQ(e.kind(), ConfigErrorKind::kUnknownDevice);
  EXPECT_EQ(e.field(), "devices.scanner");
  EXPECT_STREQ(e.what(), R"(config field "devices.scanner": unknown device kind (vc-room drives: camera, audio, projector, content))");

  root = Minimal();
  root["volume"] = 3;
  EXPECT_EQ(ErrorOf(root).field(), "volume");
}

TEST(RoomConfigParserTest, SyntaxAndFileErrors) {
  try {
    ParseRoomConfigText("{\"name\": \n", "/etc/vc/room.json");
    FAIL();
  } catch (const ConfigError& e) {
    EXPECT_EQ(e.kind(), ConfigErrorKind::kSyntax);
    EXPECT_EQ(std::string(e.what()).rfind("config file \"/etc/vc/room.json\": not valid JSON: ", 0),
              0u)
        << e.what();
    EXPECT_EQ(std::string(e.what()).find('\n'), std::string::npos);
  }
  try {
    LoadRoomConfig("/nonexistent/room.json");
    FAIL();
  } catch (const ConfigError& e) {
    EXPECT_EQ(e.kind(), ConfigErrorKind::kUnreadable);
    EXPECT_STREQ(e.what(),
                 R"(config file "/nonexistent/room.json": cannot read: No such file or directory)");
  }
}

TEST(RoomConfigParserTest, LongValuesAreShortenedInMessages) {
  nlohmann::json root = Minimal();
  root["mcu"]["url"] = "ftp://" + std::string(200, 'a');
  const std::string what = ErrorOf(root).what();
  EXPECT_LT(what.size(), 200u);
  EXPECT_NE(what.find("...\""), std::string::npos);
}

}  // namespace
}  // namespace vc::appliance
