#include "mcu/recording/RecordingDirectory.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <stdexcept>

namespace vc::mcu::recording {
namespace {
constexpr int kMaxAttempts = 100;
constexpr size_t kMaxNameChars = 64;
}  // namespace

RecordingDirectory::RecordingDirectory(std::filesystem::path dir) : dir_(std::move(dir)) {
  const std::string shown = "--recording-dir '" + dir_.string() + "': ";
  std::error_code error;
  const auto status = std::filesystem::status(dir_, error);
  if (!std::filesystem::exists(status)) throw std::runtime_error(shown + "no such directory");
  if (!std::filesystem::is_directory(status)) throw std::runtime_error(shown + "not a directory");
  // access(2) says yes to root even on a read-only mount: create a file for real.
  std::string probe = (dir_ / ".vc-mcu-write-test-XXXXXX").string();
  const int fd = ::mkstemp(probe.data());
  if (fd < 0) throw std::runtime_error(shown + "not writable (" + std::strerror(errno) + ")");
  ::close(fd);
  ::unlink(probe.c_str());
}

std::string RecordingDirectory::SafeName(const std::string& room) {
  std::string safe;
  for (char c : room) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '-' || c == '_';
    safe.push_back(ok ? c : '_');
    if (safe.size() == kMaxNameChars) break;
  }
  return safe.empty() ? "room" : safe;
}

std::string RecordingDirectory::FileName(const std::string& room,
                                         std::chrono::system_clock::time_point now, int attempt) {
  const std::time_t seconds = std::chrono::system_clock::to_time_t(now);
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char stamp[32];
  std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &utc);
  std::string name = SafeName(room) + "-" + stamp;
  if (attempt > 1) name += "-" + std::to_string(attempt);
  return name + ".webm";
}

RecordingDirectory::NewFile RecordingDirectory::Create(
    const std::string& room, std::chrono::system_clock::time_point now) const {
  for (int attempt = 1; attempt <= kMaxAttempts; ++attempt) {
    NewFile created;
    created.name = FileName(room, now, attempt);
    created.path = dir_ / created.name;
    // "x": fail rather than overwrite a file that is there already.
    created.file.reset(std::fopen(created.path.c_str(), "wbx"));
    if (created.file) return created;
    if (errno != EEXIST) {
      throw WebmWriteError("cannot create '" + created.path.string() +
                           "': " + std::strerror(errno));
    }
  }
  throw WebmWriteError("cannot create a recording file in '" + dir_.string() +
                       "': every name for this second is taken");
}

}  // namespace vc::mcu::recording
