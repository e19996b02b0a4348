#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>

#include "mcu/recording/RecordingDirectory.hpp"

namespace vc::mcu::recording {
namespace {

using namespace std::chrono;

std::filesystem::path TempDir(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() /
             ("vc-recdir-" + name + "-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

std::string ReasonFor(const std::filesystem::path& path) {
  try {
    RecordingDirectory directory(path);
  } catch (const std::runtime_error& e) {
    return e.what();
  }
  return "";
}

TEST(RecordingDirectoryTest, AMissingDirectoryOrAFileIsRefusedWithOneLine) {
  const auto dir = TempDir("refuse");
  EXPECT_EQ(ReasonFor(dir / "nope"),
            "--recording-dir '" + (dir / "nope").string() + "': no such directory");
  std::ofstream(dir / "file") << "x";
  EXPECT_EQ(ReasonFor(dir / "file"),
            "--recording-dir '" + (dir / "file").string() + "': not a directory");
  EXPECT_EQ(ReasonFor(dir), "");
  // The write probe leaves nothing behind.
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir), {}), 1);
  std::filesystem::remove_all(dir);
}

TEST(RecordingDirectoryTest, FileNamesAreRoomAndUtcTimeMadeSafe) {
  const auto at = sys_days{year{2026} / 12 / 1} + hours{21} + minutes{4} + seconds{5};
  EXPECT_EQ(RecordingDirectory::FileName("giao-ban", at), "giao-ban-20261201-210405.webm");
  EXPECT_EQ(RecordingDirectory::FileName("giao-ban", at, 3), "giao-ban-20261201-210405-3.webm");
  EXPECT_EQ(RecordingDirectory::SafeName("../a b/c.d"), "___a_b_c_d");
  EXPECT_EQ(RecordingDirectory::SafeName(""), "room");
  EXPECT_EQ(RecordingDirectory::SafeName(std::string(100, 'x')).size(), 64u);
}

TEST(RecordingDirectoryTest, CreateNeverOverwritesAFileOfTheSameSecond) {
  const auto dir = TempDir("create");
  RecordingDirectory directory(dir);
  const auto at = sys_days{year{2026} / 12 / 1} + hours{21};
  auto first = directory.Create("tap-huan", at);
  auto second = directory.Create("tap-huan", at);
  EXPECT_EQ(first.name, "tap-huan-20261201-210000.webm");
  EXPECT_EQ(second.name, "tap-huan-20261201-210000-2.webm");
  EXPECT_TRUE(first.file && second.file);
  EXPECT_TRUE(std::filesystem::exists(dir / first.name));
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace vc::mcu::recording
