#include "appliance/config/RoomConfigWriter.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "appliance/config/ConfigError.hpp"
#include "appliance/config/RoomConfigParser.hpp"

namespace vc::appliance {
namespace {

std::string ExamplePath(const std::string& name) {
  const char* root = std::getenv("VC_SOURCE_DIR");
  return std::string(root ? root : VC_SOURCE_DIR_FALLBACK) + "/docs/examples/" + name;
}

std::filesystem::path TempFile(const std::string& name) {
  return std::filesystem::temp_directory_path() /
         ("vc-roomcfg-" + std::to_string(::getpid()) + "-" + name);
}

TEST(RoomConfigWriterTest, RoundTripsTheExamples) {
  for (const char* name : {"room.json", "room-demo.json"}) {
    const RoomConfig original = LoadRoomConfig(ExamplePath(name));
    EXPECT_EQ(ParseRoomConfig(RoomConfigToJson(original)), original) << name;
  }
}

TEST(RoomConfigWriterTest, SaveThenLoadKeepsChanges) {
  RoomConfig config = LoadRoomConfig(ExamplePath("room.json"));
  config.mode = RoomMode::kTraining;
  config.devices.audio.volume = 42;
  config.mcu.pin.reset();
  config.mcu.token = "eyJhbGciOi.token";
  config.devices.projector.reset();
  config.control = {"::1", 7400};
  const auto path = TempFile("save.json");
  SaveRoomConfig(config, path.string());
  const RoomConfig loaded = LoadRoomConfig(path.string());
  EXPECT_EQ(loaded, config);
  EXPECT_EQ(loaded.control.Listen(), "[::1]:7400");
  EXPECT_FALSE(std::filesystem::exists(path.string() + ".tmp"));
  std::filesystem::remove(path);
}

TEST(RoomConfigWriterTest, SaveIntoMissingFolderFailsWithOneLine) {
  const RoomConfig config = LoadRoomConfig(ExamplePath("room-demo.json"));
  try {
    SaveRoomConfig(config, "/nonexistent-dir/room.json");
    FAIL();
  } catch (const ConfigError& e) {
    EXPECT_EQ(e.kind(), ConfigErrorKind::kUnwritable);
    EXPECT_EQ(std::string(e.what()).rfind("config file \"/nonexistent-dir/room.json\": cannot write", 0), 0u);
  }
}

TEST(RoomConfigWriterTest, WrittenJsonHasDocumentedShape) {
  const nlohmann::json out = RoomConfigToJson(LoadRoomConfig(ExamplePath("room-demo.json")));
  EXPECT_EQ(out["mode"], "conference");
  EXPECT_EQ(out["control"]["listen"], "127.0.0.1:7310");
  EXPECT_EQ(out["devices"]["projector"]["port"], 4352);
  EXPECT_EQ(out["presets"]["training"]["layout"], "presenter_content");
  EXPECT_FALSE(out["mcu"].contains("pin"));
}

}  // namespace
}  // namespace vc::appliance
