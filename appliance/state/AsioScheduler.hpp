#pragma once
// The daemon's Scheduler: tasks run on the io_context's thread from boost::asio steady_timers.
// Safe to destroy with tasks pending: they are cancelled and never run.
#include <map>
#include <memory>

#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>

#include "appliance/state/RoomPorts.hpp"

namespace vc::appliance {

class AsioScheduler : public Scheduler {
 public:
  explicit AsioScheduler(boost::asio::io_context& io);
  ~AsioScheduler() override;
  AsioScheduler(const AsioScheduler&) = delete;
  AsioScheduler& operator=(const AsioScheduler&) = delete;

  Clock::time_point Now() const override;
  TimerId RunAfter(Clock::duration delay, std::function<void()> task) override;
  void Cancel(TimerId id) override;

  size_t pending() const { return timers_->size(); }

 private:
  struct Pending {
    std::unique_ptr<boost::asio::steady_timer> timer;
    std::function<void()> task;
  };
  using Timers = std::map<TimerId, Pending>;

  boost::asio::io_context& io_;
  // Shared with the completion handlers (weakly), so a handler that runs after this scheduler
  // is gone sees the map expired and does nothing.
  std::shared_ptr<Timers> timers_ = std::make_shared<Timers>();
  TimerId next_id_ = 1;
};

}  // namespace vc::appliance
