#pragma once
// One child process of a room test (vc-room, vc-pjlink-sim, vc-visca-sim, vc-mcu): stdout and
// stderr go to one log file the test can search; every wait is bounded; the destructor SIGKILLs
// what is still running.
#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <optional>
#include <regex>
#include <string>
#include <vector>

namespace vc::tests::room {

class ChildProcess {
 public:
  struct Exit {
    bool exited = false;  // false: killed by a signal or still running at the deadline
    int code = -1;
    int signal = 0;
  };

  // Spawns `binary` with `arguments`; throws std::runtime_error when it cannot.
  ChildProcess(std::filesystem::path binary, std::vector<std::string> arguments,
               std::string name);
  ~ChildProcess();
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;

  // $VC_BIN_DIR/name.
  static std::filesystem::path Binary(const std::string& name);

  // Waits until the log has a match of `pattern`; returns the first capture group (or the whole
  // match). nullopt on timeout or when the process exited first.
  std::optional<std::string> WaitForLog(const std::string& pattern, std::chrono::milliseconds timeout);
  bool LogContains(const std::string& pattern) const;
  size_t CountInLog(const std::string& pattern) const;
  std::string Log() const;
  const std::string& name() const { return name_; }
  pid_t pid() const { return pid_; }

  bool IsRunning();
  // Waits for the process to exit by itself.
  std::optional<Exit> WaitExit(std::chrono::milliseconds timeout);
  // SIGTERM (or `signal`), then waits; SIGKILLs after the timeout (exited=false then).
  Exit Stop(std::chrono::milliseconds timeout, int signal = 15);
  void Kill();  // SIGKILL and reap

 private:
  void Reap(int status);

  std::string name_;
  std::filesystem::path log_path_;
  pid_t pid_ = -1;
  std::optional<Exit> exit_;
};

}  // namespace vc::tests::room
