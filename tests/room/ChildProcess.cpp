#include "tests/room/ChildProcess.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace vc::tests::room {

std::filesystem::path ChildProcess::Binary(const std::string& name) {
  const char* dir = std::getenv("VC_BIN_DIR");
  return dir ? std::filesystem::path(dir) / name : std::filesystem::path(name);
}

ChildProcess::ChildProcess(std::filesystem::path binary, std::vector<std::string> arguments,
                           std::string name)
    : name_(std::move(name)) {
  static int counter = 0;
  log_path_ = std::filesystem::temp_directory_path() /
              ("vc-room-test-" + std::to_string(::getpid()) + "-" + std::to_string(++counter) + "-" +
               name_ + ".log");
  std::vector<std::string> argv_storage;
  argv_storage.push_back(binary.string());
  for (auto& a : arguments) argv_storage.push_back(std::move(a));
  std::vector<char*> argv;
  for (auto& a : argv_storage) argv.push_back(a.data());
  argv.push_back(nullptr);
  const int log_fd = ::open(log_path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (log_fd < 0) throw std::runtime_error("cannot create " + log_path_.string());
  pid_ = ::fork();
  if (pid_ < 0) {
    ::close(log_fd);
    throw std::runtime_error("fork failed");
  }
  if (pid_ == 0) {
    // No stdin: the emulators' stdin commands end at once and they keep serving.
    const int null_fd = ::open("/dev/null", O_RDONLY);
    if (null_fd >= 0) ::dup2(null_fd, STDIN_FILENO);
    ::dup2(log_fd, STDOUT_FILENO);
    ::dup2(log_fd, STDERR_FILENO);
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  ::close(log_fd);
}

ChildProcess::~ChildProcess() {
  if (pid_ > 0 && !exit_) Kill();
  if (!::getenv("VC_KEEP_LOGS")) {
    std::error_code ignored;
    std::filesystem::remove(log_path_, ignored);
  }
}

std::string ChildProcess::Log() const {
  std::ifstream in(log_path_);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

bool ChildProcess::LogContains(const std::string& pattern) const {
  return std::regex_search(Log(), std::regex(pattern));
}

size_t ChildProcess::CountInLog(const std::string& pattern) const {
  const std::string log = Log();
  const std::regex re(pattern);
  return static_cast<size_t>(std::distance(std::sregex_iterator(log.begin(), log.end(), re),
                                           std::sregex_iterator()));
}

std::optional<std::string> ChildProcess::WaitForLog(const std::string& pattern,
                                                    std::chrono::milliseconds timeout) {
  const std::regex re(pattern);
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (true) {
    const std::string log = Log();
    std::smatch match;
    if (std::regex_search(log, match, re)) return match.size() > 1 ? match[1].str() : match[0].str();
    if (!IsRunning() || std::chrono::steady_clock::now() >= deadline) return std::nullopt;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
}

void ChildProcess::Reap(int status) {
  Exit exit;
  if (WIFEXITED(status)) {
    exit.exited = true;
    exit.code = WEXITSTATUS(status);
  } else if (WIFSIGNALED(status)) {
    exit.signal = WTERMSIG(status);
  }
  exit_ = exit;
}

bool ChildProcess::IsRunning() {
  if (exit_) return false;
  int status = 0;
  if (::waitpid(pid_, &status, WNOHANG) == pid_) {
    Reap(status);
    return false;
  }
  return true;
}

std::optional<ChildProcess::Exit> ChildProcess::WaitExit(std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (IsRunning()) {
    if (std::chrono::steady_clock::now() >= deadline) return std::nullopt;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return exit_;
}

ChildProcess::Exit ChildProcess::Stop(std::chrono::milliseconds timeout, int signal) {
  if (!IsRunning()) return *exit_;
  ::kill(pid_, signal);
  if (auto exit = WaitExit(timeout)) return *exit;
  Kill();
  Exit killed = *exit_;
  killed.exited = false;
  return killed;
}

void ChildProcess::Kill() {
  if (!IsRunning()) return;
  ::kill(pid_, SIGKILL);
  int status = 0;
  if (::waitpid(pid_, &status, 0) == pid_) Reap(status);
}

}  // namespace vc::tests::room
