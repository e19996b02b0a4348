#include "mcu/room/Room.hpp"

#include <algorithm>

namespace vc::mcu::room {

Room::Room(std::string name, std::optional<std::string> pin, Listener& listener,
           GMainContext* context, metrics::McuMetrics& metrics, audio::AudioMixerConfig mixer_config,
           std::optional<video::VideoMixerConfig> video_config,
           const recording::RecordingDirectory* recordings)
    : name_(std::move(name)),
      pin_(std::move(pin)),
      echo_(IsEchoRoomName(name_)),
      listener_(listener),
      context_(context),
      metrics_(metrics),
      recordings_(recordings) {
  if (!echo_) {
    audio_ = std::make_unique<AudioConference>(context, metrics, name_, *this, mixer_config);
    if (video_config) {
      video_ = std::make_unique<VideoConference>(context, metrics, name_, *video_config);
    }
  }
}

Room::~Room() {
  StopRecorder();
  // The conferences hold pointers to participants: they go first.
  video_.reset();
  audio_.reset();
  metrics_.recording_bytes_total.Remove({name_});
  metrics_.recording_dropped_frames_total.Remove({name_});
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
  // The others' hand queues drop it now; the owner broadcasts the new list.
  if (removed->hand()) Broadcast(signaling::MakeHand(removed->id(), removed->name(), false));
  if (audio_) audio_->Remove(*removed);
  if (video_) video_->Remove(*removed);
  if (presenter_ == removed->id()) SetLayout(layout_, std::nullopt);
  // Nobody left to be recorded: the recording ends with the last participant.
  if (participants_.empty()) StopRecorder();
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

bool Room::SetRecording(bool on) {
  if (!recording_available()) {
    throw signaling::SignalingError(
        "recording_unavailable", echo_ ? "an echo room is not recorded"
                                       : "this MCU records nothing (no --recording-dir)");
  }
  if (on == recording()) return false;
  if (!on) {
    StopRecorder();
    Broadcast(RecordingMessage());
    return true;
  }
  recording::RoomRecorder::Config config;
  config.video = video_ != nullptr;
  if (video_) config.video_size = {video_->recorded_tier().width, video_->recorded_tier().height};
  try {
    recorder_ = std::make_unique<recording::RoomRecorder>(context_, metrics_, name_, *recordings_,
                                                          config, *this);
  } catch (const std::exception& e) {
    throw signaling::SignalingError("recording_failed", e.what());
  }
  recording_file_ = recorder_->file_name();
  if (audio_) audio_->SetFullMixWanted(true);
  if (video_) video_->SetRecordingSink(this);
  Broadcast(RecordingMessage());
  return true;
}

void Room::StopRecorder() {
  if (!recorder_) return;
  if (video_) video_->SetRecordingSink(nullptr);
  if (audio_) audio_->SetFullMixWanted(false);
  recorder_.reset();  // finishes the file
}

std::string Room::RecordingMessage() const {
  std::optional<std::string> since;
  if (recorder_) since = recording::RoomRecorder::IsoTime(recorder_->since());
  return signaling::MakeRecording(recording_available(), recording(), since);
}

void Room::OnAudioConferenceFullMix(AudioConference*,
                                    const std::shared_ptr<const audio::EncodedAudio>& frame,
                                    audio::Clock::time_point slot) {
  if (recorder_) recorder_->OnAudioFrame(frame, slot);
}

void Room::OnVideoConferenceRecordedFrame(const std::shared_ptr<const video::EncodedFrame>& frame) {
  if (recorder_) recorder_->OnVideoFrame(frame);
}

void Room::OnRoomRecorderFailed(recording::RoomRecorder*, const std::string& reason) {
  StopRecorder();  // from the recorder's own timer, which allows it
  Broadcast(RecordingMessage());
  // The chairs (who start and stop recordings) also learn why.
  for (auto& p : participants_) {
    if (p->chair()) {
      metrics_.SignalingError("recording_failed").Inc();
      p->peer().Send(signaling::MakeError("recording_failed", "the recording stopped: " + reason));
    }
  }
}

void Room::OnRoomRecorderKeyframeNeeded(recording::RoomRecorder*) {
  if (video_) video_->RequestRecordingKeyframe();
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
