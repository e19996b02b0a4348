#include "tests/audio/AudioTestSupport.hpp"

#include <algorithm>
#include <cmath>

#include "tests/integration/ToneAnalyzer.hpp"

namespace vc::tests::audio {
namespace {
constexpr int kRate = 48000;
}

std::optional<size_t> ToneGoneAt(std::span<const int16_t> samples, double hz, double fraction,
                                 size_t window, size_t hop) {
  if (samples.size() < 2 * window) return std::nullopt;
  const double reference =
      integration::ToneAnalyzer::Power(samples.subspan(0, window), kRate, hz);
  std::optional<size_t> gone;
  for (size_t at = 0; at + window <= samples.size(); at += hop) {
    double power = integration::ToneAnalyzer::Power(samples.subspan(at, window), kRate, hz);
    if (power < fraction * reference) {
      if (!gone) gone = at + window;  // the window's end: the tone was gone by then
    } else {
      gone.reset();
    }
  }
  return gone;
}

size_t CountDropouts(std::span<const int16_t> samples, double fraction) {
  constexpr size_t kWindow = kRate / 100;
  std::vector<double> rms;
  for (size_t at = 0; at + kWindow <= samples.size(); at += kWindow) {
    rms.push_back(integration::ToneAnalyzer::Rms(samples.subspan(at, kWindow)));
  }
  if (rms.empty()) return 0;
  std::vector<double> sorted = rms;
  std::nth_element(sorted.begin(), sorted.begin() + sorted.size() / 2, sorted.end());
  const double median = sorted[sorted.size() / 2];
  return static_cast<size_t>(
      std::count_if(rms.begin(), rms.end(), [&](double v) { return v < fraction * median; }));
}

}  // namespace vc::tests::audio
