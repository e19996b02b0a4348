#pragma once
// A non-echo room's audio: every participant's Opus goes into one AudioMixer; a 20 ms timer on
// the media thread (absolute deadlines, so it does not drift) mixes and sends each participant
// its frame as RTP (its payload type, our SSRC, its own sequence/timestamp, SRTP per receiver).
// Receivers' RTCP loss tunes the encoders; an RTCP SR goes out per stream about every 5 s.
// Media thread only.
#include <glib.h>

#include <array>
#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "mcu/audio/AudioMixer.hpp"
#include "mcu/engine/MediaThread.hpp"
#include "mcu/metrics/McuMetrics.hpp"
#include "mcu/room/AudioLeg.hpp"
#include "mcu/room/ParticipantAudioMetrics.hpp"

namespace vc::mcu::room {

class Participant;

class AudioConference {
 public:
  class Listener {
   public:
    virtual ~Listener() = default;
    // The talker set changed (loudest first); at most about three calls a second.
    virtual void OnAudioConferenceTalkers(AudioConference* conference,
                                          const std::vector<Participant*>& talkers) = 0;
    // While SetFullMixWanted(true): every 20 ms frame of the full mix (all talkers, what a
    // listener who is not talking hears), with the slot it was mixed for.
    virtual void OnAudioConferenceFullMix(AudioConference* /*conference*/,
                                          const std::shared_ptr<const audio::EncodedAudio>& /*frame*/,
                                          audio::Clock::time_point /*slot*/) {}
  };
  using NowFunction = std::function<audio::Clock::time_point()>;

  static constexpr std::chrono::milliseconds kFrame{20};
  static constexpr std::chrono::milliseconds kSpeakerEventInterval{340};
  static constexpr std::chrono::seconds kSenderReportInterval{5};

  AudioConference(GMainContext* context, metrics::McuMetrics& metrics, std::string room,
                  Listener& listener, audio::AudioMixerConfig config = {},
                  NowFunction now = [] { return audio::Clock::now(); });
  ~AudioConference();
  AudioConference(const AudioConference&) = delete;
  AudioConference& operator=(const AudioConference&) = delete;

  void Add(Participant& participant);
  void Remove(Participant& participant);
  void SetMuted(Participant& participant, bool muted);
  bool Talking(const Participant& participant) const;
  // A recording is on: the Listener gets the full mix every tick.
  void SetFullMixWanted(bool wanted);

  void OnRtp(Participant& participant, const uint8_t* data, size_t len);
  void OnRtcp(Participant& participant, const uint8_t* data, size_t len);

 private:
  struct Member {
    Participant* participant = nullptr;
    std::optional<AudioLeg> leg;  // once its offer is negotiated
    std::unique_ptr<ParticipantAudioMetrics> metrics;
  };

  void ScheduleNextTick();
  void Tick();
  void MixAndSend(audio::Clock::time_point now);
  void SendSenderReports(audio::Clock::time_point now);
  void UpdateMetrics();
  void NotifyTalkers(audio::Clock::time_point now);
  Member* Find(const Participant& participant);
  AudioLeg* LegOf(Member& member);

  // Passed by argument.
  metrics::McuMetrics& metrics_;
  const std::string room_;
  Listener& listener_;
  NowFunction now_;
  // Allocated by this.
  std::unique_ptr<audio::AudioMixer> mixer_;
  engine::GlibTimer timer_;
  std::map<audio::ParticipantKey, Member> members_;
  std::map<const Participant*, audio::ParticipantKey> keys_;
  audio::ParticipantKey next_key_ = 1;
  audio::Clock::time_point next_tick_{};
  audio::Clock::time_point next_sender_reports_{};
  audio::Clock::time_point next_metrics_{};
  std::vector<audio::ParticipantKey> announced_talkers_;
  audio::Clock::time_point last_talker_event_{};
  metrics::Counter& encodes_;
  bool full_mix_wanted_ = false;
  std::mt19937 random_{std::random_device{}()};
  std::array<uint8_t, AudioLeg::kMaxPacket> packet_{};
};

}  // namespace vc::mcu::room
