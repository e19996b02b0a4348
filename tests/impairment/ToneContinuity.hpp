#pragma once
// Did a tone play without interruption? Splits received PCM into 10 ms windows and finds the
// longest run of windows in which the tone's power fell 20 dB below its median — a gap a listener
// would hear as a dropout. Concealment that keeps the tone going does not count as a gap.
#include <chrono>
#include <cstdint>
#include <span>

namespace vc::tests::impairment {

struct ToneContinuity {
  std::chrono::milliseconds longest_gap{0};
  int windows = 0;
  int gap_windows = 0;
};

ToneContinuity MeasureToneContinuity(std::span<const int16_t> samples, int sample_rate, double hz);

}  // namespace vc::tests::impairment
