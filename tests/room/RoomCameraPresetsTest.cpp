// Named camera presets with thumbnails, end to end: vc-room with vc-visca-sim stores the camera's
// position (the emulator logs it), takes a JPEG of what the camera sees (a one-shot pipeline out
// of a call, the call's camera branch in one) and shows it in Camera/Presets as a data URL that
// survives a restart of vc-room; Camera.Preset.Activate recalls the preset on the emulator.
#include <glib.h>
#include <gtest/gtest.h>

#include <cstring>
#include <filesystem>

#include "tests/room/RoomTestbed.hpp"

namespace vc::tests::room {
namespace {

using Json = nlohmann::json;
constexpr const char* kDataUrlPrefix = "data:image/jpeg;base64,";

RoomTestbedOptions CameraOnly() {
  RoomTestbedOptions options;
  options.projector = false;
  return options;
}

struct JpegFacts {
  bool soi_and_eoi = false;
  int width = 0;
  int height = 0;
};

// Decodes the data URL and reads the JPEG's markers: SOI first, EOI last, and the frame size
// from the baseline/progressive start-of-frame segment.
JpegFacts ReadThumbnail(const Json& url) {
  JpegFacts facts;
  if (!url.is_string()) return facts;
  const std::string text = url.get<std::string>();
  if (text.rfind(kDataUrlPrefix, 0) != 0) return facts;
  gsize length = 0;
  guchar* raw = g_base64_decode(text.c_str() + std::strlen(kDataUrlPrefix), &length);
  const std::string jpeg(reinterpret_cast<const char*>(raw), length);
  g_free(raw);
  auto byte = [&](size_t i) { return static_cast<unsigned char>(jpeg[i]); };
  if (jpeg.size() < 4) return facts;
  facts.soi_and_eoi = byte(0) == 0xFF && byte(1) == 0xD8 && byte(jpeg.size() - 2) == 0xFF &&
                      byte(jpeg.size() - 1) == 0xD9;
  for (size_t i = 2; i + 9 < jpeg.size();) {
    if (byte(i) != 0xFF) break;
    const unsigned marker = byte(i + 1);
    const size_t segment = (byte(i + 2) << 8) | byte(i + 3);
    if (marker == 0xC0 || marker == 0xC2) {
      facts.height = (byte(i + 5) << 8) | byte(i + 6);
      facts.width = (byte(i + 7) << 8) | byte(i + 8);
      break;
    }
    i += 2 + segment;
  }
  return facts;
}

Json EntryOf(const Json& presets, int number) {
  if (!presets.is_array()) return Json();
  for (const Json& entry : presets) {
    if (entry.value("number", -1) == number) return entry;
  }
  return Json();
}

std::filesystem::path ThumbnailFolder(const std::filesystem::path& config) {
  return config.parent_path() / (config.stem().string() + "-camera-presets");
}

TEST(RoomCameraPresetsTest, StoreTakesAThumbnailThatSurvivesARestartAndActivateRecallsIt) {
  RoomTestbed room(CameraOnly());
  const auto folder = ThumbnailFolder(room.ConfigPath());
  // The named presets, as a technician sets them (persisted like the rest of the configuration).
  const Json names =
      Json::parse(R"([{"number": 1, "name": "Toàn cảnh"}, {"number": 2, "name": "Bục giảng"}])");
  ASSERT_EQ(room.Control().ConfigSet("Camera/Presets", names, 10s)["ok"], true);
  const Json before = room.Status("Camera/Presets");
  ASSERT_EQ(before.size(), 2u) << before.dump();
  EXPECT_EQ(EntryOf(before, 2)["name"], "Bục giảng");
  EXPECT_TRUE(EntryOf(before, 2)["thumbnail"].is_null()) << "no picture before the first store";

  const Json stored = room.Command("Camera.Preset.Store", {{"preset", 2}});
  ASSERT_EQ(stored["ok"], true) << stored.dump() << room.Logs();
  EXPECT_EQ(stored["value"]["thumbnail"], true) << stored.dump() << room.Logs();
  EXPECT_TRUE(room.Camera()->WaitForLog(R"(preset stored 2\b)", 10s)) << room.Logs();

  const Json entry = EntryOf(room.Status("Camera/Presets"), 2);
  EXPECT_EQ(entry["name"], "Bục giảng");
  const JpegFacts jpeg = ReadThumbnail(entry["thumbnail"]);
  EXPECT_TRUE(jpeg.soi_and_eoi) << entry.dump().substr(0, 200);
  EXPECT_EQ(jpeg.width, 192);
  EXPECT_EQ(jpeg.height, 108);
  EXPECT_TRUE(EntryOf(room.Status("Camera/Presets"), 1)["thumbnail"].is_null());
  EXPECT_TRUE(std::filesystem::exists(folder / "preset-2.jpg"));

  // Bad arguments are answered, nothing is stored.
  EXPECT_EQ(room.Command("Camera.Preset.Store", {{"preset", 200}})["error"]["code"], "bad_args");
  EXPECT_EQ(room.Command("Camera.Preset.Store", {{"preset", 2}, {"name", ""}})["error"]["code"],
            "bad_args");
  EXPECT_EQ(room.Command("Camera.Preset.Store", {{"preset", 2}, {"zoom", 1}})["error"]["code"],
            "bad_args");

  // vc-room restarts: the names come from the configuration, the picture from its file.
  ASSERT_TRUE(room.Room().Stop(30s).exited) << room.Logs();
  room.StartRoom({"--config", room.ConfigPath().string()});
  const Json after = EntryOf(room.Status("Camera/Presets"), 2);
  EXPECT_EQ(after["name"], "Bục giảng");
  EXPECT_EQ(after["thumbnail"], entry["thumbnail"]);

  const Json activated = room.Command("Camera.Preset.Activate", {{"preset", 2}});
  ASSERT_EQ(activated["ok"], true) << activated.dump();
  EXPECT_TRUE(room.Camera()->WaitForLog(R"(preset recalled 2\b)", 10s)) << room.Logs();
  EXPECT_TRUE(room.WaitStatusEquals("Camera/ActivePreset", 2, 10s)) << room.Logs();

  std::error_code ignored;
  std::filesystem::remove_all(folder, ignored);
}

TEST(RoomCameraPresetsTest, InACallThePictureComesFromTheCallsCameraAndANameAddsThePreset) {
  RoomTestbed room(CameraOnly());
  const auto folder = ThumbnailFolder(room.ConfigPath());
  EXPECT_EQ(room.Status("Camera/Presets"), Json::array());
  ASSERT_EQ(room.Command("Call.Join")["ok"], true);
  ASSERT_TRUE(room.WaitStatusEquals("Call/State", "in_call", 120s))
      << room.Status("Call").dump() << room.Logs();

  const Json stored = room.Command("Camera.Preset.Store", {{"preset", 5}, {"name", "Bảng trắng"}});
  ASSERT_EQ(stored["ok"], true) << stored.dump() << room.Logs();
  EXPECT_EQ(stored["value"]["thumbnail"], true) << stored.dump() << room.Logs();
  EXPECT_TRUE(room.Room().LogContains("from the call's camera")) << room.Logs();
  EXPECT_TRUE(room.Camera()->WaitForLog(R"(preset stored 5\b)", 10s)) << room.Logs();
  const Json entry = EntryOf(room.Status("Camera/Presets"), 5);
  EXPECT_EQ(entry["name"], "Bảng trắng");
  const JpegFacts jpeg = ReadThumbnail(entry["thumbnail"]);
  EXPECT_TRUE(jpeg.soi_and_eoi);
  EXPECT_EQ(jpeg.width, 192);
  EXPECT_EQ(jpeg.height, 108);
  // The name went into the configuration file.
  EXPECT_EQ(room.Status("Config/Camera/Presets"),
            Json::parse(R"([{"number": 5, "name": "Bảng trắng"}])"));
  EXPECT_EQ(room.Status("Call/State"), "in_call") << "the call goes on";

  std::error_code ignored;
  std::filesystem::remove_all(folder, ignored);
}

}  // namespace
}  // namespace vc::tests::room
