#pragma once
// A conference room on the media thread: its participants and how media moves between them.
// Rooms named "echo..." send each participant its own media back (EchoForwarder); every other
// room is an audio conference (AudioConference: each hears everybody else, never itself) and a
// video conference (VideoConference: each sees the room's composite, in the room's layout).
#include <glib.h>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "mcu/metrics/McuMetrics.hpp"
#include "mcu/recording/RecordingDirectory.hpp"
#include "mcu/recording/RoomRecorder.hpp"
#include "mcu/room/AudioConference.hpp"
#include "mcu/room/EchoForwarder.hpp"
#include "mcu/room/Participant.hpp"
#include "mcu/room/VideoConference.hpp"
#include "mcu/room/UplinkRateControl.hpp"
#include "mcu/signaling/SignalingMessages.hpp"

namespace vc::mcu::room {

class Room : public Participant::Listener,
             public AudioConference::Listener,
             public VideoConference::RecordingSink,
             public recording::RoomRecorder::Listener {
 public:
  class Listener {
   public:
    virtual ~Listener() = default;
    // The owner must remove the participant later (not from inside this call).
    virtual void OnRoomParticipantFailed(Room* room, Participant* participant,
                                         const std::string& reason) = 0;
  };

  // context: the media thread's, for the mixing timer. recordings: where recordings go
  // (borrowed; null: recording unavailable).
  Room(std::string name, std::optional<std::string> pin, Listener& listener, GMainContext* context,
       metrics::McuMetrics& metrics, audio::AudioMixerConfig mixer_config = {},
       std::optional<video::VideoMixerConfig> video_config = video::VideoMixerConfig{},
       const recording::RecordingDirectory* recordings = nullptr);
  ~Room() override;

  static bool IsEchoRoomName(const std::string& name) { return name.rfind("echo", 0) == 0; }

  const std::string& name() const { return name_; }
  bool echo() const { return echo_; }
  bool empty() const { return participants_.empty(); }
  size_t size() const { return participants_.size(); }
  // No PIN set: anyone may join. Otherwise the join's PIN must match.
  bool AdmitsPin(const std::optional<std::string>& pin) const { return !pin_ || pin == pin_; }

  Participant& Add(std::unique_ptr<Participant> participant);
  // Returns the removed participant (nullptr if unknown) so the caller decides when it dies.
  std::unique_ptr<Participant> Remove(const std::string& id);
  Participant* Find(const std::string& id);

  // Server-side mute; tells the participant ({"type":"muted",...,"by":by}) when it changed and
  // everyone the new list. Returns whether anything changed. Unmuting lowers a raised hand.
  bool SetMuted(Participant& participant, bool muted, const std::string& by);
  // Raises or lowers a hand; when it changed, everyone gets {"type":"hand",...} and the new
  // list. Returns whether anything changed. An unmute (SetMuted false: the floor is given) and
  // Remove lower the hand too.
  bool SetHand(Participant& participant, bool raised);
  // Everyone but the chairs; one participants event for the lot.
  void SetMutedAll(bool muted, const std::string& by);
  bool Talking(const Participant& participant) const;

  // The composite's layout (conference rooms); presenter: a participant id or empty. Tells
  // everyone ({"type":"layout",...}). False (nothing changed) for an unknown presenter.
  bool SetLayout(video::Layout::Kind kind, const std::optional<std::string>& presenter);
  // "grid" | "speaker" | "presenter" (the signaling and admin API names).
  static std::optional<video::Layout::Kind> LayoutKindFromName(const std::string& name);
  static std::string LayoutName(video::Layout::Kind kind);
  video::Layout::Kind layout() const { return layout_; }
  const std::optional<std::string>& presenter() const { return presenter_; }
  VideoConference* video() { return video_.get(); }

  // Recording (docs/signaling.md "Recording"): a conference room with a recording directory.
  bool recording_available() const { return !echo_ && recordings_ != nullptr; }
  bool recording() const { return recorder_ != nullptr; }
  // Starts or stops; tells everyone ({"type":"recording",...}) when it changed. Returns whether
  // it changed. Throws signaling::SignalingError recording_unavailable / recording_failed.
  bool SetRecording(bool on);
  // The file of the recording now, else of the last one ("" when none).
  const std::string& recording_file() const { return recording_file_; }
  // {"type":"recording",...} as it stands now (what a joiner gets after `joined`).
  std::string RecordingMessage() const;

  std::vector<signaling::ParticipantInfo> List() const;
  // REMB to every video sender (loss-based uplink estimate, admin caps); echo and conference.
  UplinkRateControl& uplink() { return uplink_; }
  const UplinkRateControl& uplink() const { return uplink_; }
  void Broadcast(const std::string& message, const Participant* except = nullptr);

 private:
  bool ApplyMuted(Participant& participant, bool muted, const std::string& by);

  // Participant::Listener
  void OnParticipantRtp(Participant* participant, uint8_t* data, size_t len) override;
  void OnParticipantRtcp(Participant* participant, uint8_t* data, size_t len) override;
  void OnParticipantFailed(Participant* participant, const std::string& reason) override;
  // AudioConference::Listener
  void OnAudioConferenceTalkers(AudioConference* conference,
                                const std::vector<Participant*>& talkers) override;
  void OnAudioConferenceFullMix(AudioConference* conference,
                                const std::shared_ptr<const audio::EncodedAudio>& frame,
                                audio::Clock::time_point slot) override;
  // VideoConference::RecordingSink
  void OnVideoConferenceRecordedFrame(const std::shared_ptr<const video::EncodedFrame>& frame) override;
  // recording::RoomRecorder::Listener
  void OnRoomRecorderFailed(recording::RoomRecorder* recorder, const std::string& reason) override;
  void OnRoomRecorderKeyframeNeeded(recording::RoomRecorder* recorder) override;
  // Ends the recording (the file is finished) without telling anyone.
  void StopRecorder();

  const std::string name_;
  const std::optional<std::string> pin_;
  const bool echo_;
  // Passed by argument.
  Listener& listener_;
  GMainContext* context_;
  metrics::McuMetrics& metrics_;
  const recording::RecordingDirectory* recordings_;
  // In join order, so lists read the way people arrived.
  std::vector<std::unique_ptr<Participant>> participants_;
  std::map<const Participant*, EchoForwarder> echo_forwarders_;
  std::unique_ptr<AudioConference> audio_;  // conference rooms only
  std::unique_ptr<VideoConference> video_;  // conference rooms with video enabled
  video::Layout::Kind layout_ = video::Layout::kGrid;
  std::optional<std::string> presenter_;
  UplinkRateControl uplink_;
  std::unique_ptr<recording::RoomRecorder> recorder_;  // while recording
  std::string recording_file_;
};

}  // namespace vc::mcu::room
