#pragma once
// Slow per-participant gain so a far microphone and a near one are heard at similar loudness.
// The speech level is estimated only from frames above a noise gate; the gain is bounded to
// +-kMaxGainDb, moves at most kStepDb per frame (ramped across the frame, no zipper noise) and is
// never above unity on frames under the gate, so pauses and noise floors are not boosted.
#include <span>

namespace vc::mcu::audio {

class LevelNormalizer {
 public:
  static constexpr double kTargetDbov = -23.0;
  static constexpr double kGateDbov = -50.0;
  static constexpr double kMaxGainDb = 12.0;
  static constexpr double kStepDb = 0.25;

  // In place on one frame of float PCM; measures before applying.
  void Process(std::span<float> pcm);

  double gain_db() const { return gain_db_; }
  double speech_dbov() const { return speech_dbov_; }

 private:
  bool has_estimate_ = false;
  double speech_dbov_ = kTargetDbov;
  double gain_db_ = 0.0;
};

}  // namespace vc::mcu::audio
