// vc-audio-bench: vc-mcu's audio conference vs Janus's AudioBridge under vc-load, in one run.
// See docs/benchmarks.md ("Audio mixing"). For each N of --sizes and each of --runs runs it starts
// a fresh vc-mcu (and, with --janus, a fresh Janus with only AudioBridge and the HTTP transport on
// 127.0.0.1), runs vc-load against it with K talkers, and takes the server's CPU time over
// vc-load's window (utime+stime from /proc/PID/stat, read by vc-load with --server-pid) and the
// server-added delay of the marked burst. Prints each measurement, then medians over the runs
// and the ratio vc-mcu/Janus. Every step is bounded (vc-load is killed past its time limit).
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "tests/benchmarks/audio_load/LoadInvocation.hpp"
#include "tests/benchmarks/echo_load/JanusProcess.hpp"
#include "tests/benchmarks/echo_load/RunFigures.hpp"
#include "tests/integration/McuProcess.hpp"

namespace {

using vc::tests::benchmarks::JanusProcess;
using vc::tests::benchmarks::LoadInvocation;
using vc::tests::benchmarks::Field;
using vc::tests::benchmarks::Fixed;
using vc::tests::benchmarks::Median;
using vc::tests::benchmarks::MedianCell;
using nlohmann::json;

constexpr const char* kUsage =
    "usage: vc-audio-bench [--sizes 10,50,100] [--talkers K] [--seconds S] [--runs R] [--janus]\n"
    "                      [--setup-timeout S] [--mcu-binary PATH] [--load-binary PATH]\n"
    "                      [--janus-binary PATH] [--janus-lib-dir PATH] [--janus-ice-interface NAME]\n";

struct Arguments {
  std::vector<int> sizes{10, 50, 100};
  int talkers = 3;
  double seconds = 20;
  int runs = 1;
  double setup_timeout = 90;
  bool janus = false;
  std::filesystem::path mcu_binary, load_binary;
  JanusProcess::Options janus_options;
};

std::vector<int> ParseSizes(const std::string& text) {
  std::vector<int> sizes;
  std::stringstream in(text);
  std::string item;
  while (std::getline(in, item, ',')) {
    const int size = std::stoi(item);
    if (size < 1 || size > 1000) throw std::invalid_argument("--sizes: each N must be in 1..1000");
    sizes.push_back(size);
  }
  if (sizes.empty()) throw std::invalid_argument("--sizes needs at least one N");
  return sizes;
}

Arguments Parse(int argc, char** argv) {
  Arguments arguments;
  for (int i = 1; i < argc; ++i) {
    const std::string flag = argv[i];
    const auto value = [&]() -> std::string {
      if (i + 1 >= argc) throw std::invalid_argument(flag + " needs a value");
      return argv[++i];
    };
    if (flag == "--sizes") arguments.sizes = ParseSizes(value());
    else if (flag == "--talkers") arguments.talkers = std::stoi(value());
    else if (flag == "--seconds") arguments.seconds = std::stod(value());
    else if (flag == "--runs") arguments.runs = std::stoi(value());
    else if (flag == "--setup-timeout") arguments.setup_timeout = std::stod(value());
    else if (flag == "--janus") arguments.janus = true;
    else if (flag == "--mcu-binary") arguments.mcu_binary = value();
    else if (flag == "--load-binary") arguments.load_binary = value();
    else if (flag == "--janus-binary") arguments.janus_options.binary = value();
    else if (flag == "--janus-lib-dir") arguments.janus_options.library_dir = value();
    else if (flag == "--janus-ice-interface") arguments.janus_options.ice_interface = value();
    else throw std::invalid_argument("unknown option " + flag);
  }
  if (arguments.runs < 1 || arguments.runs > 20) throw std::invalid_argument("--runs must be in 1..20");
  if (arguments.talkers < 0 || !(arguments.seconds >= 1) || !(arguments.setup_timeout >= 5)) {
    throw std::invalid_argument("--talkers >= 0, --seconds >= 1, --setup-timeout >= 5");
  }
  for (int size : arguments.sizes) {
    if (arguments.talkers > size) throw std::invalid_argument("--talkers exceeds an N of --sizes");
  }
  arguments.janus_options.plugin = "libjanus_audiobridge.so";
  arguments.janus_options.plugin_config_name = "janus.plugin.audiobridge.jcfg";
  // Rooms are created by vc-load; no events, no plain-RTP ports beyond loopback.
  arguments.janus_options.plugin_config =
      "general: {\n  events = false\n  string_ids = false\n  local_ip = \"127.0.0.1\"\n}\n";
  arguments.janus_options.session_timeout_seconds = 0;  // vc-load does not keep sessions alive
  return arguments;
}

// --X-binary, else $VC_BIN_DIR/NAME, else <build>/bin/NAME next to <build>/bench/.
std::filesystem::path Binary(const std::filesystem::path& given, const std::string& name) {
  if (!given.empty()) return given;
  if (const char* dir = std::getenv("VC_BIN_DIR"); dir != nullptr && *dir != '\0') {
    return std::filesystem::path(dir) / name;
  }
  std::error_code error;
  const auto self = std::filesystem::read_symlink("/proc/self/exe", error);
  return self.parent_path().parent_path() / "bin" / name;
}

std::optional<json> Measure(const Arguments& arguments, bool janus, int size, int run) {
  std::unique_ptr<vc::tests::integration::McuProcess> mcu;
  std::unique_ptr<JanusProcess> janus_process;
  LoadInvocation load;
  load.binary = Binary(arguments.load_binary, "vc-load");
  load.timeout = std::chrono::seconds(static_cast<int>(arguments.setup_timeout + arguments.seconds + 60));
  const std::string seconds = std::to_string(arguments.seconds);
  load.arguments = {"--participants", std::to_string(size), "--talkers", std::to_string(arguments.talkers),
                    "--seconds", seconds, "--setup-timeout", std::to_string(arguments.setup_timeout),
                    "--json"};
  try {
    if (janus) {
      janus_process = std::make_unique<JanusProcess>(arguments.janus_options);
      load.arguments.insert(load.arguments.end(),
                            {"--target", "janus", "--janus",
                             "http://127.0.0.1:" + std::to_string(janus_process->HttpPort()) + "/janus",
                             "--room", std::to_string(1000 + size), "--server-pid",
                             std::to_string(janus_process->Pid())});
    } else {
      vc::tests::integration::McuProcess::Options options;
      options.binary = Binary(arguments.mcu_binary, "vc-mcu");
      mcu = std::make_unique<vc::tests::integration::McuProcess>(options);
      load.arguments.insert(load.arguments.end(),
                            {"--target", "mcu", "--mcu",
                             "ws://127.0.0.1:" + std::to_string(mcu->Port()) + "/ws", "--room",
                             "audio-bench-" + std::to_string(size) + "-" + std::to_string(run),
                             "--server-pid", std::to_string(mcu->Pid())});
    }
  } catch (const std::exception& e) {
    std::cerr << "vc-audio-bench: cannot start " << (janus ? "Janus" : "vc-mcu") << ": " << e.what() << "\n";
    return std::nullopt;
  }
  std::string why;
  auto report = load.Run(&why);
  if (!report) std::cerr << "vc-audio-bench: " << why << "\n";
  return report;
}

std::string Cell(const std::vector<json>& reports, const char* name, int decimals) {
  return MedianCell(Field(reports, name), decimals);
}

}  // namespace

