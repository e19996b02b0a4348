#pragma once
// Packet and frame counts, written by pad probes on GStreamer's streaming threads and read by
// the control thread: plain relaxed atomics, no lock on the media path.
#include <gst/gst.h>

#include <atomic>
#include <cstdint>

#include "appliance/state/RoomPorts.hpp"

namespace vc::appliance::media {

struct MediaPacketCounters {
  std::atomic<uint64_t> audio_in{0};
  std::atomic<uint64_t> video_in{0};
  std::atomic<uint64_t> audio_out{0};
  std::atomic<uint64_t> video_out{0};
  std::atomic<uint64_t> content_out{0};
  std::atomic<uint64_t> frames_shown{0};

  void Reset();
  MediaCounters Snapshot() const;

  // Adds a probe on `pad` counting each buffer (a buffer list counts its buffers) into `counter`.
  static void CountOn(GstPad* pad, std::atomic<uint64_t>* counter);
};

}  // namespace vc::appliance::media
