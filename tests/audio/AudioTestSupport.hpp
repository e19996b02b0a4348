#pragma once
// Analysis of received tone mixtures for the audio-conference tests.
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace vc::tests::audio {

// Index of the first sample after which the tone at `hz` stays below `fraction` of its power at
// the start of `samples` (windows of `window` samples, hop `hop`); nullopt if it never goes.
std::optional<size_t> ToneGoneAt(std::span<const int16_t> samples, double hz, double fraction,
                                 size_t window = 1920, size_t hop = 240);

// Number of 10 ms windows whose RMS is below `fraction` of the median window RMS: dropouts in a
// continuous tone (a gap, a click to silence, concealment fading out).
size_t CountDropouts(std::span<const int16_t> samples, double fraction = 0.3);

// Collects a member's received audio without gaps between polls (ReceivedMedia keeps 2 s).
class AudioRecorder {
 public:
  // Appends what arrived since the last call (call at least every second).
  template <class Media>
  void Poll(const Media& media) {
    const uint64_t total = media.AudioSamples();
    if (total > seen_) {
      auto fresh = media.RecentAudio(static_cast<size_t>(total - seen_));
      samples_.insert(samples_.end(), fresh.begin(), fresh.end());
      seen_ = total;
    }
  }
  void Reset(uint64_t seen) {
    samples_.clear();
    seen_ = seen;
  }
  const std::vector<int16_t>& samples() const { return samples_; }

 private:
  uint64_t seen_ = 0;
  std::vector<int16_t> samples_;
};

}  // namespace vc::tests::audio
