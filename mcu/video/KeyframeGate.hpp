#pragma once
// Rate-limits keyframes of one encoder: the first request is granted at once, later requests
// within min_interval of the last keyframe collapse into one pending keyframe, granted when the
// interval has passed. 50 receivers' PLIs within 100 ms -> 2 keyframes (now and +interval).
#include <chrono>
#include <optional>

#include "mcu/video/VideoTypes.hpp"

namespace vc::mcu::video {

class KeyframeGate {
 public:
  explicit KeyframeGate(std::chrono::milliseconds min_interval = std::chrono::milliseconds(500));

  // A receiver asked for a keyframe.
  void Request();
  // Called before each encode: true when this frame must be a keyframe (then counted as sent).
  bool TakeKeyframe(Clock::time_point now);
  // The encoder produced a keyframe anyway (first frame, periodic): restarts the interval and
  // satisfies pending requests.
  void OnKeyframeSent(Clock::time_point now);
  bool pending() const { return pending_; }

 private:
  std::chrono::milliseconds min_interval_;
  bool pending_ = false;
  std::optional<Clock::time_point> last_keyframe_;
};

}  // namespace vc::mcu::video
