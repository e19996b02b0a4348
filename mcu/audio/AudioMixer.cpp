#include "mcu/audio/AudioMixer.hpp"

#include <algorithm>
#include <map>

#include "mcu/audio/AudioFormat.hpp"
#include "mcu/audio/Mixer.hpp"
#include "mcu/audio/SenderChannel.hpp"
#include "mcu/audio/TalkerSelector.hpp"

namespace vc::mcu::audio {
namespace {

// Gain ramp over one frame for a talker entering (0 -> 1) or leaving (1 -> 0) the mix, so
// talker changes do not click.
void Ramp(std::span<float> pcm, bool up) {
  const float n = static_cast<float>(pcm.size());
  for (size_t i = 0; i < pcm.size(); ++i) {
    const float x = (static_cast<float>(i) + 1.0f) / n;
    pcm[i] *= up ? x : 1.0f - x;
  }
}

bool Contains(const std::vector<ParticipantKey>& keys, ParticipantKey key) {
  return std::find(keys.begin(), keys.end(), key) != keys.end();
}

}  // namespace

class AudioMixer::Impl {
 public:
  explicit Impl(const AudioMixerConfig& config)
      : config_(config), selector_(config.max_talkers), mixer_(config.encoder_bitrate) {}

  void AddParticipant(ParticipantKey key) {
    auto& channel = channels_[key];
    if (!channel) channel = std::make_unique<SenderChannel>(config_);
  }

  void RemoveParticipant(ParticipantKey key) {
    channels_.erase(key);
    selector_.Remove(key);
    mixer_.RemoveParticipant(key);
    std::erase(previous_talkers_, key);
  }

  SenderChannel* Find(ParticipantKey key) const {
    auto it = channels_.find(key);
    return it == channels_.end() ? nullptr : it->second.get();
  }

  std::vector<MixOutput> Mix(Clock::time_point now) {
    SelectTalkers(now);
    const std::vector<ParticipantKey>& talkers = selector_.talkers();
    sources_.clear();
    for (auto& [key, channel] : channels_) {
      const bool talker = Contains(talkers, key);
      const bool was_talker = Contains(previous_talkers_, key);
      channel->set_talking(talker);
      if (!channel->muted() && (talker || was_talker || channel->recently_audible())) {
        channel->DecodeTick();
      } else {
        channel->SkipTick();
      }
      if (channel->muted() || !(talker || was_talker)) continue;
      MixSource source{key, {}, channel->tick_ingress()};
      if (channel->has_audio()) {
        std::span<float> pcm = channel->frame();
        channel->normalizer().Process(pcm);
        if (talker != was_talker) Ramp(pcm, talker);
        source.pcm = pcm;
      }
      // A talker without audio this tick still gets its own (minus-self) stream.
      sources_.push_back(source);
    }
    previous_talkers_ = talkers;
    return mixer_.Mix(sources_, receivers_, full_mix_wanted_);
  }

  void set_full_mix_wanted(bool wanted) { full_mix_wanted_ = wanted; }

  Mixer& mixer() { return mixer_; }
  const TalkerSelector& selector() const { return selector_; }

 private:
  void SelectTalkers(Clock::time_point now) {
    candidates_.clear();
    receivers_.clear();
    for (auto& [key, channel] : channels_) {
      receivers_.push_back(key);
      channel->PullTick(now);
      // Without an RFC 6464 level the decoded frame's energy is the only measure.
      if (channel->has_audio() && !channel->tick_level() && !channel->muted()) {
        channel->DecodeTick();
      }
      candidates_.push_back({key, channel->level(), !channel->muted()});
    }
    selector_.Update(candidates_);
  }

  // Passed by argument.
  const AudioMixerConfig config_;
  // Allocated by this.
  std::map<ParticipantKey, std::unique_ptr<SenderChannel>> channels_;
  TalkerSelector selector_;
  Mixer mixer_;
  std::vector<ParticipantKey> previous_talkers_;
  std::vector<TalkerCandidate> candidates_;
  std::vector<ParticipantKey> receivers_;
  std::vector<MixSource> sources_;
  bool full_mix_wanted_ = false;
};

AudioMixer::AudioMixer(AudioMixerConfig config) : impl_(std::make_unique<Impl>(config)) {}

AudioMixer::~AudioMixer() = default;

void AudioMixer::AddParticipant(ParticipantKey key) { impl_->AddParticipant(key); }

void AudioMixer::RemoveParticipant(ParticipantKey key) { impl_->RemoveParticipant(key); }

void AudioMixer::SetMuted(ParticipantKey key, bool muted) {
  if (SenderChannel* channel = impl_->Find(key)) channel->set_muted(muted);
}

void AudioMixer::SetReceiverLoss(ParticipantKey key, double fraction_lost) {
  if (impl_->Find(key)) impl_->mixer().SetReceiverLoss(key, fraction_lost);
}

void AudioMixer::Push(ParticipantKey key, const AudioPacket& packet) {
  if (SenderChannel* channel = impl_->Find(key)) channel->Push(packet);
}

std::vector<MixOutput> AudioMixer::Mix(Clock::time_point now) { return impl_->Mix(now); }

std::vector<ParticipantKey> AudioMixer::ActiveTalkers() const {
  return impl_->selector().talkers();
}

std::optional<SenderStats> AudioMixer::Stats(ParticipantKey key) const {
  const SenderChannel* channel = impl_->Find(key);
  if (!channel) return std::nullopt;
  return channel->stats();
}

void AudioMixer::SetFullMixWanted(bool wanted) { impl_->set_full_mix_wanted(wanted); }

std::shared_ptr<const EncodedAudio> AudioMixer::full_mix() const {
  return impl_->mixer().last_full_mix();
}

size_t AudioMixer::last_encode_count() const { return impl_->mixer().last_encode_count(); }

}  // namespace vc::mcu::audio
