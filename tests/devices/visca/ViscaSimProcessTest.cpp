// vc-visca-sim as a process ($VC_BIN_DIR/vc-visca-sim): command line, the listening line on
// stdout, and a preset recall by ViscaCamera showing up as a line on its stderr.
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <regex>
#include <sstream>
#include <thread>

#include "devices/visca/ViscaCamera.hpp"
#include "tests/devices/visca/ViscaTestLoop.hpp"

extern char** environ;

namespace vc::devices::visca {
namespace {

using namespace std::chrono_literals;
namespace fs = std::filesystem;

fs::path Binary() {
  const char* dir = std::getenv("VC_BIN_DIR");
  return dir ? fs::path(dir) / "vc-visca-sim" : fs::path();
}

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// One child with stdout and stderr in files; SIGKILLed by the destructor if still running.
class SimProcess {
 public:
  explicit SimProcess(const std::vector<std::string>& args) {
    static int counter = 0;
    const fs::path base = fs::temp_directory_path() /
                          ("visca-sim-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    out_ = base.string() + ".out";
    err_ = base.string() + ".err";
    std::vector<std::string> all{Binary().string()};
    all.insert(all.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& arg : all) argv.push_back(arg.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int rc = ::posix_spawn(&pid_, all[0].c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) pid_ = -1;
  }
  ~SimProcess() {
    if (pid_ > 0 && !status_) {
      ::kill(pid_, SIGKILL);
      int status = 0;
      ::waitpid(pid_, &status, 0);
    }
    std::error_code ignored;
    fs::remove(out_, ignored);
    fs::remove(err_, ignored);
  }
  bool Started() const { return pid_ > 0; }
  std::string Out() const { return ReadFile(out_); }
  std::string Err() const { return ReadFile(err_); }

  // Exit code, or nullopt when it did not exit within `limit`.
  std::optional<int> Wait(std::chrono::milliseconds limit) {
    const auto deadline = std::chrono::steady_clock::now() + limit;
    while (!status_ && std::chrono::steady_clock::now() < deadline) {
      int status = 0;
      if (::waitpid(pid_, &status, WNOHANG) == pid_) {
        status_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
      } else {
        std::this_thread::sleep_for(10ms);
      }
    }
    return status_;
  }
  std::optional<int> Stop() {
    if (!status_) ::kill(pid_, SIGTERM);
    return Wait(10000ms);
  }

  // Polls a file until `pattern` matches, bounded.
  std::optional<std::smatch> AwaitIn(bool out, const std::regex& pattern, std::chrono::milliseconds limit,
                                     std::string& text) {
    const auto deadline = std::chrono::steady_clock::now() + limit;
    while (std::chrono::steady_clock::now() < deadline) {
      text = out ? Out() : Err();
      std::smatch match;
      if (std::regex_search(text, match, pattern)) return match;
      std::this_thread::sleep_for(20ms);
    }
    return std::nullopt;
  }

 private:
  std::string out_;
  std::string err_;
  pid_t pid_ = -1;
  std::optional<int> status_;
};

class ViscaSimProcessTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (Binary().empty() || !fs::exists(Binary())) GTEST_SKIP() << "VC_BIN_DIR/vc-visca-sim not built";
  }
};

TEST_F(ViscaSimProcessTest, HelpExitsZero) {
  SimProcess sim({"--help"});
  ASSERT_TRUE(sim.Started());
  EXPECT_EQ(sim.Wait(10000ms), 0);
  EXPECT_NE(sim.Out().find("usage: vc-visca-sim"), std::string::npos);
}

TEST_F(ViscaSimProcessTest, BadArgumentsExitNonZeroWithOneLine) {
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"--fault", "sometimes"}, {"--listen", "localhost:1"}, {"--move-ms"}, {"--what"}}) {
    SimProcess sim(args);
    ASSERT_TRUE(sim.Started());
    EXPECT_EQ(sim.Wait(10000ms), 2) << args[0];
    const std::string err = sim.Err();
    EXPECT_EQ(std::count(err.begin(), err.end(), '\n'), 1) << err;
    EXPECT_EQ(err.rfind("vc-visca-sim: ", 0), 0u) << err;
  }
}

TEST_F(ViscaSimProcessTest, RecallPresetIsLoggedOnStderr) {
  SimProcess sim({"--listen", "127.0.0.1:0", "--move-ms", "50"});
  ASSERT_TRUE(sim.Started());
  std::string text;
  auto listening = sim.AwaitIn(true, std::regex(R"(listening on 127\.0\.0\.1:(\d+)\n)"), 10000ms, text);
  ASSERT_TRUE(listening) << "stdout: " << text << "\nstderr: " << sim.Err();
  const int port = std::stoi((*listening)[1]);
  ASSERT_GT(port, 0);

  boost::asio::io_context io;
  ViscaCamera::Options options;
  options.host = "127.0.0.1";
  options.port = static_cast<uint16_t>(port);
  options.reply_timeout = 2000ms;
  ViscaCamera camera(io, options);
  std::optional<DeviceResult> result;
  camera.RecallPreset(2, [&](DeviceResult r) { result = r; });
  ASSERT_TRUE(testing::RunUntil(io, [&] { return result.has_value(); }));
  EXPECT_TRUE(result->ok()) << result->message;
  EXPECT_TRUE(sim.AwaitIn(false, std::regex("preset recalled 2\n"), 10000ms, text)) << text;
  EXPECT_NE(text.find("sequence reset"), std::string::npos);
  EXPECT_EQ(sim.Stop(), 0);
}

TEST_F(ViscaSimProcessTest, PortInUseFailsWithOneLine) {
  SimProcess first({"--listen", "127.0.0.1:0"});
  std::string text;
  auto listening = first.AwaitIn(true, std::regex(R"(listening on 127\.0\.0\.1:(\d+)\n)"), 10000ms, text);
  ASSERT_TRUE(listening) << text;
  SimProcess second({"--listen", "127.0.0.1:" + std::string((*listening)[1])});
  EXPECT_EQ(second.Wait(10000ms), 1);
  EXPECT_NE(second.Err().find("cannot listen on 127.0.0.1:"), std::string::npos) << second.Err();
}

}  // namespace
}  // namespace vc::devices::visca
