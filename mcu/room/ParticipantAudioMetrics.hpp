#pragma once
// One participant's vc_audio_* series in /metrics, fed from the mixer's SenderStats. The series
// are created with the object and removed with it, so a room's cardinality follows who is in it.
#include <cstdint>
#include <string>
#include <vector>

#include "mcu/audio/AudioMixer.hpp"
#include "mcu/metrics/McuMetrics.hpp"

namespace vc::mcu::room {

class ParticipantAudioMetrics {
 public:
  ParticipantAudioMetrics(metrics::McuMetrics& metrics, const std::string& room,
                          const std::string& participant);
  ~ParticipantAudioMetrics();
  ParticipantAudioMetrics(const ParticipantAudioMetrics&) = delete;
  ParticipantAudioMetrics& operator=(const ParticipantAudioMetrics&) = delete;

  void Update(const audio::SenderStats& stats);

 private:
  // Passed by argument.
  metrics::McuMetrics& metrics_;
  const std::vector<std::string> labels_;
  // Allocated by this (series owned by the families, removed in the destructor).
  metrics::Gauge& jitter_target_ms_;
  metrics::Gauge& buffered_ms_;
  metrics::Counter& concealed_;
  metrics::Counter& fec_;
  metrics::Counter& not_decoded_;
  metrics::Counter& late_;
  audio::SenderStats last_{};  // what the counters already hold
};

}  // namespace vc::mcu::room
