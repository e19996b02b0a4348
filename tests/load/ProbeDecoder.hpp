#pragma once
// What one probe receiver hears: decodes the Opus it receives (concealing lost frames with
// Opus PLC), counts concealed frames and silence gaps (runs of decoded frames below
// kSilenceDbfs: while talkers talk, a mix should never go silent), and finds the onset of the
// talkers' marker burst (OpusClip::kMarkerHz) for the delay measurement.
#include <cstdint>
#include <span>
#include <vector>

#include "tests/load/OpusPtr.hpp"

namespace vc::tests::load {

class ProbeDecoder {
 public:
  static constexpr double kSilenceDbfs = -55;

  ProbeDecoder();  // throws std::runtime_error when Opus fails

  // One received frame; lost_before frames were missing just before it (sequence gap). True
  // when the marker burst starts in this frame.
  bool Decode(std::span<const uint8_t> opus, unsigned lost_before);

  uint64_t frames() const { return frames_; }
  uint64_t concealed_frames() const { return concealed_frames_; }
  uint64_t silent_frames() const { return silent_frames_; }
  uint64_t silence_gaps() const { return silence_gaps_; }
  uint64_t decode_errors() const { return decode_errors_; }

 private:
  void Analyse(bool* marker_onset);

  OpusDecoderPtr decoder_;
  std::vector<float> pcm_;
  uint64_t frames_ = 0, concealed_frames_ = 0, silent_frames_ = 0, silence_gaps_ = 0;
  uint64_t decode_errors_ = 0;
  bool in_silence_ = false;
  uint64_t last_marker_frame_ = 0;
  bool marker_seen_ = false;
};

}  // namespace vc::tests::load
