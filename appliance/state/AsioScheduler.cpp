#include "appliance/state/AsioScheduler.hpp"

namespace vc::appliance {

AsioScheduler::AsioScheduler(boost::asio::io_context& io) : io_(io) {}

AsioScheduler::~AsioScheduler() {
  for (auto& [id, pending] : *timers_) pending.timer->cancel();
  timers_->clear();
}

Clock::time_point AsioScheduler::Now() const { return Clock::now(); }

Scheduler::TimerId AsioScheduler::RunAfter(Clock::duration delay, std::function<void()> task) {
  const TimerId id = next_id_++;
  auto timer = std::make_unique<boost::asio::steady_timer>(io_, delay);
  timer->async_wait([weak = std::weak_ptr<Timers>(timers_), id](boost::system::error_code ec) {
    auto timers = weak.lock();
    if (ec || !timers) return;
    auto it = timers->find(id);
    if (it == timers->end()) return;  // cancelled after it had already expired
    // Move everything out first: the task may schedule or cancel timers (even its own id).
    Pending pending = std::move(it->second);
    timers->erase(it);
    pending.task();
  });
  timers_->emplace(id, Pending{std::move(timer), std::move(task)});
  return id;
}

void AsioScheduler::Cancel(TimerId id) {
  auto it = timers_->find(id);
  if (it == timers_->end()) return;
  it->second.timer->cancel();
  timers_->erase(it);
}

}  // namespace vc::appliance
