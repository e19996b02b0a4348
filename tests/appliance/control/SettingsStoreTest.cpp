#include "appliance/control/SettingsStore.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace vc::appliance::control {
namespace {

using nlohmann::json;

class SettingsStoreTest : public ::testing::Test {
 protected:
  SettingsStoreTest() {
    file_ = std::filesystem::temp_directory_path() /
            ("vc-settings-" + std::to_string(::getpid()) + ".json");
    std::ofstream(file_) << R"({"room":{"name":"A"},"audio":{"default_volume":50}})";
  }
  ~SettingsStoreTest() override { std::filesystem::remove(file_); }

  json ReadBack() const {
    std::ifstream in(file_);
    std::stringstream text;
    text << in.rdbuf();
    return json::parse(text.str());
  }

  std::filesystem::path file_;
  StatusTree status_;
};

TEST_F(SettingsStoreTest, SetWritesFileAndStatus) {
  SettingsStore store(file_, status_);
  store.Register("Audio/DefaultVolume", "/audio/default_volume", SettingsStore::IntegerIn(0, 100));
  store.Register("Room/DefaultMode", "/room/mode", SettingsStore::OneOf({"conference", "training"}));
  store.PublishAll();
  EXPECT_EQ(status_.Get("Config/Audio/DefaultVolume"), json(50));
  EXPECT_EQ(status_.Get("Config/Room/DefaultMode"), json(nullptr));  // not in the file yet
  std::string applied;
  store.SetApplied([&](const std::string& path, const json&) { applied = path; });

  EXPECT_TRUE(store.Set("Audio/DefaultVolume", 70).ok);
  EXPECT_TRUE(store.Set("Room/DefaultMode", "training").ok);
  const json written = ReadBack();
  EXPECT_EQ(written["audio"]["default_volume"], 70);
  EXPECT_EQ(written["room"]["mode"], "training");
  EXPECT_EQ(written["room"]["name"], "A");  // the rest of the file is kept
  EXPECT_EQ(status_.Get("Config/Audio/DefaultVolume"), json(70));
  EXPECT_EQ(applied, "Room/DefaultMode");
}

TEST_F(SettingsStoreTest, RejectsUnknownAndBadValuesWithoutWriting) {
  SettingsStore store(file_, status_);
  store.Register("Audio/DefaultVolume", "/audio/default_volume", SettingsStore::IntegerIn(0, 100));
  EXPECT_EQ(store.Set("Audio/Nothing", 1).code, "unknown_setting");
  EXPECT_EQ(store.Set("Audio/DefaultVolume", 101).code, "bad_args");
  EXPECT_EQ(store.Set("Audio/DefaultVolume", "70").code, "bad_args");
  store.SetDocumentCheck([](const json& doc) -> std::optional<std::string> {
    if (doc["audio"]["default_volume"] == 13) return "audio.default_volume: unlucky";
    return std::nullopt;
  });
  const CommandResult refused = store.Set("Audio/DefaultVolume", 13);
  EXPECT_EQ(refused.code, "bad_args");
  EXPECT_EQ(refused.reason, "audio.default_volume: unlucky");
  EXPECT_EQ(ReadBack()["audio"]["default_volume"], 50);
}

TEST_F(SettingsStoreTest, UnreadableFileThrows) {
  std::ofstream(file_) << "{broken";
  EXPECT_THROW(SettingsStore(file_, status_), std::exception);
}

}  // namespace
}  // namespace vc::appliance::control
