#include "tests/impairment/ToneContinuity.hpp"

#include <algorithm>
#include <vector>

#include "tests/integration/ToneAnalyzer.hpp"

namespace vc::tests::impairment {

ToneContinuity MeasureToneContinuity(std::span<const int16_t> samples, int sample_rate, double hz) {
  constexpr int kWindowMs = 10;
  const size_t window = static_cast<size_t>(sample_rate * kWindowMs / 1000);
  std::vector<double> powers;
  for (size_t start = 0; start + window <= samples.size(); start += window) {
    powers.push_back(integration::ToneAnalyzer::Power(samples.subspan(start, window), sample_rate, hz));
  }
  ToneContinuity result;
  result.windows = static_cast<int>(powers.size());
  if (powers.empty()) return result;
  std::vector<double> sorted = powers;
  std::nth_element(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(sorted.size() / 2), sorted.end());
  const double threshold = sorted[sorted.size() / 2] / 100.0;  // -20 dB
  int run = 0;
  int longest = 0;
  for (const double power : powers) {
    if (power < threshold) {
      ++result.gap_windows;
      longest = std::max(longest, ++run);
    } else {
      run = 0;
    }
  }
  result.longest_gap = std::chrono::milliseconds(longest * kWindowMs);
  return result;
}

}  // namespace vc::tests::impairment
