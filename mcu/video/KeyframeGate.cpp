#include "mcu/video/KeyframeGate.hpp"

namespace vc::mcu::video {

KeyframeGate::KeyframeGate(std::chrono::milliseconds min_interval) : min_interval_(min_interval) {}

void KeyframeGate::Request() { pending_ = true; }

bool KeyframeGate::TakeKeyframe(Clock::time_point now) {
  if (!pending_) return false;
  if (last_keyframe_ && now - *last_keyframe_ < min_interval_) return false;
  OnKeyframeSent(now);
  return true;
}

void KeyframeGate::OnKeyframeSent(Clock::time_point now) {
  pending_ = false;
  last_keyframe_ = now;
}

}  // namespace vc::mcu::video
