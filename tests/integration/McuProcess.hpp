#pragma once
// Runs one vc-mcu child process for a test: spawned with its stdout/stderr in a log file, considered
// started once it prints its listening line, stopped with SIGTERM. Every wait is bounded.

#include <sys/types.h>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace vc::tests::integration {

class McuProcess {
 public:
  struct Options {
    std::filesystem::path binary;              // DefaultBinary() when empty
    std::vector<std::string> extra_arguments;  // after `--listen 127.0.0.1:0`
    std::filesystem::path log_path;            // a fresh temporary file when empty
    std::chrono::milliseconds start_timeout{10000};
  };
  struct ExitStatus {
    bool exited = false;  // false: killed by a signal or did not stop in time
    int code = -1;
    int signal = 0;
    bool timed_out = false;
  };
  // A run to completion (command-line checks): separate stdout and stderr.
  struct Completed {
    ExitStatus status;
    std::string out;
    std::string err;
  };

  // Spawns the process and waits for `listening on http(s)://HOST:PORT/`. Throws
  // std::runtime_error (with the log) when it exits early or does not listen in time.
  explicit McuProcess(Options options);
  ~McuProcess();  // SIGKILLs a process that was not stopped
  McuProcess(const McuProcess&) = delete;
  McuProcess& operator=(const McuProcess&) = delete;

  // $VC_BIN_DIR/vc-mcu, or an empty path when VC_BIN_DIR is unset.
  static std::filesystem::path DefaultBinary();
  // Runs DefaultBinary() with exactly `arguments` until it exits; SIGKILLs it after `timeout`
  // (status.timed_out). Throws std::runtime_error when it cannot be spawned.
  static Completed RunToExit(const std::vector<std::string>& arguments,
                             std::chrono::milliseconds timeout = std::chrono::milliseconds(10000));

  uint16_t Port() const { return port_; }
  pid_t Pid() const { return pid_; }
  const std::filesystem::path& LogPath() const { return log_path_; }
  std::string Log() const;
  // True while the child has not exited (reaps it when it has).
  bool IsRunning();
  std::optional<ExitStatus> ExitedWith() const { return exit_status_; }
  // SIGTERM, then waits up to `timeout`; SIGKILLs and reports timed_out when it does not stop.
  ExitStatus Stop(std::chrono::milliseconds timeout = std::chrono::milliseconds(10000));

 private:
  std::optional<uint16_t> FindListeningPort() const;
  void Reap(int wait_status);

  std::filesystem::path log_path_;
  pid_t pid_ = -1;
  uint16_t port_ = 0;
  std::optional<ExitStatus> exit_status_;
};

}  // namespace vc::tests::integration
