#include "tests/integration/McuProcess.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <fstream>
#include <regex>
#include <sstream>
#include <stdexcept>
#include <thread>

extern char** environ;

namespace vc::tests::integration {
namespace {

constexpr auto kPollInterval = std::chrono::milliseconds(20);

std::filesystem::path FreshLogPath(const std::string& suffix = ".log") {
  static int counter = 0;
  const auto directory = std::filesystem::temp_directory_path();
  return directory /
         ("vc-mcu-" + std::to_string(::getpid()) + "-" + std::to_string(++counter) + suffix);
}

// Starts `binary` with stdin on /dev/null and stdout/stderr in files (the same file when the
// paths are equal, so that the log keeps the order of lines).
pid_t Spawn(const std::filesystem::path& binary, const std::vector<std::string>& arguments,
            const std::filesystem::path& out_path, const std::filesystem::path& err_path) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err_path.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (out_path == err_path) {
    posix_spawn_file_actions_adddup2(&actions, STDERR_FILENO, STDOUT_FILENO);
  } else {
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out_path.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
  }

  std::vector<char*> argv;
  for (const auto& argument : arguments) argv.push_back(const_cast<char*>(argument.c_str()));
  argv.push_back(nullptr);

  pid_t pid = -1;
  const int rc = ::posix_spawn(&pid, binary.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) {
    throw std::runtime_error("posix_spawn(" + binary.string() + ") failed: " + std::to_string(rc));
  }
  return pid;
}

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

McuProcess::ExitStatus DecodeWaitStatus(int wait_status) {
  McuProcess::ExitStatus result;
  if (WIFEXITED(wait_status)) {
    result.exited = true;
    result.code = WEXITSTATUS(wait_status);
  } else if (WIFSIGNALED(wait_status)) {
    result.signal = WTERMSIG(wait_status);
  }
  return result;
}

}  // namespace

McuProcess::McuProcess(Options options)
    : log_path_(options.log_path.empty() ? FreshLogPath() : options.log_path) {
  const auto binary = options.binary.empty() ? DefaultBinary() : options.binary;
  if (binary.empty() || !std::filesystem::exists(binary)) {
    throw std::runtime_error("vc-mcu binary not found: '" + binary.string() + "'");
  }
  std::vector<std::string> arguments{binary.string(), "--listen", "127.0.0.1:0"};
  arguments.insert(arguments.end(), options.extra_arguments.begin(), options.extra_arguments.end());
  pid_ = Spawn(binary, arguments, log_path_, log_path_);

  const auto deadline = std::chrono::steady_clock::now() + options.start_timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    if (const auto port = FindListeningPort()) {
      port_ = *port;
      return;
    }
    if (!IsRunning()) {
      throw std::runtime_error("vc-mcu exited before listening (code " +
                               std::to_string(exit_status_->code) + ", signal " +
                               std::to_string(exit_status_->signal) + "); log:\n" + Log());
    }
    std::this_thread::sleep_for(kPollInterval);
  }
  Stop(std::chrono::milliseconds(2000));
  throw std::runtime_error("vc-mcu printed no 'listening on' line within " +
                           std::to_string(options.start_timeout.count()) + " ms; log:\n" + Log());
}

McuProcess::~McuProcess() {
  if (pid_ > 0 && !exit_status_) {
    ::kill(pid_, SIGKILL);
    int status = 0;
    ::waitpid(pid_, &status, 0);
  }
}

std::filesystem::path McuProcess::DefaultBinary() {
  const char* bin_dir = std::getenv("VC_BIN_DIR");
  if (bin_dir == nullptr || *bin_dir == '\0') return {};
  return std::filesystem::path(bin_dir) / "vc-mcu";
}

std::optional<uint16_t> McuProcess::FindListeningPort() const {
  static const std::regex kListening(R"(listening on https?://[^ ]+:(\d+)/)");
  const std::string log = Log();
  std::smatch match;
  if (!std::regex_search(log, match, kListening)) return std::nullopt;
  const int port = std::stoi(match[1].str());
  if (port <= 0 || port > 65535) return std::nullopt;
  return static_cast<uint16_t>(port);
}

std::string McuProcess::Log() const { return ReadFile(log_path_); }

McuProcess::Completed McuProcess::RunToExit(const std::vector<std::string>& arguments,
                                            std::chrono::milliseconds timeout) {
  const auto binary = DefaultBinary();
  if (binary.empty() || !std::filesystem::exists(binary)) {
    throw std::runtime_error("vc-mcu binary not found: '" + binary.string() + "'");
  }
  std::vector<std::string> argv{binary.string()};
  argv.insert(argv.end(), arguments.begin(), arguments.end());
  const auto out_path = FreshLogPath(".out");
  const auto err_path = FreshLogPath(".err");
  const pid_t pid = Spawn(binary, argv, out_path, err_path);
  Completed completed;
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  int status = 0;
  pid_t rc = 0;
  while ((rc = ::waitpid(pid, &status, WNOHANG)) == 0 &&
         std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(kPollInterval);
  }
  if (rc == 0) {
    ::kill(pid, SIGKILL);
    ::waitpid(pid, &status, 0);
    completed.status = DecodeWaitStatus(status);
    completed.status.timed_out = true;
  } else {
    completed.status = DecodeWaitStatus(rc == pid ? status : 0);
  }
  completed.out = ReadFile(out_path);
  completed.err = ReadFile(err_path);
  std::error_code ignored;
  std::filesystem::remove(out_path, ignored);
  std::filesystem::remove(err_path, ignored);
  return completed;
}

bool McuProcess::IsRunning() {
  if (pid_ <= 0 || exit_status_) return false;
  int status = 0;
  const pid_t rc = ::waitpid(pid_, &status, WNOHANG);
  if (rc == 0) return true;
  Reap(rc == pid_ ? status : 0);
  return false;
}

void McuProcess::Reap(int wait_status) { exit_status_ = DecodeWaitStatus(wait_status); }

McuProcess::ExitStatus McuProcess::Stop(std::chrono::milliseconds timeout) {
  if (!IsRunning()) return exit_status_.value_or(ExitStatus{});
  ::kill(pid_, SIGTERM);
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    if (!IsRunning()) return *exit_status_;
    std::this_thread::sleep_for(kPollInterval);
  }
  ::kill(pid_, SIGKILL);
  int status = 0;
  ::waitpid(pid_, &status, 0);
  Reap(status);
  exit_status_->timed_out = true;
  return *exit_status_;
}

}  // namespace vc::tests::integration
