#include "mcu/room/ParticipantAudioMetrics.hpp"

namespace vc::mcu::room {
namespace {
// Counters only go up: add what the mixer counted since the last update.
void Advance(metrics::Counter& counter, uint64_t now, uint64_t before) {
  if (now > before) counter.Inc(now - before);
}
}  // namespace

ParticipantAudioMetrics::ParticipantAudioMetrics(metrics::McuMetrics& metrics,
                                                 const std::string& room,
                                                 const std::string& participant)
    : metrics_(metrics),
      labels_{room, participant},
      jitter_target_ms_(metrics.audio_jitter_target_ms.WithLabels(labels_)),
      buffered_ms_(metrics.audio_buffered_ms.WithLabels(labels_)),
      concealed_(metrics.audio_frames_concealed_total.WithLabels(labels_)),
      fec_(metrics.audio_frames_fec_total.WithLabels(labels_)),
      not_decoded_(metrics.audio_frames_not_decoded_total.WithLabels(labels_)),
      late_(metrics.audio_packets_late_total.WithLabels(labels_)) {}

ParticipantAudioMetrics::~ParticipantAudioMetrics() {
  metrics_.audio_jitter_target_ms.Remove(labels_);
  metrics_.audio_buffered_ms.Remove(labels_);
  metrics_.audio_frames_concealed_total.Remove(labels_);
  metrics_.audio_frames_fec_total.Remove(labels_);
  metrics_.audio_frames_not_decoded_total.Remove(labels_);
  metrics_.audio_packets_late_total.Remove(labels_);
}

void ParticipantAudioMetrics::Update(const audio::SenderStats& stats) {
  jitter_target_ms_.Set(stats.jitter_target.count());
  buffered_ms_.Set(stats.buffered.count());
  Advance(concealed_, stats.frames_concealed, last_.frames_concealed);
  Advance(fec_, stats.frames_fec_recovered, last_.frames_fec_recovered);
  Advance(not_decoded_, stats.frames_not_decoded, last_.frames_not_decoded);
  Advance(late_, stats.packets_late, last_.packets_late);
  last_ = stats;
}

}  // namespace vc::mcu::room
