// vc-video-bench: the whole vc-mcu process composing video (issue 4), and beside it in the same
// run the naive GStreamer baseline on the same VP8 streams. See docs/benchmarks.md ("Video
// composition"). For each N of --sizes, each R of --receivers and each of --runs runs: a fresh
// vc-mcu, N senders (640x360 15 fps VP8, pre-encoded once per sender with libvpx and replayed
// with fresh RTP timestamps) and R receivers of the 1280x720 30 fps composite over the MCU's
// own WebRTC transport in client mode (VideoRun.hpp); then tests/benchmarks/video_composer/
// gst-baseline.sh (per-sender vp8dec -> compositor -> one vp8enc per receiver) on the first
// four senders' IVF files. Prints each measurement as JSON, then medians per N and R, the
// R-max/R-min cost ratio and the baseline's CPU per output second.
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "common/log/Log.hpp"
#include "tests/benchmarks/echo_load/RunFigures.hpp"
#include "tests/benchmarks/video_load/SenderClip.hpp"
#include "tests/benchmarks/video_load/VideoRun.hpp"
#include "tests/integration/McuProcess.hpp"

namespace {

using nlohmann::json;
using vc::tests::benchmarks::Field;
using vc::tests::benchmarks::Fixed;
using vc::tests::benchmarks::Median;
using vc::tests::benchmarks::MedianCell;
using vc::tests::video_load::SenderClip;

constexpr const char* kUsage =
    "usage: vc-video-bench [--sizes 4,9,16,25,49] [--receivers 1,50] [--runs R] [--seconds S]\n"
    "                      [--warmup S] [--setup-timeout S] [--video-fps F] [--no-baseline]\n"
    "                      [--baseline-receivers 1,50] [--baseline-runs R] [--baseline-heavy-runs R]\n"
    "                      [--mcu-binary PATH]\n"
    "                      [--baseline-script PATH] [--help]\n";
constexpr const char* kHelp =
    "Measures vc-mcu's video composition under N VP8 senders (640x360 15 fps) and R receivers of\n"
    "the 1280x720 composite: the MCU's CPU-s per second of output video (utime+stime from\n"
    "/proc/PID/stat over the window), composite frames per second at the receivers, and the\n"
    "glass-to-glass delay sender -> composite (p50/p95; each sender paints a frame code that the\n"
    "probe receiver reads back from the decoded composite). Receivers are the first senders\n"
    "(sendrecv) and, beyond N, receive-only sites. Then the naive GStreamer baseline\n"
    "(gst-baseline.sh) on the same streams with one vp8enc per receiver. Exit status 0 when\n"
    "every site connected and every measurement produced its numbers.\n";

struct Arguments {
  std::vector<int> sizes{4, 9, 16, 25, 49};
  std::vector<int> receivers{1, 50};
  std::optional<std::vector<int>> baseline_receivers;
  int runs = 1;
  std::optional<int> baseline_runs;
  std::optional<int> baseline_heavy_runs;  // runs for R > 1 (50 encoders take long)
  double seconds = 10, warmup = 3, setup_timeout = 60;
  int video_fps = 30;
  bool baseline = true;
  std::filesystem::path mcu_binary, baseline_script;
};

std::vector<int> ParseList(const std::string& flag, const std::string& text, int low, int high) {
  std::vector<int> values;
  std::stringstream in(text);
  std::string item;
  while (std::getline(in, item, ',')) {
    size_t used = 0;
    const int value = std::stoi(item, &used);
    if (used != item.size() || value < low || value > high) {
      throw std::invalid_argument(flag + ": each value must be in " + std::to_string(low) + ".." + std::to_string(high));
    }
    values.push_back(value);
  }
  if (values.empty()) throw std::invalid_argument(flag + " needs at least one value");
  return values;
}

Arguments Parse(int argc, char** argv) {
  Arguments a;
  for (int i = 1; i < argc; ++i) {
    const std::string flag = argv[i];
    const auto value = [&]() -> std::string {
      if (i + 1 >= argc) throw std::invalid_argument(flag + " needs a value");
      return argv[++i];
    };
    if (flag == "--sizes") a.sizes = ParseList(flag, value(), 1, 63);
    else if (flag == "--receivers") a.receivers = ParseList(flag, value(), 1, 100);
    else if (flag == "--baseline-receivers") a.baseline_receivers = ParseList(flag, value(), 1, 100);
    else if (flag == "--runs") a.runs = std::stoi(value());
    else if (flag == "--baseline-runs") a.baseline_runs = std::stoi(value());
    else if (flag == "--baseline-heavy-runs") a.baseline_heavy_runs = std::stoi(value());
    else if (flag == "--seconds") a.seconds = std::stod(value());
    else if (flag == "--warmup") a.warmup = std::stod(value());
    else if (flag == "--setup-timeout") a.setup_timeout = std::stod(value());
    else if (flag == "--video-fps") a.video_fps = std::stoi(value());
    else if (flag == "--no-baseline") a.baseline = false;
    else if (flag == "--mcu-binary") a.mcu_binary = value();
    else if (flag == "--baseline-script") a.baseline_script = value();
    else throw std::invalid_argument("unknown option " + flag);
  }
  for (int runs : {a.runs, a.baseline_runs.value_or(1), a.baseline_heavy_runs.value_or(1)}) {
    if (runs < 1 || runs > 20) throw std::invalid_argument("--runs, --baseline-runs, --baseline-heavy-runs: 1..20");
  }
  if (!(a.seconds >= 1) || !(a.warmup >= 0) || !(a.setup_timeout >= 5)) {
    throw std::invalid_argument("--seconds >= 1, --warmup >= 0, --setup-timeout >= 5");
  }
  if (a.video_fps < 1 || a.video_fps > 60) throw std::invalid_argument("--video-fps must be in 1..60");
  return a;
}

// --mcu-binary, else $VC_BIN_DIR/vc-mcu, else <build>/bin/vc-mcu next to <build>/bench/.
std::filesystem::path McuBinary(const std::filesystem::path& given) {
  if (!given.empty()) return given;
  if (const char* dir = std::getenv("VC_BIN_DIR"); dir != nullptr && *dir != '\0') {
    return std::filesystem::path(dir) / "vc-mcu";
  }
  std::error_code error;
  return std::filesystem::read_symlink("/proc/self/exe", error).parent_path().parent_path() / "bin" / "vc-mcu";
}

// The 1-minute load average (the machine is shared: say how busy it was).
double LoadAverage() {
  double one = -1;
  if (FILE* file = std::fopen("/proc/loadavg", "r")) {
    if (std::fscanf(file, "%lf", &one) != 1) one = -1;
    std::fclose(file);
  }
  return one;
}

std::optional<json> MeasureMcu(const Arguments& a, const std::vector<const SenderClip*>& clips, int n, int r, int run) {
  std::unique_ptr<vc::tests::integration::McuProcess> mcu;
  try {
    vc::tests::integration::McuProcess::Options options;
    options.binary = McuBinary(a.mcu_binary);
    options.extra_arguments = {"--video-fps", std::to_string(a.video_fps)};
    mcu = std::make_unique<vc::tests::integration::McuProcess>(options);
  } catch (const std::exception& e) {
    std::cerr << "vc-video-bench: cannot start vc-mcu: " << e.what() << "\n";
    return std::nullopt;
  }
  vc::tests::video_load::VideoRunOptions options;
  options.mcu_url = "ws://127.0.0.1:" + std::to_string(mcu->Port()) + "/ws";
  options.room = "video-bench-" + std::to_string(n) + "-" + std::to_string(r) + "-" + std::to_string(run);
  options.senders = n;
  options.receivers = r;
  options.seconds = a.seconds;
  options.warmup_seconds = a.warmup;
  options.setup_timeout_seconds = a.setup_timeout;
  options.server_pid = mcu->Pid();
  options.output_fps = a.video_fps;
  try {
    const double load_before = LoadAverage();
    auto report = vc::tests::video_load::RunVideo(options, clips);
    report["loadavg_1m_before"] = load_before;
    report["loadavg_1m_after"] = LoadAverage();
    mcu->Stop();
    return report;
  } catch (const std::exception& e) {
    std::cerr << "vc-video-bench: N=" << n << " R=" << r << ": " << e.what() << "\n";
    return std::nullopt;
  }
}

std::optional<double> MeasureBaseline(const Arguments& a, const std::filesystem::path& inputs, int n, int r) {
  // The script checks its arguments and tools; bounded by timeout(1) like every step here.
  const std::string command = "VC_BASELINE_INPUT_DIR='" + inputs.string() + "' VC_BENCH_WORK='" + inputs.string() +
                              "' timeout 900 '" + a.baseline_script.string() + "' " + std::to_string(n) + " " +
                              std::to_string(r) + " 10";
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) return std::nullopt;
  std::string output;
  char buffer[512];
  while (std::fgets(buffer, sizeof(buffer), pipe) != nullptr) output += buffer;
  const int status = ::pclose(pipe);
  const auto at = output.find("cpu_per_output_s=");
  if (status != 0 || at == std::string::npos) {
    std::cerr << "vc-video-bench: baseline N=" << n << " R=" << r << " failed: " << output << "\n";
    return std::nullopt;
  }
  std::cout << "  " << output.substr(0, output.find_last_not_of('\n') + 1) << " loadavg_1m_after=" << LoadAverage()
            << std::endl;
  return std::stod(output.substr(at + 17));
}

}  // namespace

