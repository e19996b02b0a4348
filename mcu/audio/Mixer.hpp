#pragma once
// Builds and encodes the distinct mixes of one tick: a minus-self mix for every participant
// whose own audio is in the sum, one common mix for everybody else. Each mix is encoded once and
// the same shared frame goes to all its receivers. Encoders and limiters persist (the common one
// for the mixer's life, a participant's own one until it leaves), so joins, leaves and talker
// changes never reset anybody else's stream.
#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <vector>

#include "mcu/audio/AudioMixer.hpp"
#include "mcu/audio/Limiter.hpp"
#include "mcu/audio/OpusEncoder.hpp"

namespace vc::mcu::audio {

struct MixSource {
  ParticipantKey key = 0;
  std::span<const float> pcm;  // kFrameSamples, gain already applied
  std::optional<Clock::time_point> ingress;
};

class Mixer {
 public:
  explicit Mixer(int bitrate);
  ~Mixer();
  Mixer(const Mixer&) = delete;
  Mixer& operator=(const Mixer&) = delete;

  // One output per receiver, in the receivers' order. Sources that are also receivers get a
  // minus-self mix; the others share the common mix.
  // full_mix: also encode the common mix when nobody receives it (a recording wants it).
  std::vector<MixOutput> Mix(std::span<const MixSource> sources,
                             std::span<const ParticipantKey> receivers, bool full_mix = false);
  // The common mix of the last Mix() (every source): null when it was not encoded.
  const std::shared_ptr<const EncodedAudio>& last_full_mix() const { return last_full_mix_; }
  void RemoveParticipant(ParticipantKey key);
  void SetReceiverLoss(ParticipantKey key, double fraction_lost);
  size_t last_encode_count() const { return last_encode_count_; }

 private:
  struct Channel {
    explicit Channel(int bitrate) : encoder(bitrate) {}
    OpusEncoder encoder;
    Limiter limiter;
  };

  std::shared_ptr<const EncodedAudio> EncodeMix(Channel& channel, std::span<float> pcm,
                                                std::span<const MixSource> sources,
                                                std::optional<ParticipantKey> excluded);
  Channel& OwnChannel(ParticipantKey key);
  int LossPercent(ParticipantKey key) const;

  // Passed by argument.
  const int bitrate_;
  // Allocated by this.
  Channel common_;
  std::map<ParticipantKey, std::unique_ptr<Channel>> own_;
  std::map<ParticipantKey, double> loss_;
  std::vector<float> sum_;
  std::vector<float> scratch_;
  size_t last_encode_count_ = 0;
  std::shared_ptr<const EncodedAudio> last_full_mix_;
};

}  // namespace vc::mcu::audio
