#pragma once
// What one vc-load run measured, and its one-line and JSON forms.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "tests/load/LoadOptions.hpp"

namespace vc::tests::load {

struct LoadResult {
  std::string target;  // "mcu" or "janus"
  std::string room;
  int participants = 0, talkers = 0, probes = 0;
  double window_seconds = 0;
  int connected = 0, failed = 0;
  std::string first_failure;
  double setup_ms_p50 = 0, setup_ms_p95 = 0;  // signaling start -> SRTP keys
  uint64_t packets_sent = 0;                   // in the window, all participants
  uint64_t packets_received = 0, packets_expected = 0;  // in the window
  uint64_t decoded_frames = 0, concealed_frames = 0, silent_frames = 0, silence_gaps = 0;
  uint64_t markers_sent = 0, markers_heard = 0;  // heard: by probes, matched to a send
  std::optional<double> delay_ms_p50, delay_ms_p95;
  std::optional<double> server_cpu_per_s;  // with --server-pid
  double load_cpu_per_s = 0;               // vc-load itself

  double LossPercent() const;
  std::string Summary() const;
  nlohmann::json ToJson() const;
};

// The q-quantile (0..1) of values, by nearest rank; 0 when empty.
double Quantile(std::vector<double> values, double q);

}  // namespace vc::tests::load
