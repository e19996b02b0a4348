#pragma once
// Delays between rejoin attempts: initial, doubling, capped (1 s, 2 s, 4 s ... 30 s, 30 s).
// Deterministic on purpose: one room rejoining a restarted MCU needs no jitter, and tests can
// step through it exactly.
#include <chrono>

namespace vc::appliance {

class ReconnectBackoff {
 public:
  using Duration = std::chrono::steady_clock::duration;

  ReconnectBackoff(Duration initial, Duration max) : initial_(initial), max_(max), next_(initial) {}

  Duration Next();  // the delay before the coming attempt; the one after is longer
  void Reset() { next_ = initial_; }

 private:
  Duration initial_;
  Duration max_;
  Duration next_;
};

}  // namespace vc::appliance
