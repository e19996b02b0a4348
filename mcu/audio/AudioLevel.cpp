#include "mcu/audio/AudioLevel.hpp"

#include <algorithm>
#include <cmath>

namespace vc::mcu::audio {

double RmsDbov(std::span<const float> pcm) {
  if (pcm.empty()) return -127.0;
  double sum = 0.0;
  for (float s : pcm) sum += static_cast<double>(s) * s;
  const double mean = sum / static_cast<double>(pcm.size());
  // A full-scale square wave is 0 dBov (RFC 6464 §3), so no sine correction here.
  if (mean <= 1e-13) return -127.0;
  return std::max(-127.0, 10.0 * std::log10(mean));
}

uint8_t LevelFromPcm(std::span<const float> pcm) {
  const double dbov = RmsDbov(pcm);
  return static_cast<uint8_t>(std::clamp(std::lround(-dbov), 0L, 127L));
}

}  // namespace vc::mcu::audio
