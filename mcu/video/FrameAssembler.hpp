#pragma once
// Per-sender VP8 frame assembly from RTP packets (after RTX unwrapping): reorders by sequence,
// emits complete frames in decodable order, NACKs what is missing (each sequence a bounded
// number of times, spaced by ~RTT), and, when a gap cannot be repaired in time or a frame
// cannot be decoded, drops frames until the next keyframe and asks for one (PLI/FIR by the
// caller, at most once per keyframe_request_interval). Bounded memory: past max_packets the
// buffer is flushed and a keyframe is requested. Single-threaded (the media thread).
#include <chrono>
#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <set>
#include <vector>

#include "mcu/video/VideoTypes.hpp"

namespace vc::mcu::video {

struct FrameAssemblerConfig {
  size_t max_packets = 1024;                 // buffered packets (memory bound)
  size_t max_frames = 16;                    // complete frames waiting in PopFrame's queue
  size_t max_nack_list = 500;                // missing sequences tracked; more -> keyframe
  int max_nack_retries = 5;                  // per sequence
  std::chrono::milliseconds rtt{100};        // spacing of retries (SetRtt updates it)
  std::chrono::milliseconds reorder_wait{5}; // a hole younger than this is not NACKed yet
  std::chrono::milliseconds max_wait{1000};  // a hole older than this is given up
  std::chrono::milliseconds keyframe_request_interval{300};
  // A sender that restarts its sequence numbers: this many packets in a row far behind what
  // was emitted reset the assembler (instead of being dropped as late forever).
  int restart_after_stale = 50;
};

struct FrameAssemblerStats {
  uint64_t packets_received = 0;
  uint64_t packets_duplicate = 0;   // already held or older than the last emitted frame
  uint64_t packets_malformed = 0;   // bad VP8 payload descriptor
  uint64_t frames_emitted = 0;
  uint64_t keyframes_emitted = 0;
  uint64_t frames_dropped = 0;      // undecodable (lost reference) or queue overflow
  uint64_t nacks_sent = 0;          // sequences returned by TakeNacks, retries included
  uint64_t sequences_given_up = 0;
  uint64_t keyframe_requests = 0;
  uint64_t overflows = 0;
  uint64_t restarts = 0;
};

class FrameAssembler {
 public:
  explicit FrameAssembler(FrameAssemblerConfig config = {});

  // Never throws; malformed packets are counted and dropped.
  void Insert(const RtpVideoPacket& packet);
  // Next complete frame in decodable order (after a keyframe, every frame contiguous with it).
  std::optional<EncodedFrame> PopFrame();
  // Sequences to NACK now. Also gives up holes past their retries or max_wait.
  std::vector<uint16_t> TakeNacks(Clock::time_point now);
  // True at most once per keyframe_request_interval while a keyframe is needed.
  bool TakeKeyframeRequest(Clock::time_point now);
  // The decoder failed on an emitted frame: drop until the next keyframe and ask for one.
  void RequestKeyframe();
  void SetRtt(std::chrono::milliseconds rtt);

  bool waiting_for_keyframe() const { return waiting_for_keyframe_; }
  size_t buffered_packets() const { return packets_.size(); }
  const FrameAssemblerStats& stats() const { return stats_; }

 private:
  struct Packet {
    uint32_t timestamp = 0;
    bool marker = false;
    bool frame_start = false;
    bool keyframe = false;
    int width = 0, height = 0;
    uint8_t partition_index = 0;
    bool partition_start = false;
    std::vector<uint8_t> vp8;
    Clock::time_point arrival;
  };
  struct Hole {
    Clock::time_point first_missing;
    std::optional<Clock::time_point> last_nack;
    int retries = 0;
  };

  int64_t Unwrap(uint16_t sequence);
  void TrackHoles(int64_t seq, Clock::time_point arrival);
  void Assemble();
  // The frame starting at `first` if all its packets are present: its last sequence.
  std::optional<int64_t> CompleteFrameEnd(int64_t first) const;
  void Emit(int64_t first, int64_t last);
  void DropThrough(int64_t last);
  void Flush();
  void NeedKeyframe();
  void Restart();

  FrameAssemblerConfig config_;
  std::map<int64_t, Packet> packets_;
  std::map<int64_t, Hole> holes_;
  std::set<int64_t> keyframe_starts_;   // sequences of buffered keyframe first packets
  std::deque<EncodedFrame> ready_;
  std::optional<int64_t> last_unwrapped_;
  std::optional<int64_t> highest_;
  std::optional<int64_t> last_emitted_;  // last sequence of the last emitted (or dropped) frame
  bool waiting_for_keyframe_ = true;
  bool keyframe_wanted_ = false;         // a reason to ask (not just "nothing seen yet")
  std::optional<Clock::time_point> last_keyframe_request_;
  int stale_run_ = 0;
  FrameAssemblerStats stats_;
};

}  // namespace vc::mcu::video
