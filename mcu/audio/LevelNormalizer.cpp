#include "mcu/audio/LevelNormalizer.hpp"

#include <algorithm>
#include <cmath>

#include "mcu/audio/AudioLevel.hpp"

namespace vc::mcu::audio {
namespace {

constexpr double kEstimateAlpha = 0.05;  // ~0.4 s of speech

float DbToGain(double db) { return static_cast<float>(std::pow(10.0, db / 20.0)); }

}  // namespace

void LevelNormalizer::Process(std::span<float> pcm) {
  if (pcm.empty()) return;
  const double frame_dbov = RmsDbov(pcm);
  const bool voiced = frame_dbov > kGateDbov;
  if (voiced) {
    speech_dbov_ =
        has_estimate_ ? speech_dbov_ + kEstimateAlpha * (frame_dbov - speech_dbov_) : frame_dbov;
    has_estimate_ = true;
  }
  double wanted =
      has_estimate_ ? std::clamp(kTargetDbov - speech_dbov_, -kMaxGainDb, kMaxGainDb) : 0.0;
  if (!voiced) wanted = std::min(wanted, 0.0);
  const double previous = gain_db_;
  gain_db_ = std::clamp(wanted, previous - kStepDb, previous + kStepDb);
  const float from = DbToGain(previous);
  const float to = DbToGain(gain_db_);
  if (from == 1.0f && to == 1.0f) return;
  const float step = (to - from) / static_cast<float>(pcm.size());
  float gain = from;
  for (float& sample : pcm) {
    gain += step;
    sample *= gain;
  }
}

}  // namespace vc::mcu::audio
