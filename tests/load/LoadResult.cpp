#include "tests/load/LoadResult.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace vc::tests::load {
namespace {

std::string Fixed(double value, int decimals) {
  char text[64];
  std::snprintf(text, sizeof(text), "%.*f", decimals, value);
  return text;
}

}  // namespace

double Quantile(std::vector<double> values, double q) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  const auto rank = static_cast<size_t>(std::ceil(q * static_cast<double>(values.size())));
  return values[std::clamp<size_t>(rank, 1, values.size()) - 1];
}

double LoadResult::LossPercent() const {
  if (packets_expected == 0) return 0;
  const double lost = packets_expected > packets_received
                          ? static_cast<double>(packets_expected - packets_received)
                          : 0.0;
  return 100.0 * lost / static_cast<double>(packets_expected);
}

std::string LoadResult::Summary() const {
  std::string line = "vc-load " + target + " room " + room + ": " + std::to_string(connected) + "/" +
                     std::to_string(participants) + " connected (setup p50 " +
                     Fixed(setup_ms_p50, 0) + " ms, p95 " + Fixed(setup_ms_p95, 0) + " ms), " +
                     std::to_string(talkers) + " talking; " + Fixed(window_seconds, 0) +
                     " s window: received " + std::to_string(packets_received) + " packets, loss " +
                     Fixed(LossPercent(), 2) + "%; " + std::to_string(probes) + " probes decoded " +
                     std::to_string(decoded_frames) + " frames, concealed " +
                     std::to_string(concealed_frames) + ", silence gaps " +
                     std::to_string(silence_gaps) + "; added delay ";
  if (delay_ms_p50) {
    line += "p50 " + Fixed(*delay_ms_p50, 1) + " ms p95 " + Fixed(*delay_ms_p95, 1) + " ms (" +
            std::to_string(markers_heard) + " markers)";
  } else {
    line += "n/a (no marker heard)";
  }
  if (server_cpu_per_s) line += "; server CPU " + Fixed(*server_cpu_per_s, 3) + " s/s";
  line += "; vc-load CPU " + Fixed(load_cpu_per_s, 3) + " s/s";
  if (failed > 0) line += "; " + std::to_string(failed) + " failed: " + first_failure;
  return line;
}

nlohmann::json LoadResult::ToJson() const {
  nlohmann::json out = {{"target", target},
                        {"room", room},
                        {"participants", participants},
                        {"talkers", talkers},
                        {"probes", probes},
                        {"window_seconds", window_seconds},
                        {"connected", connected},
                        {"failed", failed},
                        {"first_failure", first_failure},
                        {"setup_ms_p50", setup_ms_p50},
                        {"setup_ms_p95", setup_ms_p95},
                        {"packets_sent", packets_sent},
                        {"packets_received", packets_received},
                        {"packets_expected", packets_expected},
                        {"loss_percent", LossPercent()},
                        {"decoded_frames", decoded_frames},
                        {"concealed_frames", concealed_frames},
                        {"silent_frames", silent_frames},
                        {"silence_gaps", silence_gaps},
                        {"markers_sent", markers_sent},
                        {"markers_heard", markers_heard},
                        {"delay_ms_p50", nullptr},
                        {"delay_ms_p95", nullptr},
                        {"server_cpu_per_s", nullptr},
                        {"load_cpu_per_s", load_cpu_per_s}};
  if (delay_ms_p50) out["delay_ms_p50"] = *delay_ms_p50;
  if (delay_ms_p95) out["delay_ms_p95"] = *delay_ms_p95;
  if (server_cpu_per_s) out["server_cpu_per_s"] = *server_cpu_per_s;
  return out;
}

}  // namespace vc::tests::load
