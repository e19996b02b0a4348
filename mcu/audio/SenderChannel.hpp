#pragma once
// Everything the conference keeps for one sender: its jitter buffer, Opus decoder and loudness
// normaliser, and its counters. A tick is two steps so the mixer can choose in between: PullTick
// takes this tick's packets out of the jitter buffer (and their RFC 6464 level), then either
// DecodeTick produces the 20 ms frame or SkipTick passes over it cheaply (a silent non-talker).
// After skipping, the decoder is reset and fed the last skipped packets before it decodes again,
// so a sender who starts to talk comes in without a click.
#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "mcu/audio/AudioMixer.hpp"
#include "mcu/audio/JitterBuffer.hpp"
#include "mcu/audio/LevelNormalizer.hpp"
#include "mcu/audio/OpusDecoder.hpp"

namespace vc::mcu::audio {

class SenderChannel {
 public:
  explicit SenderChannel(const AudioMixerConfig& config);

  // Never throws; malformed payloads are counted and dropped.
  void Push(const AudioPacket& packet);

  void PullTick(Clock::time_point now);
  // Whether this tick has audio at all (a packet, concealment, or leftover of a longer packet).
  bool has_audio() const { return has_audio_; }
  // The tick's RFC 6464 level when every packet in it carried one.
  std::optional<uint8_t> tick_level() const { return tick_level_; }
  // Recently not silent by its RFC 6464 level (or it sends none): worth keeping decoded.
  bool recently_audible() const { return !tick_level_ || audible_hold_ > 0; }
  // The level for talker selection: RFC 6464 when present, else the decoded frame's energy.
  uint8_t level() const { return level_; }

  void DecodeTick();
  void SkipTick();
  bool decoded() const { return decoded_; }
  // This tick's frame (kFrameSamples) after DecodeTick.
  std::span<float> frame() { return frame_; }
  std::optional<Clock::time_point> tick_ingress() const { return tick_ingress_; }

  LevelNormalizer& normalizer() { return normalizer_; }
  void set_muted(bool muted) { stats_.muted = muted; }
  bool muted() const { return stats_.muted; }
  void set_talking(bool talking) { stats_.talking = talking; }
  SenderStats stats() const;

 private:
  static constexpr size_t kMaxUnitsPerTick = 12;
  static constexpr size_t kWarmupPackets = 2;

  void DecodeUnit(const JitterUnit& unit);
  void WarmUp();
  void Remember(std::span<const uint8_t> payload);

  // Allocated by this.
  JitterBuffer jitter_buffer_;
  OpusDecoder decoder_;
  LevelNormalizer normalizer_;
  SenderStats stats_;
  std::vector<JitterUnit> units_;
  std::vector<float> fifo_;  // decoded audio not played yet (longer packets)
  size_t fifo_size_ = 0;
  bool fifo_stale_ = false;  // fifo_size_ counts samples that were skipped, not decoded
  std::vector<float> frame_;
  bool has_audio_ = false;
  bool decoded_ = false;
  bool skipping_ = false;
  std::optional<uint8_t> tick_level_;
  std::optional<uint8_t> last_level_;
  uint8_t level_ = 127;
  int audible_hold_ = 0;
  std::optional<Clock::time_point> tick_ingress_;
  std::array<std::vector<uint8_t>, kWarmupPackets> warmup_;
  size_t warmup_next_ = 0;
  size_t warmup_count_ = 0;
};

}  // namespace vc::mcu::audio
