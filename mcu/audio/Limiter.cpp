#include "mcu/audio/Limiter.hpp"

#include <algorithm>
#include <cmath>

#include "mcu/audio/AudioFormat.hpp"

namespace vc::mcu::audio {

Limiter::Limiter(std::chrono::milliseconds release)
    : release_coefficient_(static_cast<float>(std::exp(
          -1.0 / (std::max<double>(1.0, static_cast<double>(release.count())) * kSamplesPerMs)))) {}

void Limiter::Process(std::span<float> pcm) {
  constexpr float kRange = kCeiling - kKnee;
  for (float& sample : pcm) {
    if (!std::isfinite(sample)) sample = 0.0f;
    const float magnitude = std::fabs(sample);
    envelope_ = std::max(magnitude, envelope_ * release_coefficient_);
    if (envelope_ <= kKnee) continue;
    // The envelope is mapped onto kKnee..kCeiling; since |sample| <= envelope the output is too.
    const float limited = kKnee + kRange * std::tanh((envelope_ - kKnee) / kRange);
    sample = std::clamp(sample * (limited / envelope_), -kCeiling, kCeiling);
  }
}

void Limiter::ToInt16(std::span<const float> pcm, std::span<int16_t> out) {
  const size_t n = std::min(pcm.size(), out.size());
  for (size_t i = 0; i < n; ++i) {
    const float scaled = std::clamp(pcm[i], -1.0f, 1.0f) * 32767.0f;
    out[i] = static_cast<int16_t>(std::lrint(scaled));
  }
}

}  // namespace vc::mcu::audio
