#pragma once
// One room's audio conference, transport-agnostic: RTP payloads of every sender go in (Push),
// every 20 ms Mix() gives each participant the Opus frame to send it. Loudest-N talker selection
// (RFC 6464 levels when present), per-sender adaptive jitter buffer + Opus decode with PLC/FEC,
// a minus-self mix per active talker and one shared mix for everybody else, each mix encoded once.
// Single-threaded: the room's owner thread calls everything.
#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace vc::mcu::audio {

using Clock = std::chrono::steady_clock;
using ParticipantKey = uint32_t;

struct AudioMixerConfig {
  size_t max_talkers = 3;            // loudest N mixed
  int encoder_bitrate = 32000;       // bit/s for every mix encoder
  std::chrono::milliseconds jitter_min{20};
  std::chrono::milliseconds jitter_max{200};
};

// One received Opus RTP packet, already decrypted and parsed by the transport.
struct AudioPacket {
  uint16_t sequence = 0;
  uint32_t timestamp = 0;                // 48 kHz RTP clock
  std::optional<uint8_t> level_dbov;     // RFC 6464: 0 (loudest) .. 127 (silence), -dBov
  std::optional<bool> voice_activity;    // RFC 6464 V bit when the sender sets it
  std::span<const uint8_t> payload;      // Opus; copied by Push
  Clock::time_point arrival;
};

// One encoded 20 ms Opus frame, shared by every receiver that hears the same mix.
struct EncodedAudio {
  std::vector<uint8_t> opus;
  uint8_t level_dbov = 127;              // of the mix, for the outgoing audio-level extension
  bool voice = false;                    // anything but silence in it
  std::vector<ParticipantKey> contributors;
  // Arrival time of the newest packet mixed into this frame (for MCU-added delay figures).
  std::optional<Clock::time_point> newest_ingress;
};

struct MixOutput {
  ParticipantKey receiver;
  std::shared_ptr<const EncodedAudio> frame;  // same pointer for everyone on the shared mix
};

struct SenderStats {
  std::chrono::milliseconds jitter_target{0};  // the buffer's current target delay
  std::chrono::milliseconds buffered{0};       // audio currently held
  uint64_t packets_received = 0;
  uint64_t packets_late = 0;        // arrived after their playout time, dropped
  uint64_t frames_decoded = 0;
  uint64_t frames_concealed = 0;    // PLC
  uint64_t frames_fec_recovered = 0;
  uint64_t frames_not_decoded = 0;  // silent, not a talker: skipped (the cheap path)
  uint64_t packets_malformed = 0;   // not an Opus packet: dropped at Push
  bool muted = false;
  bool talking = false;             // in the current talker set
};

class AudioMixer {
 public:
  explicit AudioMixer(AudioMixerConfig config = {});
  ~AudioMixer();
  AudioMixer(const AudioMixer&) = delete;
  AudioMixer& operator=(const AudioMixer&) = delete;

  void AddParticipant(ParticipantKey key);
  void RemoveParticipant(ParticipantKey key);
  // A muted participant is neither mixed nor selected as a talker; it still hears the others.
  void SetMuted(ParticipantKey key, bool muted);
  // Loss the receiver reports (RTCP RR fraction lost, 0..1); tunes the encoders' FEC.
  void SetReceiverLoss(ParticipantKey key, double fraction_lost);

  // Never throws; a malformed payload is counted and dropped.
  void Push(ParticipantKey key, const AudioPacket& packet);
  // Call every 20 ms. One entry per participant (a participant can be its own only talker:
  // then it gets silence). Empty frames are never returned; silence is a small Opus frame.
  std::vector<MixOutput> Mix(Clock::time_point now);

  // A recording wants the full mix (every talker: what a listener who is not talking hears)
  // every tick, also when no participant receives it.
  void SetFullMixWanted(bool wanted);
  // The full mix of the last Mix(), when wanted (null otherwise).
  std::shared_ptr<const EncodedAudio> full_mix() const;

  // The current talker set, loudest first (for active-speaker events).
  std::vector<ParticipantKey> ActiveTalkers() const;
  std::optional<SenderStats> Stats(ParticipantKey key) const;
  // How many Opus encodes the last Mix() did (shared mixes make this <= talkers + 1).
  size_t last_encode_count() const;

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace vc::mcu::audio
