#pragma once
// One sender's adaptive jitter buffer for Opus RTP packets. Packets are held by extended RTP
// sequence number; playout pops one unit per call: the next packet, a missing one (FEC from the
// following packet when it is there, else concealment), or no data (the sender is silent or
// paused: DTX is respected instead of concealing forever).
//
// The target delay follows the 95th percentile of the packets' relative transit delay over the
// last 2 s, clamped to [min, max]. The playout delay grows by concealing without advancing
// (NetEq's "expand") when a packet is not there yet, and shrinks by dropping a frame now and then
// when it sits well above the target, so it comes back down a few seconds after a jitter burst.
#include <array>
#include <chrono>
#include <cstdint>
#include <deque>
#include <optional>
#include <span>
#include <vector>

#include "mcu/audio/AudioMixer.hpp"
#include "mcu/audio/SequenceUnwrapper.hpp"

namespace vc::mcu::audio {

struct JitterPacket {
  uint16_t sequence = 0;
  uint32_t timestamp = 0;  // 48 kHz
  int samples = 0;         // audio in the packet (48 kHz), > 0
  std::optional<uint8_t> level_dbov;
  std::span<const uint8_t> payload;  // copied by Push
  Clock::time_point arrival;
};

struct JitterUnit {
  enum class Kind { kPacket, kMissing, kNoData };
  Kind kind = Kind::kNoData;
  int samples = 0;                   // 48 kHz samples this unit stands for (0 for kNoData)
  std::span<const uint8_t> payload;  // kPacket; valid until the next Push
  std::span<const uint8_t> fec;      // kMissing: the next packet (in-band FEC), may be empty
  std::optional<uint8_t> level_dbov;
  std::optional<Clock::time_point> arrival;
};

class JitterBuffer {
 public:
  enum class PushResult { kStored, kLate, kDuplicate };

  JitterBuffer(std::chrono::milliseconds min_delay, std::chrono::milliseconds max_delay);

  PushResult Push(const JitterPacket& packet);
  JitterUnit Pop(Clock::time_point now);

  std::chrono::milliseconds target_delay() const;
  std::chrono::milliseconds buffered() const;       // audio currently held
  std::chrono::milliseconds playout_delay() const;  // last measured, relative to the fastest path
  uint64_t frames_dropped() const { return frames_dropped_; }  // to shrink the delay
  uint64_t frames_lost() const { return frames_lost_; }
  bool playing() const { return playing_; }

 private:
  static constexpr size_t kSlots =
      128;  // power of two; > max delay in 2.5 ms packets is not needed

  struct Slot {
    bool used = false;
    int64_t seq = 0;
    int64_t ts = 0;
    int samples = 0;
    std::optional<uint8_t> level_dbov;
    Clock::time_point arrival;
    std::vector<uint8_t> payload;  // capacity reused
  };

  Slot* Find(int64_t seq);
  Slot* FindFirstFrom(int64_t seq);
  void Release(Slot& slot);
  void Clear();
  void RecordTransit(int64_t ts, Clock::time_point arrival);
  void UpdateTarget(Clock::time_point now);
  int64_t DelayUs(Clock::time_point now) const;
  JitterUnit PlayPacket(Slot& slot);
  JitterUnit PopMissing(int64_t delay_us);

  // Passed by argument.
  const int64_t min_delay_us_;
  const int64_t max_delay_us_;
  // Allocated by this.
  SequenceUnwrapper<uint16_t> seq_unwrapper_;
  SequenceUnwrapper<uint32_t> ts_unwrapper_;
  std::array<Slot, kSlots> slots_;
  size_t held_ = 0;
  int64_t held_samples_ = 0;
  std::optional<int64_t> next_seq_;
  int64_t highest_seq_ = 0;
  int64_t next_ts_ = 0;
  bool playing_ = false;
  bool can_rewind_ = true;  // before the first playout an earlier packet may still come first
  int last_samples_ = 960;
  std::optional<uint8_t> last_level_;
  bool last_was_dtx_ = false;
  // Transit delay (arrival minus media time) of recent packets, for the target.
  std::deque<std::pair<Clock::time_point, int64_t>> transit_;
  std::vector<int64_t> scratch_;
  std::optional<int64_t> min_transit_us_;
  int64_t target_us_;
  int64_t delay_us_ = 0;
  std::optional<Clock::time_point> last_target_update_;
  std::optional<Clock::time_point> last_drop_;
  uint64_t frames_dropped_ = 0;
  uint64_t frames_lost_ = 0;
};

}  // namespace vc::mcu::audio
