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
#include "mcu/room/AudioConference.hpp"
#include "mcu/room/EchoForwarder.hpp"
#include "mcu/room/Participant.hpp"
#include "mcu/room/VideoConference.hpp"
#include "mcu/room/UplinkRateControl.hpp"
#include "mcu/signaling/SignalingMessages.hpp"

namespace vc::mcu::room {

class Room : public Participant::Listener, public AudioConference::Listener {
 public:
  class Listener {
   public:
    virtual ~Listener() = default;
    // The owner must remove the participant later (not from inside this call).
    virtual void OnRoomParticipantFailed(Room* room, Participant* participant,
                                         const std::string& reason) = 0;
  };

  // context: the media thread's, for the mixing timer.
  Room(std::string name, std::optional<std::string> pin, Listener& listener, GMainContext* context,
       metrics::McuMetrics& metrics, audio::AudioMixerConfig mixer_config = {},
       std::optional<video::VideoMixerConfig> video_config = video::VideoMixerConfig{});
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
  // everyone the new list. Returns whether anything changed.
  bool SetMuted(Participant& participant, bool muted, const std::string& by);
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

  const std::string name_;
  const std::optional<std::string> pin_;
  const bool echo_;
  Listener& listener_;  // passed by argument
  // In join order, so lists read the way people arrived.
  std::vector<std::unique_ptr<Participant>> participants_;
  std::map<const Participant*, EchoForwarder> echo_forwarders_;
  std::unique_ptr<AudioConference> audio_;  // conference rooms only
  std::unique_ptr<VideoConference> video_;  // conference rooms with video enabled
  video::Layout::Kind layout_ = video::Layout::kGrid;
  std::optional<std::string> presenter_;
  UplinkRateControl uplink_;
};

}  // namespace vc::mcu::room