int main(int argc, char** argv) {
  Arguments arguments;
  try {
    for (int i = 1; i < argc; ++i) {
      if (std::string(argv[i]) == "--help" || std::string(argv[i]) == "-h") {
        std::cout << kUsage
                  << "vc-mcu vs Janus AudioBridge under vc-load: server CPU-s per s and the\n"
                     "server-added delay (p50/p95) per N. Janus needs tests/benchmarks/echo_load/netns.sh.\n";
        return 0;
      }
    }
    arguments = Parse(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "vc-audio-bench: " << e.what() << "\n" << kUsage;
    return 2;
  }
  if (arguments.janus) {
    if (const auto why = JanusProcess::WhyUnavailable(arguments.janus_options); !why.empty()) {
      std::cerr << "vc-audio-bench: Janus not measured: " << why << "\n";
      arguments.janus = false;
    }
  }
  bool all_ok = true;
  std::cout << "N, K=" << arguments.talkers << ", window " << arguments.seconds << " s, "
            << arguments.runs << " run(s)\n";
  for (int size : arguments.sizes) {
    std::vector<json> mcu_reports, janus_reports;
    for (int run = 1; run <= arguments.runs; ++run) {
      for (bool janus : {false, true}) {
        if (janus && !arguments.janus) continue;
        auto report = Measure(arguments, janus, size, run);
        if (!report) {
          all_ok = false;
          continue;
        }
        std::cout << "  N=" << size << " run " << run << " " << (janus ? "janus" : "vc-mcu") << ": "
                  << report->dump() << "\n";
        all_ok = all_ok && report->value("connected", 0) == size;
        (janus ? janus_reports : mcu_reports).push_back(std::move(*report));
      }
    }
    std::cout << "N=" << size << ": vc-mcu CPU-s/s " << Cell(mcu_reports, "server_cpu_per_s", 3)
              << ", delay p50 " << Cell(mcu_reports, "delay_ms_p50", 1) << " ms, p95 "
              << Cell(mcu_reports, "delay_ms_p95", 1) << " ms, loss "
              << Cell(mcu_reports, "loss_percent", 2) << " %";
    if (arguments.janus) {
      const double mcu_cpu = Median(Field(mcu_reports, "server_cpu_per_s"));
      const double janus_cpu = Median(Field(janus_reports, "server_cpu_per_s"));
      std::cout << " | Janus CPU-s/s " << Cell(janus_reports, "server_cpu_per_s", 3) << ", delay p50 "
                << Cell(janus_reports, "delay_ms_p50", 1) << " ms, p95 "
                << Cell(janus_reports, "delay_ms_p95", 1) << " ms, loss "
                << Cell(janus_reports, "loss_percent", 2) << " % | ratio vc-mcu/Janus "
                << (janus_cpu > 0 ? Fixed(mcu_cpu / janus_cpu, 2) : "n/a");
    }
    std::cout << std::endl;
  }
  return all_ok ? 0 : 1;
}
