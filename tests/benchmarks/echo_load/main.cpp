// vc-echo-bench: the whole echo path under load, vc-mcu's echo room side by side with Janus's
// EchoTest in one run. See docs/benchmarks.md ("Echo path: vc-mcu vs Janus EchoTest").
//
//   vc-echo-bench [--peers N] [--rounds R] [--window SECONDS] [--setup-timeout SECONDS] [--janus]
//                 [--mcu-binary PATH] [--janus-binary PATH] [--janus-lib-dir PATH]
//                 [--janus-ice-interface NAME]
//
// Rounds alternate between the servers (vc-mcu, Janus, vc-mcu, ...) so that a noisy moment on a
// shared machine hurts both. Loopback only; a watchdog ends the run if anything hangs.

#include <unistd.h>

#include <atomic>
#include <condition_variable>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "tests/benchmarks/echo_load/BenchReport.hpp"
#include "tests/benchmarks/echo_load/EchoRound.hpp"
#include "tests/benchmarks/echo_load/JanusEchoSignaler.hpp"
#include "tests/benchmarks/echo_load/JanusProcess.hpp"
#include "tests/benchmarks/echo_load/McuEchoSignaler.hpp"
#include "tests/integration/McuProcess.hpp"

namespace {

using namespace std::chrono_literals;
using vc::tests::benchmarks::BenchReport;
using vc::tests::benchmarks::EchoRound;
using vc::tests::benchmarks::JanusProcess;

struct Arguments {
  int peers = 4;
  int rounds = 3;
  double window_seconds = 10;
  double setup_timeout_seconds = 30;
  bool janus = false;
  std::filesystem::path mcu_binary;
  JanusProcess::Options janus_options;
};

constexpr const char* kUsage =
    "usage: vc-echo-bench [--peers N] [--rounds R] [--window SECONDS] [--setup-timeout SECONDS]\n"
    "                     [--janus] [--mcu-binary PATH] [--janus-binary PATH] "
    "[--janus-lib-dir PATH]\n"
    "                     [--janus-ice-interface NAME]\n";

Arguments Parse(int argc, char** argv) {
  Arguments arguments;
  for (int i = 1; i < argc; ++i) {
    const std::string flag = argv[i];
    const auto value = [&]() -> std::string {
      if (i + 1 >= argc) throw std::invalid_argument(flag + " needs a value");
      return argv[++i];
    };
    if (flag == "--peers") {
      arguments.peers = std::stoi(value());
    } else if (flag == "--rounds") {
      arguments.rounds = std::stoi(value());
    } else if (flag == "--window") {
      arguments.window_seconds = std::stod(value());
    } else if (flag == "--setup-timeout") {
      arguments.setup_timeout_seconds = std::stod(value());
    } else if (flag == "--janus") {
      arguments.janus = true;
    } else if (flag == "--mcu-binary") {
      arguments.mcu_binary = value();
    } else if (flag == "--janus-binary") {
      arguments.janus_options.binary = value();
    } else if (flag == "--janus-ice-interface") {
      arguments.janus_options.ice_interface = value();
    } else if (flag == "--janus-lib-dir") {
      arguments.janus_options.library_dir = value();
    } else {
      throw std::invalid_argument("unknown argument " + flag);
    }
  }
  if (arguments.peers < 1 || arguments.peers > 32 || arguments.rounds < 1 ||
      arguments.rounds > 20 || arguments.window_seconds <= 0 || arguments.window_seconds > 120 ||
      arguments.setup_timeout_seconds <= 0 || arguments.setup_timeout_seconds > 120) {
    throw std::invalid_argument("out of range (peers 1-32, rounds 1-20, seconds 0-120)");
  }
  return arguments;
}

// --mcu-binary, else $VC_BIN_DIR/vc-mcu, else <build>/bin/vc-mcu next to <build>/bench/.
std::filesystem::path McuBinary(const Arguments& arguments) {
  if (!arguments.mcu_binary.empty()) return arguments.mcu_binary;
  auto from_environment = vc::tests::integration::McuProcess::DefaultBinary();
  if (!from_environment.empty()) return from_environment;
  std::error_code error;
  const auto self = std::filesystem::read_symlink("/proc/self/exe", error);
  return self.parent_path().parent_path() / "bin" / "vc-mcu";
}

std::chrono::milliseconds Milliseconds(double seconds) {
  return std::chrono::milliseconds(static_cast<long long>(seconds * 1000));
}

// Kills the servers and ends the process when the run outlives its bound.
class Watchdog {
 public:
  explicit Watchdog(std::chrono::steady_clock::duration limit)
      : thread_([this, deadline = std::chrono::steady_clock::now() + limit] {
          std::unique_lock lock(mutex_);
          if (done_changed_.wait_until(lock, deadline, [this] { return done_; })) return;
          std::cerr << "vc-echo-bench: watchdog: run exceeded its time bound, killing servers\n";
          for (const auto& pid : pids_) {
            if (pid > 0) ::kill(pid, SIGKILL);
          }
          std::_Exit(3);
        }) {}
  ~Watchdog() {
    {
      std::lock_guard lock(mutex_);
      done_ = true;
    }
    done_changed_.notify_all();
    thread_.join();
  }
  void Watch(int slot, pid_t pid) { pids_[slot] = pid; }

