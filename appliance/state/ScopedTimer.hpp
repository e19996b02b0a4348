#pragma once
// One pending Scheduler task at a time: Start replaces the previous one, Cancel and the
// destructor drop it. Saves every owner from tracking TimerIds by hand.
#include <functional>
#include <optional>

#include "appliance/state/RoomPorts.hpp"

namespace vc::appliance {

class ScopedTimer {
 public:
  explicit ScopedTimer(Scheduler& scheduler) : scheduler_(scheduler) {}
  ~ScopedTimer() { Cancel(); }
  ScopedTimer(const ScopedTimer&) = delete;
  ScopedTimer& operator=(const ScopedTimer&) = delete;

  void Start(Clock::duration delay, std::function<void()> task);
  void Cancel();
  bool pending() const { return id_.has_value(); }

 private:
  Scheduler& scheduler_;
  std::optional<Scheduler::TimerId> id_;
};

}  // namespace vc::appliance
