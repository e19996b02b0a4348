#include "tests/integration/ToneAnalyzer.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

namespace vc::tests::integration {
namespace {

// Hann-windowed samples as floats: the window keeps a strong tone from leaking into neighbouring
// scan frequencies, and computing it once keeps the scan cheap.
std::vector<double> Windowed(std::span<const int16_t> samples) {
  std::vector<double> out(samples.size());
  const double n = static_cast<double>(samples.size());
  for (size_t i = 0; i < samples.size(); ++i) {
    const double window = 0.5 - 0.5 * std::cos(2.0 * std::numbers::pi * static_cast<double>(i) / n);
    out[i] = window * samples[i] / 32768.0;
  }
  return out;
}

double Goertzel(const std::vector<double>& windowed, int sample_rate, double frequency_hz) {
  if (windowed.empty() || sample_rate <= 0) return 0.0;
  const double coefficient =
      2.0 * std::cos(2.0 * std::numbers::pi * frequency_hz / static_cast<double>(sample_rate));
  double s1 = 0.0;
  double s2 = 0.0;
  for (const double x : windowed) {
    const double s0 = x + coefficient * s1 - s2;
    s2 = s1;
    s1 = s0;
  }
  return (s1 * s1 + s2 * s2 - coefficient * s1 * s2) / static_cast<double>(windowed.size());
}

double Scan(const std::vector<double>& windowed, int sample_rate, double low, double high,
            double step) {
  double best_frequency = low;
  double best_power = -1.0;
  for (double f = low; f <= high; f += step) {
    const double power = Goertzel(windowed, sample_rate, f);
    if (power > best_power) {
      best_power = power;
      best_frequency = f;
    }
  }
  return best_frequency;
}

}  // namespace

double ToneAnalyzer::Power(std::span<const int16_t> samples, int sample_rate, double frequency_hz) {
  return Goertzel(Windowed(samples), sample_rate, frequency_hz);
}

double ToneAnalyzer::DominantFrequency(std::span<const int16_t> samples, int sample_rate,
                                       double low_hz, double high_hz, double step_hz) {
  if (samples.empty() || sample_rate <= 0) return 0.0;
  // Coarse scan on the last 100 ms (resolution ~20 Hz is enough to find the peak), then a fine
  // scan around it on the whole block.
  const size_t coarse_size = std::min(samples.size(), static_cast<size_t>(sample_rate / 10));
  const double coarse_step = std::max(step_hz, 10.0);
  const double coarse = Scan(Windowed(samples.last(coarse_size)), sample_rate, low_hz, high_hz,
                             coarse_step);
  return Scan(Windowed(samples), sample_rate, std::max(low_hz, coarse - 3 * coarse_step),
              std::min(high_hz, coarse + 3 * coarse_step), std::min(step_hz, 1.0));
}

double ToneAnalyzer::Rms(std::span<const int16_t> samples) {
  if (samples.empty()) return 0.0;
  double sum = 0.0;
  for (const int16_t s : samples) sum += (s / 32768.0) * (s / 32768.0);
  return std::sqrt(sum / static_cast<double>(samples.size()));
}

}  // namespace vc::tests::integration
