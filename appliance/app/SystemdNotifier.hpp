#pragma once
// systemd's service protocol: READY=1 once the daemon serves, WATCHDOG=1 at half the watchdog
// interval from a timer on the control thread (a hung control loop stops the pings and systemd
// restarts the room), STOPPING=1 on shutdown. Without NOTIFY_SOCKET every call does nothing.
#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <string>

namespace vc::appliance::app {

class SystemdNotifier {
 public:
  explicit SystemdNotifier(boost::asio::io_context& io);
  ~SystemdNotifier();

  void NotifyReady(const std::string& status);
  void NotifyStatus(const std::string& status);
  void NotifyStopping();
  bool WatchdogEnabled() const { return watchdog_interval_.count() > 0; }

 private:
  void ScheduleWatchdog();

  boost::asio::steady_timer timer_;
  std::chrono::microseconds watchdog_interval_{0};
  bool stopped_ = false;
};

}  // namespace vc::appliance::app
