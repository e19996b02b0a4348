#pragma once
// Finds the dominant frequency of a mono PCM block with a Goertzel scan: cheap, exact enough for
// "is this the 660 Hz tone we sent" (±5 Hz), and no FFT library needed.

#include <cstdint>
#include <span>

namespace vc::tests::integration {

class ToneAnalyzer {
 public:
  // Power of `frequency_hz` in the block (Goertzel, Hann-windowed), normalised by the block length.
  static double Power(std::span<const int16_t> samples, int sample_rate, double frequency_hz);
  // The frequency in [low_hz, high_hz] with the most power (coarse scan, then refined to step_hz).
  static double DominantFrequency(std::span<const int16_t> samples, int sample_rate,
                                  double low_hz = 100.0, double high_hz = 4000.0,
                                  double step_hz = 5.0);
  // Root-mean-square level relative to full scale, 0..1.
  static double Rms(std::span<const int16_t> samples);
};

}  // namespace vc::tests::integration
