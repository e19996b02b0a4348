#include "tests/load/ProbeDecoder.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "tests/load/OpusClip.hpp"

namespace vc::tests::load {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr unsigned kMaxConcealed = 10;  // longer gaps: conceal the first frames only
constexpr int kBlock = 240;             // 5 ms: the burst is found in blocks this long
constexpr double kMarkerAmplitude = 0.04;  // the burst is sent at 0.4; a mix may attenuate
constexpr uint64_t kMarkerRefractoryFrames = 25;  // one onset per half second at most

// Amplitude of the kMarkerHz component of a block (Goertzel).
double ToneAmplitude(const float* samples, int count, double hz) {
  const double coefficient = 2 * std::cos(2 * kPi * hz / OpusClip::kSampleRate);
  double s1 = 0, s2 = 0;
  for (int i = 0; i < count; ++i) {
    const double s0 = samples[i] + coefficient * s1 - s2;
    s2 = s1;
    s1 = s0;
  }
  const double power = s1 * s1 + s2 * s2 - coefficient * s1 * s2;
  return 2 * std::sqrt(std::max(power, 0.0)) / count;
}

}  // namespace

ProbeDecoder::ProbeDecoder() : pcm_(OpusClip::kFrameSamples * 6) {
  int error = 0;
  decoder_.reset(opus_decoder_create(OpusClip::kSampleRate, 1, &error));
  if (error != OPUS_OK || !decoder_) throw std::runtime_error("opus_decoder_create failed");
}

bool ProbeDecoder::Decode(std::span<const uint8_t> opus, unsigned lost_before) {
  bool onset = false;
  for (unsigned i = 0; i < std::min(lost_before, kMaxConcealed); ++i) {
    const int samples = opus_decode_float(decoder_.get(), nullptr, 0, pcm_.data(),
                                          OpusClip::kFrameSamples, 0);
    ++concealed_frames_;
    if (samples <= 0) ++decode_errors_;
  }
  concealed_frames_ += lost_before > kMaxConcealed ? lost_before - kMaxConcealed : 0;
  const int samples = opus_decode_float(decoder_.get(), opus.data(), static_cast<opus_int32>(opus.size()),
                                        pcm_.data(), static_cast<int>(pcm_.size()), 0);
  if (samples != OpusClip::kFrameSamples) {
    ++decode_errors_;
    return false;
  }
  ++frames_;
  Analyse(&onset);
  return onset;
}

void ProbeDecoder::Analyse(bool* marker_onset) {
  double energy = 0;
  for (int i = 0; i < OpusClip::kFrameSamples; ++i) energy += double{pcm_[i]} * pcm_[i];
  const double rms = std::sqrt(energy / OpusClip::kFrameSamples);
  const bool silent = rms <= 0 || 20 * std::log10(rms) < kSilenceDbfs;
  if (silent) {
    ++silent_frames_;
    if (!in_silence_) ++silence_gaps_;
  }
  in_silence_ = silent;

  bool burst = false;
  for (int block = 0; block + kBlock <= OpusClip::kFrameSamples && !burst; block += kBlock) {
    burst = ToneAmplitude(pcm_.data() + block, kBlock, OpusClip::kMarkerHz) > kMarkerAmplitude;
  }
  if (burst && (!marker_seen_ || frames_ - last_marker_frame_ > kMarkerRefractoryFrames)) {
    *marker_onset = true;
    marker_seen_ = true;
    last_marker_frame_ = frames_;
  }
  if (burst) last_marker_frame_ = frames_;  // the refractory time runs from the burst's end
}

}  // namespace vc::tests::load