 private:
  std::mutex mutex_;
  std::condition_variable done_changed_;
  bool done_ = false;
  std::atomic<pid_t> pids_[2] = {-1, -1};
  std::thread thread_;
};

}  // namespace

int main(int argc, char** argv) {
  Arguments arguments;
  try {
    arguments = Parse(argc, argv);
  } catch (const std::exception& failure) {
    std::cerr << "vc-echo-bench: " << failure.what() << "\n" << kUsage;
    return 2;
  }
  EchoRound::Options round;
  round.peers = arguments.peers;
  round.window = Milliseconds(arguments.window_seconds);
  round.setup_timeout = Milliseconds(arguments.setup_timeout_seconds);
  const int servers = arguments.janus ? 2 : 1;
  Watchdog watchdog(60s + servers * arguments.rounds * (round.setup_timeout + round.window + 20s));

  std::unique_ptr<vc::tests::integration::McuProcess> mcu;
  std::unique_ptr<JanusProcess> janus;
  try {
    vc::tests::integration::McuProcess::Options options;
    options.binary = McuBinary(arguments);
    mcu = std::make_unique<vc::tests::integration::McuProcess>(options);
    watchdog.Watch(0, mcu->Pid());
    std::cout << "vc-mcu pid " << mcu->Pid() << " on 127.0.0.1:" << mcu->Port() << "\n";
    if (arguments.janus) {
      if (const auto why = JanusProcess::WhyUnavailable(arguments.janus_options); !why.empty()) {
        std::cout << "Janus not available: " << why << "; measuring vc-mcu only\n";
      } else {
        janus = std::make_unique<JanusProcess>(arguments.janus_options);
        watchdog.Watch(1, janus->Pid());
        std::cout << "janus pid " << janus->Pid() << " on 127.0.0.1:" << janus->HttpPort() << "\n";
      }
    }
  } catch (const std::exception& failure) {
    std::cerr << "vc-echo-bench: cannot start the servers: " << failure.what() << "\n";
    return 1;
  }

  BenchReport::ServerFigures mcu_figures{.name = "vc-mcu", .peers = arguments.peers};
  BenchReport::ServerFigures janus_figures{.name = "Janus", .peers = arguments.peers};
  bool all_flowing = true;
  for (int r = 0; r < arguments.rounds; ++r) {
    vc::tests::benchmarks::McuEchoSignaler mcu_signaler(mcu->Port(),
                                                        "echo-bench-" + std::to_string(r));
    round.server_pid = mcu->Pid();
    const auto ours = EchoRound::Run(mcu_signaler, round);
    BenchReport::Add(mcu_figures, ours);
    all_flowing = all_flowing && ours.all_flowing;
    std::cout << "round " << r + 1 << " vc-mcu: " << (ours.all_flowing ? "flowing" : "FAILED")
              << std::endl;
    if (janus) {
      std::this_thread::sleep_for(500ms);  // let the previous server go quiet
      vc::tests::benchmarks::JanusEchoSignaler janus_signaler(janus->HttpPort());
      round.server_pid = janus->Pid();
      const auto theirs = EchoRound::Run(janus_signaler, round);
      BenchReport::Add(janus_figures, theirs);
      all_flowing = all_flowing && theirs.all_flowing;
      std::cout << "round " << r + 1 << " Janus: " << (theirs.all_flowing ? "flowing" : "FAILED")
                << std::endl;
    }
    std::this_thread::sleep_for(500ms);
  }

  BenchReport::Print(
      std::cout, mcu_figures,
      janus ? std::optional<BenchReport::ServerFigures>(janus_figures) : std::nullopt);
  const auto status = mcu->Stop(5s);
  if (janus) janus->Stop(5s);
  if (!status.exited || status.code != 0) {
    std::cerr << "vc-mcu did not stop cleanly; log:\n" << mcu->Log() << "\n";
    all_flowing = false;
  }
  if (janus && janus_figures.failed_peers > 0) {
    const std::string log = janus->Log();
    constexpr size_t kTail = 4000;
    std::cerr << "janus log (tail):\n"
              << log.substr(log.size() > kTail ? log.size() - kTail : 0) << "\n";
  }
  return all_flowing ? 0 : 1;
}
