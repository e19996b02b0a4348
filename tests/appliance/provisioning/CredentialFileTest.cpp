#include "appliance/provisioning/CredentialFile.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace vc::appliance::provisioning {
namespace {

TEST(CredentialFileTest, LivesBesideTheConfiguration) {
  EXPECT_EQ(CredentialFile::PathFor("/etc/vc/room.json"), "/etc/vc/room.credential");
  EXPECT_EQ(CredentialFile::PathFor("/etc/vc/room"), "/etc/vc/room.credential");
}

TEST(CredentialFileTest, WrittenWithModeSixHundredAndReadBack) {
  const auto dir = std::filesystem::temp_directory_path() / ("vc-cred-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const std::string path = (dir / "room.credential").string();
  // A leftover world-readable file is replaced, not reused.
  std::ofstream(path) << "old";
  ::chmod(path.c_str(), 0644);
  CredentialFile::Write(path, "s3cr3t-credential-0123456789abcdef");
  struct stat info{};
  ASSERT_EQ(::stat(path.c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0600u);
  EXPECT_EQ(CredentialFile::Read(path), "s3cr3t-credential-0123456789abcdef");
  EXPECT_FALSE(std::filesystem::exists(path + ".tmp"));
  std::filesystem::remove_all(dir);
  EXPECT_THROW(CredentialFile::Read(path), std::runtime_error);
}

}  // namespace
}  // namespace vc::appliance::provisioning
