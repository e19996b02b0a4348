#include "mcu/audio/JitterBuffer.hpp"

#include <algorithm>

#include "mcu/audio/AudioFormat.hpp"

namespace vc::mcu::audio {
namespace {

using std::chrono::duration_cast;
using std::chrono::microseconds;
using std::chrono::milliseconds;

constexpr auto kTransitWindow = std::chrono::seconds(2);
constexpr size_t kMaxTransitSamples = 400;
constexpr auto kTargetUpdateInterval = milliseconds(100);
// Above the target by more than one frame (one expansion after a loss is kept: it is what lets
// in-band FEC find the next packet already buffered when the next loss comes).
constexpr int64_t kDropMarginUs = 30'000;
// Loud frames are dropped only when the delay is clearly too high; quiet ones earlier.
constexpr int64_t kLoudDropMarginUs = 60'000;
constexpr int64_t kFastDropMarginUs = 100'000;  // far above target: drop faster
constexpr uint8_t kQuietLevel = 50;             // RFC 6464: -50 dBov or quieter
constexpr auto kDropInterval = milliseconds(100);
constexpr auto kFastDropInterval = milliseconds(40);
// A timestamp jump without a sequence gap longer than this is a restart, not a pause.
constexpr int64_t kMaxPauseSamples = 10 * kSampleRate;
// Opus packets this small carry no audio (DTX / comfort noise updates).
constexpr size_t kDtxPayloadBytes = 2;

int64_t SamplesToUs(int64_t samples) { return samples * 1000 / kSamplesPerMs; }

int64_t Us(Clock::time_point t) {
  return duration_cast<microseconds>(t.time_since_epoch()).count();
}

}  // namespace

JitterBuffer::JitterBuffer(milliseconds min_delay, milliseconds max_delay)
    : min_delay_us_(duration_cast<microseconds>(min_delay).count()),
      max_delay_us_(std::max(min_delay_us_, duration_cast<microseconds>(max_delay).count())),
      target_us_(min_delay_us_) {}

JitterBuffer::PushResult JitterBuffer::Push(const JitterPacket& packet) {
  const int64_t seq = seq_unwrapper_.Unwrap(packet.sequence);
  const int64_t ts = ts_unwrapper_.Unwrap(packet.timestamp);
  if (!next_seq_) next_seq_ = seq;
  if (seq < *next_seq_) {
    if (!can_rewind_ || highest_seq_ - seq >= static_cast<int64_t>(kSlots)) {
      return PushResult::kLate;
    }
    next_seq_ = seq;
  }
  if (seq >= *next_seq_ + static_cast<int64_t>(kSlots)) {
    // So far ahead that the stream restarted or a long outage passed: start over from here.
    Clear();
    next_seq_ = seq;
  }
  Slot& slot = slots_[static_cast<size_t>(seq) & (kSlots - 1)];
  if (slot.used) {
    if (slot.seq == seq) return PushResult::kDuplicate;
    Release(slot);
  }
  slot.used = true;
  slot.seq = seq;
  slot.ts = ts;
  slot.samples = packet.samples;
  slot.level_dbov = packet.level_dbov;
  slot.arrival = packet.arrival;
  slot.payload.assign(packet.payload.begin(), packet.payload.end());
  ++held_;
  held_samples_ += packet.samples;
  highest_seq_ = held_ == 1 ? seq : std::max(highest_seq_, seq);
  RecordTransit(ts, packet.arrival);
  return PushResult::kStored;
}

void JitterBuffer::RecordTransit(int64_t ts, Clock::time_point arrival) {
  const int64_t transit = Us(arrival) - SamplesToUs(ts);
  if (!min_transit_us_ || transit < *min_transit_us_) min_transit_us_ = transit;
  if (transit_.size() >= kMaxTransitSamples) transit_.pop_front();
  transit_.emplace_back(arrival, transit);
}

void JitterBuffer::UpdateTarget(Clock::time_point now) {
  if (last_target_update_ && now - *last_target_update_ < kTargetUpdateInterval) return;
  last_target_update_ = now;
  while (!transit_.empty() && now - transit_.front().first > kTransitWindow) transit_.pop_front();
  if (transit_.empty()) {
    target_us_ = min_delay_us_;
    return;  // keep the last minimum: the path did not change because the sender paused
  }
  scratch_.clear();
  for (const auto& [arrival, transit] : transit_) scratch_.push_back(transit);
  const int64_t lowest = *std::min_element(scratch_.begin(), scratch_.end());
  min_transit_us_ = lowest;
  const size_t rank = scratch_.size() * 95 / 100;
  std::nth_element(scratch_.begin(), scratch_.begin() + static_cast<ptrdiff_t>(rank),
                   scratch_.end());
  target_us_ = std::clamp(scratch_[rank] - lowest, min_delay_us_, max_delay_us_);
}

int64_t JitterBuffer::DelayUs(Clock::time_point now) const {
  return Us(now) - SamplesToUs(next_ts_) - min_transit_us_.value_or(0);
}

JitterBuffer::Slot* JitterBuffer::Find(int64_t seq) {
  Slot& slot = slots_[static_cast<size_t>(seq) & (kSlots - 1)];
  return slot.used && slot.seq == seq ? &slot : nullptr;
}

JitterBuffer::Slot* JitterBuffer::FindFirstFrom(int64_t seq) {
  if (held_ == 0) return nullptr;
  for (int64_t s = seq; s <= highest_seq_ && s < seq + static_cast<int64_t>(kSlots); ++s) {
    if (Slot* slot = Find(s)) return slot;
  }
  return nullptr;
}

void JitterBuffer::Release(Slot& slot) {
  // The payload bytes stay (capacity reused): spans handed out stay valid until the next Push.
  slot.used = false;
  --held_;
  held_samples_ -= slot.samples;
}

void JitterBuffer::Clear() {
  for (Slot& slot : slots_) {
    if (slot.used) Release(slot);
  }
  playing_ = false;
  can_rewind_ = true;
  next_seq_.reset();
  transit_.clear();
  min_transit_us_.reset();
}

JitterUnit JitterBuffer::PlayPacket(Slot& slot) {
  JitterUnit unit;
  unit.kind = JitterUnit::Kind::kPacket;
  unit.samples = slot.samples;
  unit.payload = slot.payload;
  unit.level_dbov = slot.level_dbov;
  unit.arrival = slot.arrival;
  next_seq_ = slot.seq + 1;
  next_ts_ = slot.ts + slot.samples;
  last_samples_ = slot.samples;
  last_level_ = slot.level_dbov;
  last_was_dtx_ = slot.payload.size() <= kDtxPayloadBytes;
  Release(slot);
  return unit;
}

JitterUnit JitterBuffer::PopMissing(int64_t delay_us) {
  JitterUnit unit;
  unit.kind = JitterUnit::Kind::kMissing;
  unit.samples = last_samples_;
  unit.level_dbov = last_level_;
  Slot* later = FindFirstFrom(*next_seq_ + 1);
  if (!later) {
    // Nothing behind the hole: the sender paused (DTX) or the network stalls. Conceal without
    // advancing, which grows the delay, but only up to the maximum: then wait for data.
    if (last_was_dtx_ || delay_us > max_delay_us_) {
      playing_ = false;
      return JitterUnit{};
    }
    return unit;
  }
  if (delay_us < target_us_) return unit;  // the packet may still come: conceal, do not advance
  ++frames_lost_;
  if (later->seq == *next_seq_ + 1) unit.fec = later->payload;
  ++*next_seq_;
  next_ts_ += last_samples_;
  return unit;
}

JitterUnit JitterBuffer::Pop(Clock::time_point now) {
  UpdateTarget(now);
  if (!next_seq_) return JitterUnit{};
  if (!playing_) {
    // Start when the first packet is as late as the target says, measured like the playout
    // delay (against the fastest transit seen), not by how long this packet itself waited.
    Slot* first = FindFirstFrom(*next_seq_);
    if (!first) return JitterUnit{};
    next_ts_ = first->ts;
    if (DelayUs(now) < target_us_) return JitterUnit{};
    playing_ = true;
    can_rewind_ = false;
    next_seq_ = first->seq;
  }
  delay_us_ = DelayUs(now);
  Slot* slot = Find(*next_seq_);
  if (!slot) return PopMissing(delay_us_);

  const int64_t gap = slot->ts - next_ts_;
  if (gap < 0 || gap > kMaxPauseSamples) {
    next_ts_ = slot->ts;  // the sender's clock jumped: follow it
  } else if (gap >= kFrameSamples) {
    // Sequence continues but media time jumped: the sender paused. Play silence until then.
    next_ts_ += kFrameSamples;
    return JitterUnit{};
  }
  const int64_t excess = delay_us_ - target_us_;
  const auto interval = excess > kFastDropMarginUs ? kFastDropInterval : kDropInterval;
  const bool quiet = !slot->level_dbov || *slot->level_dbov >= kQuietLevel;
  const bool worth_dropping = excess > (quiet ? kDropMarginUs : kLoudDropMarginUs);
  if (worth_dropping && (!last_drop_ || now - *last_drop_ >= interval)) {
    if (Slot* next = Find(*next_seq_ + 1)) {
      last_drop_ = now;
      ++frames_dropped_;
      const int64_t dropped_seq = slot->seq;
      Release(*slot);
      next_seq_ = dropped_seq + 1;
      next_ts_ = next->ts;
      slot = next;
    }
  }
  return PlayPacket(*slot);
}

milliseconds JitterBuffer::target_delay() const {
  return duration_cast<milliseconds>(microseconds(target_us_));
}

milliseconds JitterBuffer::buffered() const { return milliseconds(held_samples_ / kSamplesPerMs); }

milliseconds JitterBuffer::playout_delay() const {
  return duration_cast<milliseconds>(microseconds(std::max<int64_t>(0, delay_us_)));
}

}  // namespace vc::mcu::audio
