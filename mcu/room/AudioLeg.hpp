#pragma once
// One participant's audio as the room's mixer sees it: which of its RTP packets are Opus (the
// negotiated payload type) and what level it says they carry (RFC 6464 extension id from the
// negotiation); and the outgoing stream we send it (our SSRC from the answer, our own sequence
// numbers and timestamps, marker at talkspurt start, the mix's level, RTCP sender reports).
// Pure packet work: no I/O, so the room decides where bytes go.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>

#include "mcu/audio/AudioMixer.hpp"
#include "mcu/negotiation/Negotiation.hpp"

namespace vc::mcu::room {

class AudioLeg {
 public:
  static constexpr uint32_t kSamplesPerFrame = 960;  // 20 ms at 48 kHz
  static constexpr size_t kMaxPacket = 1200;

  // Learns from the accepted audio section of `negotiation`; nullopt when it has none.
  // `random_start` seeds the first sequence number and timestamp (RFC 3550: random).
  static std::optional<AudioLeg> FromNegotiation(const negotiation::Negotiation& negotiation,
                                                 uint32_t random_start);

  // A view of the packet's Opus payload for the mixer, or nullopt when it is not our Opus
  // stream (video, RTX, another payload type) or the participant does not send audio to us.
  std::optional<audio::AudioPacket> ParseIncoming(std::span<const uint8_t> rtp,
                                                  audio::Clock::time_point arrival) const;

  // Writes the RTP packet carrying `frame` to this receiver; returns its size (0: too small).
  // Advances sequence number and timestamp.
  size_t WriteRtp(const audio::EncodedAudio& frame, std::span<uint8_t> out);
  // One frame's worth of time went by without sending (keeps the timestamp running).
  void SkipFrame() { timestamp_ += kSamplesPerFrame; }

  // An RTCP SR (+ SDES CNAME) for our stream; 0 when nothing was sent yet or `out` is too small.
  size_t WriteSenderReport(std::span<uint8_t> out, std::chrono::system_clock::time_point wall,
                           audio::Clock::time_point now) const;
  // The fraction lost (0..1) a receiver report block in `rtcp` gives for our SSRC, if any.
  std::optional<double> LossFromRtcp(std::span<const uint8_t> rtcp) const;

  bool receives() const { return receives_; }  // the participant accepts our audio
  bool sends() const { return sends_; }        // the participant sends audio to us
  uint32_t local_ssrc() const { return local_ssrc_; }
  uint8_t payload_type() const { return payload_type_; }
  std::optional<uint8_t> audio_level_id() const { return audio_level_id_; }
  uint64_t packets_sent() const { return packets_sent_; }

 private:
  AudioLeg() = default;

  uint8_t payload_type_ = 111;
  std::optional<uint8_t> audio_level_id_;
  uint32_t local_ssrc_ = 0;
  std::string cname_ = "vc-mcu";  // as announced in the answer's a=ssrc line
  bool sends_ = true;
  bool receives_ = true;
  // Outgoing stream state.
  uint16_t sequence_ = 0;
  uint32_t timestamp_ = 0;
  bool in_talkspurt_ = false;
  uint64_t packets_sent_ = 0;
  uint64_t octets_sent_ = 0;
  uint32_t last_timestamp_ = 0;
  audio::Clock::time_point last_sent_at_{};
};

}  // namespace vc::mcu::room
