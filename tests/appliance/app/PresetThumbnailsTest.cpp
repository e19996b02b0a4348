// The presets' thumbnail files: named after the configuration, written atomically, read back
// after a restart, and only JPEGs reach the status.
#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>

#include "appliance/app/PresetThumbnails.hpp"

namespace vc::appliance::app {
namespace {

std::filesystem::path TempFolder(const std::string& name) {
  return std::filesystem::temp_directory_path() /
         ("vc-thumbs-" + std::to_string(::getpid()) + "-" + name);
}

const std::string kJpeg =
    std::string("\xFF\xD8\xFF\xE0", 4) + "pretend-jpeg" + std::string("\xFF\xD9", 2);

TEST(PresetThumbnailsTest, FolderIsNamedAfterTheConfiguration) {
  EXPECT_EQ(PresetThumbnails::FolderFor("/etc/vc/room.json"), "/etc/vc/room-camera-presets");
  EXPECT_EQ(PresetThumbnails::FolderFor("/tmp/a/phong-201.json"),
            "/tmp/a/phong-201-camera-presets");
}

TEST(PresetThumbnailsTest, DataUrlIsBase64Jpeg) {
  EXPECT_EQ(PresetThumbnails::DataUrl("\xFF\xD8\xFF"), "data:image/jpeg;base64,/9j/");
}

TEST(PresetThumbnailsTest, SavedPicturesAreReadBackByANewInstance) {
  const auto folder = TempFolder("save");
  {
    PresetThumbnails thumbnails(folder);
    EXPECT_FALSE(thumbnails.DataUrlOf(2));
    EXPECT_FALSE(thumbnails.Save(2, kJpeg));
    EXPECT_EQ(thumbnails.DataUrlOf(2), PresetThumbnails::DataUrl(kJpeg));
  }
  EXPECT_TRUE(std::filesystem::exists(folder / "preset-2.jpg"));
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    EXPECT_EQ(entry.path().filename(), "preset-2.jpg") << "no temporary file left";
  }
  PresetThumbnails after_restart(folder);
  EXPECT_EQ(after_restart.DataUrlOf(2), PresetThumbnails::DataUrl(kJpeg));
  EXPECT_FALSE(after_restart.DataUrlOf(3));
  std::filesystem::remove_all(folder);
}

TEST(PresetThumbnailsTest, AFileThatIsNoJpegIsIgnored) {
  const auto folder = TempFolder("junk");
  std::filesystem::create_directories(folder);
  std::ofstream(folder / "preset-4.jpg") << "<html>not a picture</html>";
  PresetThumbnails thumbnails(folder);
  EXPECT_FALSE(thumbnails.DataUrlOf(4));
  std::filesystem::remove_all(folder);
}

TEST(PresetThumbnailsTest, UnwritableFolderGivesASentence) {
  PresetThumbnails thumbnails("/proc/vc-no-such-place/presets");
  const auto error = thumbnails.Save(1, kJpeg);
  ASSERT_TRUE(error);
  EXPECT_NE(error->find("cannot create"), std::string::npos) << *error;
  EXPECT_TRUE(thumbnails.Save(1, "").has_value());
}

}  // namespace
}  // namespace vc::appliance::app
