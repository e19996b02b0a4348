#include "appliance/app/SystemdNotifier.hpp"

#include <systemd/sd-daemon.h>

#include "common/log/Log.hpp"

namespace vc::appliance::app {

SystemdNotifier::SystemdNotifier(boost::asio::io_context& io) : timer_(io) {
  uint64_t usec = 0;
  if (sd_watchdog_enabled(0, &usec) > 0 && usec > 0) {
    watchdog_interval_ = std::chrono::microseconds(usec);
  }
}

SystemdNotifier::~SystemdNotifier() { timer_.cancel(); }

void SystemdNotifier::NotifyReady(const std::string& status) {
  sd_notify(0, ("READY=1\nSTATUS=" + status).c_str());
  if (WatchdogEnabled()) {
    vc::common::log::Info("vc-room", "systemd watchdog every ",
                          watchdog_interval_.count() / 2000, " ms");
    sd_notify(0, "WATCHDOG=1");
    ScheduleWatchdog();
  }
}

void SystemdNotifier::NotifyStatus(const std::string& status) {
  sd_notify(0, ("STATUS=" + status).c_str());
}

void SystemdNotifier::NotifyStopping() {
  stopped_ = true;
  timer_.cancel();
  sd_notify(0, "STOPPING=1");
}

void SystemdNotifier::ScheduleWatchdog() {
  timer_.expires_after(watchdog_interval_ / 2);
  timer_.async_wait([this](const boost::system::error_code& ec) {
    if (ec || stopped_) return;
    sd_notify(0, "WATCHDOG=1");
    ScheduleWatchdog();
  });
}

}  // namespace vc::appliance::app
