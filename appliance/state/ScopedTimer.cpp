#include "appliance/state/ScopedTimer.hpp"

namespace vc::appliance {

void ScopedTimer::Start(Clock::duration delay, std::function<void()> task) {
  Cancel();
  // The id is cleared before the task runs, so the task may Start this timer again.
  id_ = scheduler_.RunAfter(delay, [this, task = std::move(task)] {
    id_.reset();
    task();
  });
}

void ScopedTimer::Cancel() {
  if (id_) scheduler_.Cancel(*id_);
  id_.reset();
}

}  // namespace vc::appliance
