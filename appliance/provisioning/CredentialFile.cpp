#include "appliance/provisioning/CredentialFile.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace vc::appliance::provisioning {

void WriteFileAtomically(const std::string& path, const std::string& text, unsigned mode) {
  const std::string temporary = path + ".tmp";
  auto fail = [&](const std::string& what) {
    const std::string reason = std::strerror(errno);
    ::unlink(temporary.c_str());
    throw std::runtime_error("cannot write '" + path + "': " + what + ": " + reason);
  };
  ::unlink(temporary.c_str());  // a leftover from a crash may have a wider mode
  const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
  if (fd < 0) fail("create");
  size_t written = 0;
  while (written < text.size()) {
    const ssize_t n = ::write(fd, text.data() + written, text.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      ::close(fd);
      fail("write");
    }
    written += static_cast<size_t>(n);
  }
  if (::fchmod(fd, mode) != 0 || ::fsync(fd) != 0) {
    ::close(fd);
    fail("sync");
  }
  ::close(fd);
  if (std::rename(temporary.c_str(), path.c_str()) != 0) fail("rename");
}

std::string CredentialFile::PathFor(const std::string& config_path) {
  std::filesystem::path path(config_path);
  if (!path.has_extension()) return config_path + ".credential";
  return path.replace_extension(".credential").string();
}

void CredentialFile::Write(const std::string& path, const std::string& credential) {
  WriteFileAtomically(path, credential + "\n", 0600);
}

std::string CredentialFile::Read(const std::string& path) {
  std::ifstream file(path);
  if (!file) throw std::runtime_error("cannot read the room credential '" + path + "' (enroll again)");
  std::string line;
  std::getline(file, line);
  const auto first = line.find_first_not_of(" \t\r\n");
  const auto last = line.find_last_not_of(" \t\r\n");
  if (first == std::string::npos) {
    throw std::runtime_error("the room credential file '" + path + "' is empty (enroll again)");
  }
  return line.substr(first, last - first + 1);
}

}  // namespace vc::appliance::provisioning
