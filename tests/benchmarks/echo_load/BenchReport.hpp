#pragma once
// Collects the rounds of each server and prints the comparison table: time to first returned
// video/audio (median and p95 over peers x rounds), returned frames/s per peer (median), server
// CPU-seconds per second (median over rounds) and per peer, and vc-mcu/Janus ratios.

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "tests/benchmarks/echo_load/EchoRound.hpp"

namespace vc::tests::benchmarks {

class BenchReport {
 public:
  struct ServerFigures {
    std::string name;
    int peers = 0;
    int rounds = 0;
    int failed_peers = 0;  // over all rounds
    std::vector<double> first_video_ms;
    std::vector<double> first_audio_ms;
    std::vector<double> frames_per_second;
    std::vector<double> cpu_seconds_per_second;  // one per round
    std::vector<std::string> errors;
  };

  static void Add(ServerFigures& figures, const EchoRound::Result& round);
  static std::optional<double> Median(std::vector<double> values);
  static std::optional<double> Percentile95(std::vector<double> values);  // nearest rank
  // `janus` empty: only vc-mcu's column.
  static void Print(std::ostream& out, const ServerFigures& mcu,
                    const std::optional<ServerFigures>& janus);
};

}  // namespace vc::tests::benchmarks
