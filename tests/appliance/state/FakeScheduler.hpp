#pragma once
// A Scheduler whose clock moves only when a test says so. Tasks run in deadline order (ties in
// the order they were scheduled), on the test's thread, inside AdvanceBy/RunDue. Header-only so
// any test (state machine, control API) can include it: "tests/appliance/state/FakeScheduler.hpp".
#include <algorithm>
#include <iterator>
#include <optional>
#include <map>
#include <utility>

#include "appliance/state/RoomPorts.hpp"

namespace vc::appliance::testing {

class FakeScheduler : public Scheduler {
 public:
  Clock::time_point Now() const override { return now_; }

  TimerId RunAfter(Clock::duration delay, std::function<void()> task) override {
    const TimerId id = next_id_++;
    if (delay < Clock::duration::zero()) delay = Clock::duration::zero();
    tasks_.emplace(std::make_pair(now_ + delay, id), std::move(task));
    return id;
  }

  void Cancel(TimerId id) override {
    for (auto it = tasks_.begin(); it != tasks_.end(); ++it) {
      if (it->first.second == id) {
        tasks_.erase(it);
        return;
      }
    }
  }

  // Moves the clock forward by `delta`, running every task that falls due on the way (including
  // tasks those tasks schedule), each with Now() at its own deadline. Returns tasks run.
  int AdvanceBy(Clock::duration delta) {
    const Clock::time_point end = now_ + delta;
    int ran = 0;
    while (!tasks_.empty() && tasks_.begin()->first.first <= end && ran < kMaxTasksPerCall) {
      auto it = tasks_.begin();
      now_ = std::max(now_, it->first.first);
      std::function<void()> task = std::move(it->second);
      tasks_.erase(it);
      task();
      ++ran;
    }
    now_ = end;
    return ran;
  }

  int RunDue() { return AdvanceBy(Clock::duration::zero()); }

  size_t pending() const { return tasks_.size(); }
  // Delay until the next task, or nullopt when none is pending.
  std::optional<Clock::duration> NextDelay() const {
    if (tasks_.empty()) return std::nullopt;
    return tasks_.begin()->first.first - now_;
  }

 private:
  static constexpr int kMaxTasksPerCall = 100000;  // a task loop must not hang a test

  Clock::time_point now_ = Clock::time_point{} + std::chrono::hours(1);
  TimerId next_id_ = 1;
  std::map<std::pair<Clock::time_point, TimerId>, std::function<void()>> tasks_;
};

}  // namespace vc::appliance::testing
