// devices.camera.presets: the named camera positions the panel shows as thumbnails.
#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

#include "appliance/config/ConfigError.hpp"
#include "appliance/config/RoomConfigParser.hpp"
#include "appliance/config/RoomConfigWriter.hpp"
#include "tests/appliance/config/ConfigTestInput.hpp"

namespace vc::appliance {
namespace {

using testing::ErrorOf;

nlohmann::json WithPresets(nlohmann::json presets) {
  nlohmann::json root = testing::MinimalRoomConfig();
  root["devices"]["camera"]["ptz"] = {{"host", "127.0.0.1"}};
  root["devices"]["camera"]["presets"] = std::move(presets);
  return root;
}

TEST(CameraPresetsConfigTest, NamedPresetsParseInOrder) {
  const RoomConfig room = ParseRoomConfig(WithPresets(nlohmann::json::parse(
      R"([{"number": 3, "name": "Bục giảng"}, {"number": 1, "name": "Toàn cảnh"},
          {"number": 127, "name": "Bảng trắng"}])")));
  ASSERT_EQ(room.devices.camera.presets.size(), 3u);
  EXPECT_EQ(room.devices.camera.presets[0], (CameraPresetConfig{3, "Bục giảng"}));
  EXPECT_EQ(room.devices.camera.presets[1], (CameraPresetConfig{1, "Toàn cảnh"}));
  EXPECT_EQ(room.devices.camera.presets[2].number, 127);
  // The mode presets are untouched by the list.
  EXPECT_EQ(room.presets.conference.camera_preset, 1);
  EXPECT_EQ(room.presets.training.camera_preset, 2);
}

TEST(CameraPresetsConfigTest, ExamplesNameTheirPresetsInVietnamese) {
  const char* root = std::getenv("VC_SOURCE_DIR");
  const std::string examples =
      std::string(root ? root : VC_SOURCE_DIR_FALLBACK) + "/docs/examples/";
  const RoomConfig room = LoadRoomConfig(examples + "room.json");
  ASSERT_EQ(room.devices.camera.presets.size(), 4u);
  EXPECT_EQ(room.devices.camera.presets[0], (CameraPresetConfig{1, "Toàn cảnh"}));
  EXPECT_EQ(room.devices.camera.presets[1], (CameraPresetConfig{2, "Bục giảng"}));
  EXPECT_EQ(LoadRoomConfig(examples + "room-demo.json").devices.camera.presets.size(), 3u);
}

TEST(CameraPresetsConfigTest, AbsentOrEmptyListMeansNoNamedPresets) {
  nlohmann::json root = WithPresets(nlohmann::json::array());
  EXPECT_TRUE(ParseRoomConfig(root).devices.camera.presets.empty());
  root["devices"]["camera"].erase("presets");
  EXPECT_TRUE(ParseRoomConfig(root).devices.camera.presets.empty());
}

TEST(CameraPresetsConfigTest, WriterRoundTripsTheList) {
  const RoomConfig room = ParseRoomConfig(WithPresets(nlohmann::json::parse(
      R"([{"number": 1, "name": "Toàn cảnh"}, {"number": 2, "name": "Bục giảng"}])")));
  const nlohmann::json written = RoomConfigToJson(room);
  EXPECT_EQ(written["devices"]["camera"]["presets"][1]["name"], "Bục giảng");
  EXPECT_EQ(ParseRoomConfig(written), room);
}

TEST(CameraPresetsConfigTest, BadEntriesNameTheField) {
  struct Case {
    const char* presets;
    ConfigErrorKind kind;
    std::string field;
  };
  const Case cases[] = {
      {R"({"number": 1})", ConfigErrorKind::kWrongType, "devices.camera.presets"},
      {R"([{"number": 128, "name": "Xa"}])", ConfigErrorKind::kBadValue,
       "devices.camera.presets[0].number"},
      {R"([{"number": -1, "name": "Xa"}])", ConfigErrorKind::kBadValue,
       "devices.camera.presets[0].number"},
      {R"([{"number": 1.5, "name": "Xa"}])", ConfigErrorKind::kWrongType,
       "devices.camera.presets[0].number"},
      {R"([{"name": "Xa"}])", ConfigErrorKind::kMissing, "devices.camera.presets[0].number"},
      {R"([{"number": 1, "name": "A"}, {"number": 1, "name": "B"}])", ConfigErrorKind::kBadValue,
       "devices.camera.presets[1].number"},
      {R"([{"number": 1, "name": ""}])", ConfigErrorKind::kBadValue,
       "devices.camera.presets[0].name"},
      {R"([{"number": 1, "name": "dòng\nhai"}])", ConfigErrorKind::kBadValue,
       "devices.camera.presets[0].name"},
      {R"([{"number": 1}])", ConfigErrorKind::kMissing, "devices.camera.presets[0].name"},
      {R"([{"number": 1, "name": 5}])", ConfigErrorKind::kWrongType,
       "devices.camera.presets[0].name"},
      {R"([{"number": 1, "name": "A", "thumb": "x"}])", ConfigErrorKind::kUnknownKey,
       "devices.camera.presets[0].thumb"},
      {R"(["Toàn cảnh"])", ConfigErrorKind::kWrongType, "devices.camera.presets[0]"},
  };
  for (const Case& c : cases) {
    const ConfigError e = ErrorOf(WithPresets(nlohmann::json::parse(c.presets)));
    EXPECT_EQ(e.kind(), c.kind) << c.presets << ": " << e.what();
    EXPECT_EQ(e.field(), c.field) << c.presets << ": " << e.what();
  }
}

TEST(CameraPresetsConfigTest, ErrorLinesReadWell) {
  EXPECT_STREQ(
      ErrorOf(WithPresets(nlohmann::json::parse(
                  R"([{"number": 1, "name": "Toàn cảnh"}, {"number": 1, "name": "Bục giảng"}])")))
          .what(),
      R"(config field "devices.camera.presets[1].number": expected a number not used by devices.camera.presets[0], got 1)");
  // 40 characters fit (Vietnamese letters count once each), 41 do not.
  std::string forty;
  for (int i = 0; i < 40; ++i) forty += "ả";
  EXPECT_NO_THROW(ParseRoomConfig(WithPresets({{{"number", 1}, {"name", forty}}})));
  EXPECT_EQ(ErrorOf(WithPresets({{{"number", 1}, {"name", forty + "a"}}})).field(),
            "devices.camera.presets[0].name");
  nlohmann::json many = nlohmann::json::array();
  for (int i = 0; i < 17; ++i) many.push_back({{"number", i}, {"name", "Vị trí"}});
  EXPECT_STREQ(ErrorOf(WithPresets(many)).what(),
               R"(config field "devices.camera.presets": expected at most 16 presets, got 17)");
}

}  // namespace
}  // namespace vc::appliance
