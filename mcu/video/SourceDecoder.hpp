#pragma once
// One source's decode strand inside the VideoMixer: a bounded queue of encoded frames that any
// thread pushes to, drained by one worker at a time (Push says when to schedule a drain), and
// the latest decoded picture that the tick thread reads. After a decode error or an overflow it
// drops delta frames until a keyframe and says so (the mixer asks the sender for one), again
// every kReRequestEvery dropped frames while it lasts.
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <utility>

#include "mcu/video/I420Frame.hpp"
#include "mcu/video/Vp8Decoder.hpp"
#include "mcu/video/VideoTypes.hpp"

namespace vc::mcu::video {

class SourceDecoder {
 public:
  static constexpr int kReRequestEvery = 15;
  explicit SourceDecoder(size_t max_queued);

  // Thread-safe. True when the caller must schedule Drain() on a worker.
  bool Push(EncodedFrame frame);
  struct DrainResult {
    uint64_t decoded = 0;
    uint64_t errors = 0;
    uint64_t dropped = 0;
    bool keyframe_needed = false;
  };
  // Decodes everything queued; one caller at a time (Push's return value guarantees it).
  DrainResult Drain();
  std::shared_ptr<const I420Frame> latest() const;
  // The latest picture and the capture time of the frame it was decoded from.
  std::pair<std::shared_ptr<const I420Frame>, Clock::time_point> latest_with_capture() const;

 private:
  mutable std::mutex mutex_;
  std::deque<EncodedFrame> queue_;
  size_t max_queued_;
  bool scheduled_ = false;
  bool waiting_for_keyframe_ = false;
  bool report_ = false;       // a keyframe request to pass up at the end of the drain
  int dropped_while_waiting_ = 0;
  uint64_t dropped_pending_ = 0;
  std::shared_ptr<const I420Frame> latest_;
  Clock::time_point latest_capture_;
  Vp8Decoder decoder_;        // only Drain touches it
};

}  // namespace vc::mcu::video
