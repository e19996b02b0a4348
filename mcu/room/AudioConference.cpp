#include "mcu/room/AudioConference.hpp"

#include <algorithm>

#include "mcu/room/Participant.hpp"

namespace vc::mcu::room {
namespace {
// After a stall (a busy machine, a debugger) mix the missed frames, but only this many: beyond
// that the receivers' jitter buffers have run dry anyway and a fresh start is better.
constexpr int kMaxCatchUpFrames = 5;
constexpr std::chrono::seconds kMetricsInterval{1};

std::vector<audio::ParticipantKey> Sorted(std::vector<audio::ParticipantKey> keys) {
  std::sort(keys.begin(), keys.end());
  return keys;
}
}  // namespace

AudioConference::AudioConference(GMainContext* context, metrics::McuMetrics& metrics,
                                 std::string room, Listener& listener,
                                 audio::AudioMixerConfig config, NowFunction now)
    : metrics_(metrics),
      room_(std::move(room)),
      listener_(listener),
      now_(std::move(now)),
      mixer_(std::make_unique<audio::AudioMixer>(config)),
      timer_(context),
      encodes_(metrics.audio_encodes_total.WithLabels({room_})) {}

AudioConference::~AudioConference() {
  timer_.Cancel();
  members_.clear();  // their metric series go first
  metrics_.audio_encodes_total.Remove({room_});
}

void AudioConference::Add(Participant& participant) {
  audio::ParticipantKey key = next_key_++;
  mixer_->AddParticipant(key);
  Member member;
  member.participant = &participant;
  member.metrics = std::make_unique<ParticipantAudioMetrics>(metrics_, room_, participant.id());
  members_.emplace(key, std::move(member));
  keys_[&participant] = key;
  if (!timer_.pending()) {
    const auto now = now_();
    next_tick_ = now + kFrame;
    next_sender_reports_ = now + kSenderReportInterval;
    next_metrics_ = now + kMetricsInterval;
    ScheduleNextTick();
  }
}

void AudioConference::Remove(Participant& participant) {
  auto it = keys_.find(&participant);
  if (it == keys_.end()) return;
  mixer_->RemoveParticipant(it->second);
  members_.erase(it->second);
  keys_.erase(it);
  if (members_.empty()) timer_.Cancel();
}

void AudioConference::SetMuted(Participant& participant, bool muted) {
  auto it = keys_.find(&participant);
  if (it != keys_.end()) mixer_->SetMuted(it->second, muted);
}

bool AudioConference::Talking(const Participant& participant) const {
  auto it = keys_.find(&participant);
  if (it == keys_.end()) return false;
  auto stats = mixer_->Stats(it->second);
  return stats && stats->talking;
}

void AudioConference::SetFullMixWanted(bool wanted) {
  full_mix_wanted_ = wanted;
  mixer_->SetFullMixWanted(wanted);
}

AudioConference::Member* AudioConference::Find(const Participant& participant) {
  auto key = keys_.find(&participant);
  if (key == keys_.end()) return nullptr;
  auto member = members_.find(key->second);
  return member != members_.end() ? &member->second : nullptr;
}

AudioLeg* AudioConference::LegOf(Member& member) {
  if (!member.leg) {
    const auto* negotiation = member.participant->connection().negotiation();
    if (negotiation == nullptr) return nullptr;
    member.leg = AudioLeg::FromNegotiation(*negotiation, static_cast<uint32_t>(random_()));
  }
  return member.leg ? &*member.leg : nullptr;
}

void AudioConference::OnRtp(Participant& participant, const uint8_t* data, size_t len) {
  Member* member = Find(participant);
  if (member == nullptr) return;
  AudioLeg* leg = LegOf(*member);
  if (leg == nullptr) return;
  if (auto packet = leg->ParseIncoming(std::span<const uint8_t>(data, len), now_())) {
    mixer_->Push(keys_[&participant], *packet);
  }
}

void AudioConference::OnRtcp(Participant& participant, const uint8_t* data, size_t len) {
  Member* member = Find(participant);
  if (member == nullptr) return;
  AudioLeg* leg = LegOf(*member);
  if (leg == nullptr) return;
  if (auto loss = leg->LossFromRtcp(std::span<const uint8_t>(data, len))) {
    mixer_->SetReceiverLoss(keys_[&participant], *loss);
  }
}

void AudioConference::ScheduleNextTick() {
  auto wait = std::chrono::ceil<std::chrono::milliseconds>(next_tick_ - now_());
  timer_.StartOnce(static_cast<unsigned>(std::max<int64_t>(0, wait.count())), [this] { Tick(); });
}

void AudioConference::Tick() {
  const auto now = now_();
  // Absolute deadlines: each frame is mixed for its own 20 ms slot, so lateness of one timer
  // wake-up does not accumulate into drift.
  for (int frames = 0; next_tick_ <= now && frames < kMaxCatchUpFrames; ++frames) {
    MixAndSend(next_tick_);
    next_tick_ += kFrame;
  }
  if (next_tick_ <= now) next_tick_ = now + kFrame;
  NotifyTalkers(now);
  if (now >= next_sender_reports_) {
    SendSenderReports(now);
    next_sender_reports_ = now + kSenderReportInterval;
  }
  if (now >= next_metrics_) {
    UpdateMetrics();
    next_metrics_ = now + kMetricsInterval;
  }
  ScheduleNextTick();
}

void AudioConference::MixAndSend(audio::Clock::time_point now) {
  auto outputs = mixer_->Mix(now);
  encodes_.Inc(mixer_->last_encode_count());
  for (const auto& output : outputs) {
    auto it = members_.find(output.receiver);
    if (it == members_.end() || !output.frame) continue;
    Member& member = it->second;
    AudioLeg* leg = LegOf(member);
    if (leg == nullptr || !leg->receives()) continue;
    webrtc::PeerConnection& connection = member.participant->connection();
    if (!connection.connected()) continue;
    size_t size = leg->WriteRtp(*output.frame, packet_);
    if (size != 0) connection.SendRtp(packet_.data(), size);
  }
  if (full_mix_wanted_) {
    if (auto mix = mixer_->full_mix()) listener_.OnAudioConferenceFullMix(this, mix, now);
  }
}

void AudioConference::SendSenderReports(audio::Clock::time_point now) {
  const auto wall = std::chrono::system_clock::now();
  for (auto& [key, member] : members_) {
    if (!member.leg || !member.participant->connection().connected()) continue;
    size_t size = member.leg->WriteSenderReport(packet_, wall, now);
    if (size != 0) member.participant->connection().SendRtcp(packet_.data(), size);
  }
}

void AudioConference::UpdateMetrics() {
  for (auto& [key, member] : members_) {
    if (auto stats = mixer_->Stats(key)) member.metrics->Update(*stats);
  }
}

void AudioConference::NotifyTalkers(audio::Clock::time_point now) {
  auto talkers = mixer_->ActiveTalkers();
  if (Sorted(talkers) == Sorted(announced_talkers_)) return;
  if (now - last_talker_event_ < kSpeakerEventInterval) return;  // sent on a later tick
  announced_talkers_ = talkers;
  last_talker_event_ = now;
  std::vector<Participant*> participants;
  for (auto key : talkers) {
    if (auto it = members_.find(key); it != members_.end()) {
      participants.push_back(it->second.participant);
    }
  }
  listener_.OnAudioConferenceTalkers(this, participants);
}

}  // namespace vc::mcu::room
