#include "mcu/room/Room.hpp"

#include <algorithm>

namespace vc::mcu::room {

Room::Room(std::string name, std::optional<std::string> pin, Listener& listener,
           GMainContext* context, metrics::McuMetrics& metrics, audio::AudioMixerConfig mixer_config)
    : name_(std::move(name)), pin_(std::move(pin)), echo_(IsEchoRoomName(name_)), listener_(listener) {
  if (!echo_) {
    audio_ = std::make_unique<AudioConference>(context, metrics, name_, *this, mixer_config);
  }
}

Room::~Room() {
  // The conference holds pointers to participants: it goes first.
  audio_.reset();
}

Participant& Room::Add(std::unique_ptr<Participant> participant) {
  participants_.push_back(std::move(participant));
  if (audio_) audio_->Add(*participants_.back());
  return *participants_.back();
}

std::unique_ptr<Participant> Room::Remove(const std::string& id) {
  auto it = std::find_if(participants_.begin(), participants_.end(),
                         [&](const auto& p) { return p->id() == id; });
  if (it == participants_.end()) return nullptr;
  std::unique_ptr<Participant> removed = std::move(*it);
  participants_.erase(it);
  echo_forwarders_.erase(removed.get());
  // The others' hand queues drop it now; the owner broadcasts the new list.
  if (removed->hand()) Broadcast(signaling::MakeHand(removed->id(), removed->name(), false));
  if (audio_) audio_->Remove(*removed);
  return removed;
}

Participant* Room::Find(const std::string& id) {
  for (auto& p : participants_) {
    if (p->id() == id) return p.get();
  }
  return nullptr;
}

bool Room::ApplyMuted(Participant& participant, bool muted, const std::string& by) {
  if (participant.muted() == muted) return false;
  participant.set_muted(muted);
  if (audio_) audio_->SetMuted(participant, muted);
  participant.peer().Send(signaling::MakeMuted(muted, by));
  return true;
}

bool Room::SetMuted(Participant& participant, bool muted, const std::string& by) {
  bool changed = ApplyMuted(participant, muted, by);
  // Unmuting a raised hand gives it the floor: the hand has been answered (also when the
  // participant was not muted, so the hand never outlives the grant).
  if (!muted && participant.hand()) {
    participant.set_hand(false);
    Broadcast(signaling::MakeHand(participant.id(), participant.name(), false));
    changed = true;
  }
  if (!changed) return false;
  Broadcast(signaling::MakeParticipants(name_, List()));
  return true;
}

bool Room::SetHand(Participant& participant, bool raised) {
  if (participant.hand() == raised) return false;
  participant.set_hand(raised);
  Broadcast(signaling::MakeHand(participant.id(), participant.name(), raised));
  Broadcast(signaling::MakeParticipants(name_, List()));
  return true;
}

void Room::SetMutedAll(bool muted, const std::string& by) {
  bool changed = false;
  for (auto& p : participants_) {
    if (!p->chair()) changed = ApplyMuted(*p, muted, by) || changed;
  }
  if (changed) Broadcast(signaling::MakeParticipants(name_, List()));
}

bool Room::Talking(const Participant& participant) const {
  return audio_ && audio_->Talking(participant);
}

std::vector<signaling::ParticipantInfo> Room::List() const {
  std::vector<signaling::ParticipantInfo> list;
  list.reserve(participants_.size());
  for (const auto& p : participants_) list.push_back({p->id(), p->name(), p->muted(), p->chair(), p->hand()});
  return list;
}

void Room::Broadcast(const std::string& message, const Participant* except) {
  for (auto& p : participants_) {
    if (p.get() != except) p->peer().Send(message);
  }
}

void Room::OnParticipantRtp(Participant* participant, uint8_t* data, size_t len) {
  if (audio_) {
    audio_->OnRtp(*participant, data, len);  // video is not forwarded in conference rooms yet
    return;
  }
  echo_forwarders_.try_emplace(participant, *participant).first->second.ForwardRtp(data, len);
}

void Room::OnParticipantRtcp(Participant* participant, uint8_t* data, size_t len) {
  if (audio_) {
    audio_->OnRtcp(*participant, data, len);
    return;
  }
  echo_forwarders_.try_emplace(participant, *participant).first->second.ForwardRtcp(data, len);
}

void Room::OnParticipantFailed(Participant* participant, const std::string& reason) {
  listener_.OnRoomParticipantFailed(this, participant, reason);
}

void Room::OnAudioConferenceTalkers(AudioConference*, const std::vector<Participant*>& talkers) {
  std::vector<std::string> ids;
  ids.reserve(talkers.size());
  for (const auto* p : talkers) ids.push_back(p->id());
  Broadcast(signaling::MakeActiveSpeaker(ids));
}

}  // namespace vc::mcu::room
