#pragma once
// A fresh directory under $TMPDIR, removed with everything in it at the end of the test.
#include <stdlib.h>

#include <filesystem>
#include <stdexcept>
#include <string>

namespace vc::provision::test {

class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "vc-provision-XXXXXX").string();
    path_ = ::mkdtemp(pattern.data()) ? pattern : throw std::runtime_error("mkdtemp failed");
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  std::string File(const std::string& name) const { return (std::filesystem::path(path_) / name).string(); }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// tests/provisioning/data/<name> read whole.
std::string ReadDataFile(const std::string& name);

}  // namespace vc::provision::test