int main(int argc, char** argv) {
  Arguments a;
  try {
    for (int i = 1; i < argc; ++i) {
      if (std::string(argv[i]) == "--help" || std::string(argv[i]) == "-h") {
        std::cout << kUsage << "\n" << kHelp;
        return 0;
      }
    }
    a = Parse(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "vc-video-bench: " << e.what() << "\n" << kUsage;
    return 2;
  }
  if (a.baseline_script.empty()) a.baseline_script = VC_SOURCE_DIR "/tests/benchmarks/video_composer/gst-baseline.sh";
  vc::common::log::SetMinimumLevel(vc::common::log::Level::kWarn);

  // Pre-encode every sender's clip once (before any vc-mcu runs, so it is not measured).
  const int max_n = *std::max_element(a.sizes.begin(), a.sizes.end());
  std::vector<std::unique_ptr<SenderClip>> owned;
  std::vector<const SenderClip*> clips;
  std::error_code error;
  const auto inputs = std::filesystem::temp_directory_path() / ("vc-video-bench-" + std::to_string(::getpid()));
  try {
    for (int i = 0; i < max_n; ++i) {
      owned.push_back(std::make_unique<SenderClip>(i));
      clips.push_back(owned.back().get());
    }
    std::filesystem::create_directories(inputs);
    for (int i = 0; i < std::min(max_n, 4); ++i) owned[i]->WriteIvf(inputs / ("sender-" + std::to_string(i) + ".ivf"));
    // gst-baseline.sh reads sender-(i%4).ivf: with fewer than 4 senders, repeat the first.
    for (int i = max_n; i < 4; ++i) owned[0]->WriteIvf(inputs / ("sender-" + std::to_string(i) + ".ivf"));
  } catch (const std::exception& e) {
    std::cerr << "vc-video-bench: preparing sender streams: " << e.what() << "\n";
    std::filesystem::remove_all(inputs, error);
    return 1;
  }
  std::cerr << "vc-video-bench: " << max_n << " sender clips, " << owned[0]->Bytes() * 8 / 10 / 1000
            << " kb/s each\n";

  bool all_ok = true;
  const auto baseline_receivers = a.baseline_receivers.value_or(a.receivers);
  const int baseline_runs = a.baseline_runs.value_or(a.runs);
  std::cout << "window " << a.seconds << " s, " << a.runs << " run(s), composite 1280x720 @ " << a.video_fps
            << " fps\n";
  struct Row {
    std::map<int, std::vector<json>> mcu;
    std::map<int, std::vector<double>> gst;
  };
  std::map<int, Row> rows;
  for (int n : a.sizes) {
    Row& row = rows[n];
    for (int r : a.receivers) {
      for (int run = 1; run <= a.runs; ++run) {
        auto report = MeasureMcu(a, clips, n, r, run);
        const bool ok = report && report->value("connected", 0) == report->value("sites", -1) &&
                        report->contains("server_cpu_per_s") && report->value("output_fps", 0.0) > 0;
        all_ok = all_ok && ok;
        if (!report) continue;
        std::cout << "  N=" << n << " R=" << r << " run " << run << " vc-mcu: " << report->dump() << std::endl;
        row.mcu[r].push_back(std::move(*report));
      }
    }
    if (a.baseline) {
      for (int r : baseline_receivers) {
        const int runs = r > 1 ? a.baseline_heavy_runs.value_or(baseline_runs) : baseline_runs;
        for (int run = 1; run <= runs; ++run) {
          const auto cpu = MeasureBaseline(a, inputs, n, r);
          all_ok = all_ok && cpu.has_value();
          if (cpu) row.gst[r].push_back(*cpu);
        }
      }
    }
  }
  std::cout << "\nmedians (each run in brackets)\n";
  for (auto& [n, row] : rows) {
    for (auto& [r, reports] : row.mcu) {
      std::cout << "N=" << n << " R=" << r << ": vc-mcu CPU-s per output s "
                << MedianCell(Field(reports, "server_cpu_per_output_s"), 3) << ", fps " << MedianCell(Field(reports, "output_fps"), 1)
                << ", delay p50 " << MedianCell(Field(reports, "delay_ms_p50"), 0) << " ms, p95 "
                << MedianCell(Field(reports, "delay_ms_p95"), 0) << " ms, frames seen "
                << MedianCell(Field(reports, "frames_seen_ratio"), 2) << ", load tool CPU-s/s "
                << MedianCell(Field(reports, "load_cpu_per_s"), 2) << ", loadavg " << MedianCell(Field(reports, "loadavg_1m_before"), 1);
      if (auto it = row.gst.find(r); it != row.gst.end()) std::cout << " | gst baseline " << MedianCell(it->second, 3);
      std::cout << "\n";
    }
    if (row.mcu.size() >= 2) {
      const double low = Median(Field(row.mcu.begin()->second, "server_cpu_per_output_s"));
      const double high = Median(Field(row.mcu.rbegin()->second, "server_cpu_per_output_s"));
      std::cout << "N=" << n << ": vc-mcu cost R=" << row.mcu.rbegin()->first << " / R=" << row.mcu.begin()->first
                << " = " << (low > 0 ? Fixed(high / low, 2) : "n/a") << "\n";
    }
  }
  std::cout << std::flush;
  std::filesystem::remove_all(inputs, error);
  return all_ok ? 0 : 1;
}
