#include "mcu/audio/SenderChannel.hpp"

#include <algorithm>

#include "mcu/audio/AudioFormat.hpp"
#include "mcu/audio/AudioLevel.hpp"

namespace vc::mcu::audio {
namespace {

// Ticks a sender keeps being decoded after its RFC 6464 level was last above silence, so a
// level hovering near the threshold does not flip between decoding and skipping.
constexpr int kAudibleHoldTicks = 10;

}  // namespace

SenderChannel::SenderChannel(const AudioMixerConfig& config)
    : jitter_buffer_(config.jitter_min, config.jitter_max),
      fifo_(kFrameSamples + kMaxPacketSamples),
      frame_(kFrameSamples) {
  units_.reserve(kMaxUnitsPerTick);
}

void SenderChannel::Push(const AudioPacket& packet) {
  ++stats_.packets_received;
  const int samples = OpusDecoder::PacketSamples(packet.payload);
  if (samples == 0) {
    ++stats_.packets_malformed;
    return;
  }
  JitterPacket jp;
  jp.sequence = packet.sequence;
  jp.timestamp = packet.timestamp;
  jp.samples = samples;
  jp.level_dbov = packet.level_dbov;
  jp.payload = packet.payload;
  jp.arrival = packet.arrival;
  if (jitter_buffer_.Push(jp) == JitterBuffer::PushResult::kLate) ++stats_.packets_late;
}

void SenderChannel::PullTick(Clock::time_point now) {
  units_.clear();
  decoded_ = false;
  tick_ingress_.reset();
  size_t samples = fifo_size_;
  while (samples < static_cast<size_t>(kFrameSamples) && units_.size() < kMaxUnitsPerTick) {
    JitterUnit unit = jitter_buffer_.Pop(now);
    if (unit.kind == JitterUnit::Kind::kNoData) break;
    samples += static_cast<size_t>(unit.samples);
    if (unit.kind == JitterUnit::Kind::kPacket) tick_ingress_ = unit.arrival;
    units_.push_back(unit);
  }
  has_audio_ = samples > 0;
  if (!has_audio_) {
    tick_level_ = 127;
  } else if (units_.empty()) {
    tick_level_ = last_level_;  // the rest of a longer packet
  } else {
    tick_level_ = units_.front().level_dbov;
    for (const JitterUnit& unit : units_) {
      if (!unit.level_dbov || !tick_level_) {
        tick_level_.reset();
        break;
      }
      tick_level_ = std::min(*tick_level_, *unit.level_dbov);
    }
  }
  last_level_ = tick_level_;
  level_ = tick_level_.value_or(127);
  if (tick_level_ && *tick_level_ < kSilentLevel) {
    audible_hold_ = kAudibleHoldTicks;
  } else if (audible_hold_ > 0) {
    --audible_hold_;
  }
}

void SenderChannel::DecodeTick() {
  if (decoded_) return;
  decoded_ = true;
  if (skipping_) WarmUp();
  for (const JitterUnit& unit : units_) DecodeUnit(unit);
  const size_t take = std::min<size_t>(fifo_size_, kFrameSamples);
  std::copy_n(fifo_.begin(), take, frame_.begin());
  std::fill(frame_.begin() + static_cast<ptrdiff_t>(take), frame_.end(), 0.0f);
  std::copy(fifo_.begin() + static_cast<ptrdiff_t>(take),
            fifo_.begin() + static_cast<ptrdiff_t>(fifo_size_), fifo_.begin());
  fifo_size_ -= take;
  if (!tick_level_ && has_audio_) level_ = LevelFromPcm(frame_);
}

void SenderChannel::DecodeUnit(const JitterUnit& unit) {
  const size_t room = fifo_.size() - fifo_size_;
  const size_t samples = std::min(static_cast<size_t>(unit.samples), room);
  std::span<float> out(fifo_.data() + fifo_size_, samples);
  int decoded = 0;
  switch (unit.kind) {
    case JitterUnit::Kind::kPacket:
      decoded = decoder_.Decode(unit.payload, out);
      ++stats_.frames_decoded;
      break;
    case JitterUnit::Kind::kMissing:
      if (!unit.fec.empty()) {
        decoded = decoder_.DecodeFec(unit.fec, out);
        ++stats_.frames_fec_recovered;
      } else {
        decoded = decoder_.Conceal(out);
        ++stats_.frames_concealed;
      }
      break;
    case JitterUnit::Kind::kNoData:
      return;
  }
  if (decoded <= 0 && unit.kind == JitterUnit::Kind::kPacket) decoded = decoder_.Conceal(out);
  // Keep the timeline whatever libopus made of it.
  const size_t written = std::min(static_cast<size_t>(std::max(decoded, 0)), samples);
  std::fill(out.begin() + static_cast<ptrdiff_t>(written), out.end(), 0.0f);
  fifo_size_ += samples;
}

void SenderChannel::WarmUp() {
  skipping_ = false;
  decoder_.Reset();
  if (fifo_stale_) std::fill_n(fifo_.begin(), fifo_size_, 0.0f);
  fifo_stale_ = false;
  // Oldest first; the output is thrown away, only the decoder's state matters.
  std::vector<float> scratch(kMaxPacketSamples);
  for (size_t i = 0; i < warmup_count_; ++i) {
    const auto& payload =
        warmup_[(warmup_next_ + kWarmupPackets - warmup_count_ + i) % kWarmupPackets];
    decoder_.Decode(payload, scratch);
  }
  warmup_count_ = 0;
}

void SenderChannel::Remember(std::span<const uint8_t> payload) {
  warmup_[warmup_next_].assign(payload.begin(), payload.end());
  warmup_next_ = (warmup_next_ + 1) % kWarmupPackets;
  warmup_count_ = std::min(warmup_count_ + 1, kWarmupPackets);
}

void SenderChannel::SkipTick() {
  if (decoded_) return;
  if (has_audio_) ++stats_.frames_not_decoded;
  skipping_ = true;
  size_t samples = fifo_size_;
  for (const JitterUnit& unit : units_) {
    samples += static_cast<size_t>(unit.samples);
    if (unit.kind == JitterUnit::Kind::kPacket) Remember(unit.payload);
  }
  fifo_size_ = samples > static_cast<size_t>(kFrameSamples) ? samples - kFrameSamples : 0;
  fifo_stale_ = fifo_size_ > 0;
}

SenderStats SenderChannel::stats() const {
  SenderStats stats = stats_;
  stats.jitter_target = jitter_buffer_.target_delay();
  stats.buffered = jitter_buffer_.buffered();
  return stats;
}

}  // namespace vc::mcu::audio
