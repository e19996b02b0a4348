#include "mcu/room/Room.hpp"

#include <algorithm>

namespace vc::mcu::room {

Room::Room(std::string name, std::optional<std::string> pin, Listener& listener,
           GMainContext* context, metrics::McuMetrics& metrics, audio::AudioMixerConfig mixer_config,
           std::optional<video::VideoMixerConfig> video_config)
    : name_(std::move(name)), pin_(std::move(pin)), echo_(IsEchoRoomName(name_)), listener_(listener) {
  if (!echo_) {
    audio_ = std::make_unique<AudioConference>(context, metrics, name_, *this, mixer_config);
    if (video_config) {
      video_ = std::make_unique<VideoConference>(context, metrics, name_, *video_config);
    }
  }
}

Room::~Room() {
  // The conferences hold pointers to participants: they go first.
  video_.reset();
  audio_.reset();
}

Participant& Room::Add(std::unique_ptr<Participant> participant) {
  participants_.push_back(std::move(participant));
  if (audio_) audio_->Add(*participants_.back());
  if (video_) video_->Add(*participants_.back());
  return *participants_.back();
}

std::unique_ptr<Participant> Room::Remove(const std::string& id) {
  auto it = std::find_if(participants_.begin(), participants_.end(),
                         [&](const auto& p) { return p->id() == id; });
  if (it == participants_.end()) return nullptr;
  std::unique_ptr<Participant> removed = std::move(*it);
  participants_.erase(it);
  echo_forwarders_.erase(removed.get());
  uplink_.Remove(*removed);
  if (audio_) audio_->Remove(*removed);
  if (video_) video_->Remove(*removed);
  if (presenter_ == removed->id()) SetLayout(layout_, std::nullopt);
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
  if (!ApplyMuted(participant, muted, by)) return false;
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

std::optional<video::Layout::Kind> Room::LayoutKindFromName(const std::string& name) {
  if (name == "grid") return video::Layout::kGrid;
  if (name == "speaker") return video::Layout::kSpeaker;
  if (name == "presenter") return video::Layout::kPresenter;
  return std::nullopt;
}

std::string Room::LayoutName(video::Layout::Kind kind) {
  switch (kind) {
    case video::Layout::kSpeaker:
      return "speaker";
    case video::Layout::kPresenter:
      return "presenter";
    case video::Layout::kGrid:
      break;
  }
  return "grid";
}

bool Room::SetLayout(video::Layout::Kind kind, const std::optional<std::string>& presenter) {
  Participant* shown = nullptr;
  if (presenter && !presenter->empty()) {
    shown = Find(*presenter);
    if (shown == nullptr) return false;
  }
  layout_ = kind;
  presenter_ = shown != nullptr ? std::optional<std::string>(shown->id()) : std::nullopt;
  if (video_) video_->SetLayout(kind, shown);
  Broadcast(signaling::MakeLayout(LayoutName(kind), presenter_));
  return true;
}

std::vector<signaling::ParticipantInfo> Room::List() const {
  std::vector<signaling::ParticipantInfo> list;
  list.reserve(participants_.size());
  for (const auto& p : participants_) list.push_back({p->id(), p->name(), p->muted(), p->chair()});
  return list;
}

void Room::Broadcast(const std::string& message, const Participant* except) {
  for (auto& p : participants_) {
    if (p.get() != except) p->peer().Send(message);
  }
}

void Room::OnParticipantRtp(Participant* participant, uint8_t* data, size_t len) {
  uplink_.OnRtp(*participant, data, len);  // before the echo rewrites the SSRC in place
  if (audio_) {
    audio_->OnRtp(*participant, data, len);  // each takes its own payload types
    if (video_) video_->OnRtp(*participant, data, len);
    return;
  }
  echo_forwarders_.try_emplace(participant, *participant).first->second.ForwardRtp(data, len);
}

void Room::OnParticipantRtcp(Participant* participant, uint8_t* data, size_t len) {
  if (audio_) {
    audio_->OnRtcp(*participant, data, len);
    if (video_) video_->OnRtcp(*participant, data, len);
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
  if (video_) video_->SetActiveSpeaker(talkers.empty() ? nullptr : talkers.front());
}

}  // namespace vc::mcu::room
