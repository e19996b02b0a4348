#include "mcu/audio/Mixer.hpp"

#include <algorithm>
#include <cmath>

#include "mcu/audio/AudioFormat.hpp"
#include "mcu/audio/AudioLevel.hpp"

namespace vc::mcu::audio {
namespace {

// Below this the mix counts as silence for the outgoing voice flag.
constexpr uint8_t kVoiceLevel = 90;

const MixSource* FindSource(std::span<const MixSource> sources, ParticipantKey key) {
  for (const MixSource& source : sources) {
    if (source.key == key) return &source;
  }
  return nullptr;
}

}  // namespace

Mixer::Mixer(int bitrate)
    : bitrate_(bitrate), common_(bitrate), sum_(kFrameSamples), scratch_(kFrameSamples) {}

Mixer::~Mixer() = default;

std::vector<MixOutput> Mixer::Mix(std::span<const MixSource> sources,
                                  std::span<const ParticipantKey> receivers, bool full_mix) {
  last_encode_count_ = 0;
  last_full_mix_.reset();
  std::fill(sum_.begin(), sum_.end(), 0.0f);
  for (const MixSource& source : sources) {
    const size_t n = std::min<size_t>(source.pcm.size(), kFrameSamples);
    for (size_t i = 0; i < n; ++i) sum_[i] += source.pcm[i];
  }

  std::vector<MixOutput> outputs;
  outputs.reserve(receivers.size());
  std::shared_ptr<const EncodedAudio> common;
  int common_loss = 0;
  for (ParticipantKey receiver : receivers) {
    if (!FindSource(sources, receiver)) common_loss = std::max(common_loss, LossPercent(receiver));
  }
  for (ParticipantKey receiver : receivers) {
    const MixSource* own = FindSource(sources, receiver);
    if (!own) {
      if (!common) {
        common_.encoder.SetPacketLossPercent(common_loss);
        std::copy(sum_.begin(), sum_.end(), scratch_.begin());
        common = EncodeMix(common_, scratch_, sources, std::nullopt);
      }
      if (common) outputs.push_back({receiver, common});
      continue;
    }
    // Minus-self: the sum without this receiver's own contribution.
    std::copy(sum_.begin(), sum_.end(), scratch_.begin());
    const size_t n = std::min<size_t>(own->pcm.size(), kFrameSamples);
    for (size_t i = 0; i < n; ++i) scratch_[i] -= own->pcm[i];
    Channel& channel = OwnChannel(receiver);
    channel.encoder.SetPacketLossPercent(LossPercent(receiver));
    if (auto frame = EncodeMix(channel, scratch_, sources, receiver)) {
      outputs.push_back({receiver, std::move(frame)});
    }
  }
  // The same frame the non-talking listeners got, encoded once more only when none did.
  if (full_mix && !common) {
    common_.encoder.SetPacketLossPercent(common_loss);
    std::copy(sum_.begin(), sum_.end(), scratch_.begin());
    common = EncodeMix(common_, scratch_, sources, std::nullopt);
  }
  if (full_mix) last_full_mix_ = common;
  return outputs;
}

std::shared_ptr<const EncodedAudio> Mixer::EncodeMix(Channel& channel, std::span<float> pcm,
                                                     std::span<const MixSource> sources,
                                                     std::optional<ParticipantKey> excluded) {
  channel.limiter.Process(pcm);
  auto frame = std::make_shared<EncodedAudio>();
  ++last_encode_count_;
  if (!channel.encoder.Encode(pcm, frame->opus)) return nullptr;
  frame->level_dbov = LevelFromPcm(pcm);
  for (const MixSource& source : sources) {
    if (excluded && source.key == *excluded) continue;
    frame->contributors.push_back(source.key);
    if (source.ingress && (!frame->newest_ingress || *source.ingress > *frame->newest_ingress)) {
      frame->newest_ingress = source.ingress;
    }
  }
  frame->voice = !frame->contributors.empty() && frame->level_dbov < kVoiceLevel;
  return frame;
}

Mixer::Channel& Mixer::OwnChannel(ParticipantKey key) {
  auto& channel = own_[key];
  if (!channel) channel = std::make_unique<Channel>(bitrate_);
  return *channel;
}

int Mixer::LossPercent(ParticipantKey key) const {
  auto it = loss_.find(key);
  return it == loss_.end() ? 0 : static_cast<int>(std::lround(it->second * 100.0));
}

void Mixer::RemoveParticipant(ParticipantKey key) {
  own_.erase(key);
  loss_.erase(key);
}

void Mixer::SetReceiverLoss(ParticipantKey key, double fraction_lost) {
  if (!std::isfinite(fraction_lost)) return;
  loss_[key] = std::clamp(fraction_lost, 0.0, 1.0);
}

}  // namespace vc::mcu::audio
