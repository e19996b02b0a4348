#include "tests/benchmarks/echo_load/BenchReport.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <iomanip>
#include <ostream>
#include <sstream>

namespace vc::tests::benchmarks {
namespace {

using Figure = std::function<std::optional<double>(const BenchReport::ServerFigures&)>;

std::string Format(std::optional<double> value, int precision) {
  if (!value) return "-";
  std::ostringstream text;
  text << std::fixed << std::setprecision(precision) << *value;
  return text.str();
}

std::optional<double> CpuPerSecond(const BenchReport::ServerFigures& f) {
  return BenchReport::Median(f.cpu_seconds_per_second);
}

std::optional<double> CpuPerPeer(const BenchReport::ServerFigures& f) {
  const auto total = CpuPerSecond(f);
  if (!total || f.peers <= 0) return std::nullopt;
  return *total / f.peers;
}

}  // namespace

void BenchReport::Add(ServerFigures& figures, const EchoRound::Result& round) {
  ++figures.rounds;
  for (const auto& peer : round.peers) {
    if (peer.first_video_ms) figures.first_video_ms.push_back(*peer.first_video_ms);
    if (peer.first_audio_ms) figures.first_audio_ms.push_back(*peer.first_audio_ms);
    if (round.all_flowing) figures.frames_per_second.push_back(peer.frames_per_second);
    if (!peer.error.empty()) {
      ++figures.failed_peers;
      figures.errors.push_back(peer.error);
    }
  }
  if (round.cpu_seconds_per_second) {
    figures.cpu_seconds_per_second.push_back(*round.cpu_seconds_per_second);
  }
}

std::optional<double> BenchReport::Median(std::vector<double> values) {
  if (values.empty()) return std::nullopt;
  std::sort(values.begin(), values.end());
  const size_t middle = values.size() / 2;
  return values.size() % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

std::optional<double> BenchReport::Percentile95(std::vector<double> values) {
  if (values.empty()) return std::nullopt;
  std::sort(values.begin(), values.end());
  const auto rank = static_cast<size_t>(std::ceil(0.95 * static_cast<double>(values.size())));
  return values[std::max<size_t>(rank, 1) - 1];
}

void BenchReport::Print(std::ostream& out, const ServerFigures& mcu,
                        const std::optional<ServerFigures>& janus) {
  struct Row {
    std::string label;
    Figure figure;
    int precision;
  };
  const std::vector<Row> rows = {
      {"first video, median (ms)", [](const auto& f) { return Median(f.first_video_ms); }, 0},
      {"first video, p95 (ms)", [](const auto& f) { return Percentile95(f.first_video_ms); }, 0},
      {"first audio, median (ms)", [](const auto& f) { return Median(f.first_audio_ms); }, 0},
      {"first audio, p95 (ms)", [](const auto& f) { return Percentile95(f.first_audio_ms); }, 0},
      {"returned video fps/peer (median)",
       [](const auto& f) { return Median(f.frames_per_second); }, 1},
      {"server CPU-s per s", CpuPerSecond, 3},
      {"server CPU-s per s per peer", CpuPerPeer, 4},
  };
  out << "\npeers " << mcu.peers << ", rounds " << mcu.rounds << "\n";
  out << std::left << std::setw(36) << "" << std::right << std::setw(12) << mcu.name;
  if (janus) out << std::setw(16) << janus->name << std::setw(14) << "vc-mcu/Janus";
  out << "\n";
  for (const auto& row : rows) {
    const auto ours = row.figure(mcu);
    out << std::left << std::setw(36) << row.label << std::right << std::setw(12)
        << Format(ours, row.precision);
    if (janus) {
      const auto theirs = row.figure(*janus);
      std::optional<double> ratio;
      if (ours && theirs && *theirs > 0) ratio = *ours / *theirs;
      out << std::setw(16) << Format(theirs, row.precision) << std::setw(14) << Format(ratio, 2);
    }
    out << "\n";
  }
  out << std::left << std::setw(36) << "failed peers (all rounds)" << std::right << std::setw(12)
      << mcu.failed_peers;
  if (janus) out << std::setw(16) << janus->failed_peers;
  out << "\n";
  for (const auto* figures : {&mcu, janus ? &*janus : nullptr}) {
    if (figures == nullptr) continue;
    for (const auto& error : figures->errors) out << figures->name << ": " << error << "\n";
  }
}

}  // namespace vc::tests::benchmarks
