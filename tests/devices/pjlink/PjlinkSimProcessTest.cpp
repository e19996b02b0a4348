// vc-pjlink-sim as a process: the command line, the listening line, state lines on stderr, run-time
// faults on stdin, and PjlinkProjector driving it over loopback.
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <thread>

#include <gtest/gtest.h>

#include "devices/pjlink/PjlinkProjector.hpp"
#include "tests/devices/pjlink/PjlinkTestSupport.hpp"

extern char** environ;

namespace vc::devices::pjlink {
namespace {

using namespace std::chrono_literals;
namespace fs = std::filesystem;

fs::path SimBinary() {
  const char* dir = std::getenv("VC_BIN_DIR");
  return dir == nullptr ? fs::path() : fs::path(dir) / "vc-pjlink-sim";
}

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// One vc-pjlink-sim child with stdout/stderr in files and stdin on a pipe. Every wait is bounded.
class SimProcess {
 public:
  explicit SimProcess(const std::vector<std::string>& arguments) {
    static int counter = 0;
    dir_ = fs::temp_directory_path() / ("vc-pjlink-sim-test-" + std::to_string(::getpid()) + "-" +
                                        std::to_string(counter++));
    fs::create_directories(dir_);
    int pipe_fds[2];
    if (::pipe(pipe_fds) != 0) throw std::runtime_error("pipe failed");
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipe_fds[0], 0);
    posix_spawn_file_actions_addclose(&actions, pipe_fds[1]);
    posix_spawn_file_actions_addopen(&actions, 1, (dir_ / "out").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, 2, (dir_ / "err").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const std::string binary = SimBinary().string();
    std::vector<std::string> storage{binary};
    storage.insert(storage.end(), arguments.begin(), arguments.end());
    std::vector<char*> argv;
    for (auto& argument : storage) argv.push_back(argument.data());
    argv.push_back(nullptr);
    const int error = posix_spawn(&pid_, binary.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(pipe_fds[0]);
    stdin_ = pipe_fds[1];
    if (error != 0) throw std::runtime_error("cannot spawn " + binary);
  }
  ~SimProcess() {
    if (stdin_ >= 0) ::close(stdin_);
    Stop();
    std::error_code ignored;
    fs::remove_all(dir_, ignored);
  }

  std::string Out() const { return ReadFile(dir_ / "out"); }
  std::string Err() const { return ReadFile(dir_ / "err"); }

  bool WaitFor(const std::function<bool()>& condition, std::chrono::milliseconds limit = 15s) {
    const auto deadline = std::chrono::steady_clock::now() + limit;
    while (!condition() && std::chrono::steady_clock::now() < deadline) std::this_thread::sleep_for(20ms);
    return condition();
  }
  uint16_t Port() {
    const std::string marker = "listening on 127.0.0.1:";
    if (!WaitFor([&] { return Out().find(marker) != std::string::npos; })) return 0;
    const std::string out = Out();
    return static_cast<uint16_t>(std::stoi(out.substr(out.find(marker) + marker.size())));
  }
  void SendCommand(const std::string& line) {
    const std::string text = line + "\n";
    ASSERT_EQ(::write(stdin_, text.data(), text.size()), static_cast<ssize_t>(text.size()));
  }
  // Exit code after SIGTERM, or -1 when it had to be killed.
  int Stop() {
    if (pid_ <= 0) return exit_code_;
    ::kill(pid_, SIGTERM);
    for (int i = 0; i < 500; ++i) {
      int status = 0;
      if (::waitpid(pid_, &status, WNOHANG) == pid_) {
        pid_ = -1;
        exit_code_ = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        return exit_code_;
      }
      std::this_thread::sleep_for(10ms);
    }
    ::kill(pid_, SIGKILL);
    ::waitpid(pid_, nullptr, 0);
    pid_ = -1;
    return -1;
  }
  // Waits for a process that exits by itself (e.g. --help).
  int Wait() {
    for (int i = 0; i < 1000 && pid_ > 0; ++i) {
      int status = 0;
      if (::waitpid(pid_, &status, WNOHANG) == pid_) {
        pid_ = -1;
        exit_code_ = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
      } else {
        std::this_thread::sleep_for(10ms);
      }
    }
    return pid_ > 0 ? Stop() : exit_code_;
  }

 private:
  fs::path dir_;
  pid_t pid_ = -1;
  int stdin_ = -1;
  int exit_code_ = -1;
};

class PjlinkSimProcessTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (SimBinary().empty() || !fs::exists(SimBinary())) GTEST_SKIP() << "VC_BIN_DIR/vc-pjlink-sim not built";
  }
  PjlinkProjector::Options Options(uint16_t port, std::string password = "") {
    PjlinkProjector::Options options;
    options.connection.host = "127.0.0.1";
    options.connection.port = port;
    options.connection.password = std::move(password);
    options.connection.reply_timeout = 3s;
    options.poll_interval = 100ms;
    options.warmup_timeout = 30s;
    options.cooldown_timeout = 30s;
    return options;
  }
  boost::asio::io_context io_;
};

TEST_F(PjlinkSimProcessTest, HelpAndBadArguments) {
  SimProcess help({"--help"});
  EXPECT_EQ(help.Wait(), 0);
  EXPECT_NE(help.Out().find("usage: vc-pjlink-sim"), std::string::npos);

  SimProcess bad({"--fault", "smoke"});
  EXPECT_NE(bad.Wait(), 0);
  EXPECT_EQ(bad.Err(), "vc-pjlink-sim: --fault: unknown fault 'smoke'\n");

  SimProcess bad_input({"--inputs", "11,99"});
  EXPECT_NE(bad_input.Wait(), 0);
  EXPECT_NE(bad_input.Err().find("--inputs"), std::string::npos);
}

TEST_F(PjlinkSimProcessTest, PowerOnWarmUpInputThenPowerOffWithPassword) {
  SimProcess sim({"--listen", "127.0.0.1:0", "--password", "panel", "--inputs", "11,31", "--warmup-ms", "500",
                  "--cooldown-ms", "300", "--name", "Room 101"});
  const uint16_t port = sim.Port();
  ASSERT_NE(port, 0) << sim.Err();
  PjlinkProjector projector(io_, Options(port, "panel"));
  std::optional<DeviceResult> on;
  projector.PowerOn("31", nullptr, [&](DeviceResult result) { on = std::move(result); });
  ASSERT_TRUE(RunUntil(io_, [&] { return on.has_value(); }, 30s));
  ASSERT_TRUE(on->ok()) << on->message;
  EXPECT_TRUE(sim.WaitFor([&] { return sim.Err().find("pjlink-sim: input=31") != std::string::npos; }));
  const std::string err = sim.Err();
  EXPECT_LT(err.find("power=warming"), err.find("power=on"));
  EXPECT_LT(err.find("power=on"), err.find("input=31"));

  std::optional<std::string> name;
  projector.Client().GetName([&](DeviceResult, std::string value) { name = value; });
  ASSERT_TRUE(RunUntil(io_, [&] { return name.has_value(); }));
  EXPECT_EQ(*name, "Room 101");

  std::optional<DeviceResult> off;
  projector.PowerOff([&](DeviceResult result) { off = std::move(result); });
  ASSERT_TRUE(RunUntil(io_, [&] { return off.has_value(); }, 30s));
  EXPECT_TRUE(off->ok()) << off->message;
  EXPECT_TRUE(sim.WaitFor([&] { return sim.Err().find("power=off\n", sim.Err().find("power=cooling")) != std::string::npos; }));
  EXPECT_EQ(sim.Stop(), 0);
}

TEST_F(PjlinkSimProcessTest, FaultsInjectedOnStdinAndOnTheCommandLine) {
  SimProcess sim({"--listen", "127.0.0.1:0"});
  const uint16_t port = sim.Port();
  ASSERT_NE(port, 0) << sim.Err();
  sim.SendCommand("fault lamp");
  ASSERT_TRUE(sim.WaitFor([&] { return sim.Err().find("fault=lamp") != std::string::npos; }));
  PjlinkProjector projector(io_, Options(port));
  std::optional<std::pair<DeviceResult, ProjectorStatus>> status;
  projector.QueryStatus([&](DeviceResult result, ProjectorStatus value) { status.emplace(result, value); });
  ASSERT_TRUE(RunUntil(io_, [&] { return status.has_value(); }));
  EXPECT_EQ(status->second.error, "lamp error");

  SimProcess silent({"--listen", "127.0.0.1:0", "--fault", "no-answer"});
  const uint16_t silent_port = silent.Port();
  ASSERT_NE(silent_port, 0);
  auto options = Options(silent_port);
  options.connection.reply_timeout = 500ms;
  PjlinkProjector mute(io_, options);
  std::optional<DeviceResult> on;
  mute.PowerOn("31", nullptr, [&](DeviceResult result) { on = std::move(result); });
  ASSERT_TRUE(RunUntil(io_, [&] { return on.has_value(); }, 30s));
  EXPECT_EQ(on->kind, DeviceErrorKind::kTimeout);
}

}  // namespace
}  // namespace vc::devices::pjlink
