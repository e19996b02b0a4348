// vc-room: the room appliance daemon. Loads the room configuration, wires the devices, the call
// and the control API on one io_context, and runs until SIGTERM/SIGINT.
#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>
#include <csignal>
#include <iostream>
#include <unistd.h>

#include "appliance/Version.hpp"
#include "appliance/app/RoomAppOptions.hpp"
#include "appliance/app/RoomDaemon.hpp"
#include "appliance/app/SystemdNotifier.hpp"
#include "appliance/config/ConfigError.hpp"
#include "appliance/config/RoomConfigParser.hpp"
#include "appliance/provisioning/Enrollment.hpp"
#include "common/log/Log.hpp"

#include <gst/gst.h>

namespace {

constexpr std::string_view kLog = "vc-room";
namespace app = vc::appliance::app;

std::string HostName() {
  char name[256] = {};
  if (gethostname(name, sizeof name - 1) != 0 || name[0] == '\0') return "vc-room";
  return name;
}

int Run(const app::RoomAppOptions& options, vc::appliance::RoomConfig config) {
  boost::asio::io_context io(1);
  app::SystemdNotifier systemd(io);
  app::RoomDaemon daemon(io, std::move(config), options.config_path);
  const std::string url = daemon.Start();
  vc::common::log::Info(kLog, "control API listening on ", url);
  systemd.NotifyReady("serving the control API on " + url);

  bool stopping = false;
  boost::asio::signal_set signals(io, SIGINT, SIGTERM);
  std::function<void(const boost::system::error_code&, int)> on_signal =
      [&](const boost::system::error_code& ec, int signal_number) {
        if (ec) return;
        if (stopping) {
          // A second signal: the operator does not want to wait for the devices.
          vc::common::log::Warn(kLog, "signal ", signal_number, " again: stopping now");
          io.stop();
          return;
        }
        stopping = true;
        vc::common::log::Info(kLog, "signal ", signal_number,
                              ": leaving the call and putting the devices to standby");
        systemd.NotifyStopping();
        signals.async_wait(on_signal);
        daemon.Shutdown([&io] {
          vc::common::log::Info(kLog, "stopped");
          io.stop();
        });
      };
  signals.async_wait(on_signal);
  io.run();
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN);
  app::RoomAppOptions options;
  try {
    options = app::ParseRoomAppOptions(std::vector<std::string>(argv + 1, argv + argc));
  } catch (const app::RoomAppUsageError& e) {
    std::cerr << "vc-room: " << e.what() << "\n";
    return 2;
  }
  if (options.show_help) {
    std::cout << app::RoomAppUsage();
    return 0;
  }
  if (options.show_version) {
    std::cout << "vc-room " << vc::appliance::SoftwareVersion() << "\n";
    return 0;
  }
  if (options.verbose) vc::common::log::SetMinimumLevel(vc::common::log::Level::kDebug);
  vc::appliance::RoomConfig config;
  if (!options.enroll_code.empty()) {
    namespace prov = vc::appliance::provisioning;
    prov::EnrollmentRequest request;
    request.code = options.enroll_code;
    request.server_url = options.server_url;
    if (!options.ca_file.empty()) request.ca_file = options.ca_file;
    request.config_path = options.config_path;
    request.serial = options.serial.empty() ? HostName() : options.serial;
    try {
      config = prov::Enrollment::Run(request);
    } catch (const prov::EnrollmentError& e) {
      std::cerr << "vc-room: " << e.what() << "\n";
      return 1;
    }
    vc::common::log::Info(kLog, "enrolled with ", options.server_url, ": configuration written to ",
                          options.config_path);
  }
  try {
    if (options.enroll_code.empty()) config = vc::appliance::LoadRoomConfig(options.config_path);
  } catch (const vc::appliance::ConfigError& e) {
    std::cerr << "vc-room: " << e.what() << "\n";
    return 2;
  }
  gst_init(nullptr, nullptr);
  try {
    return Run(options, std::move(config));
  } catch (const std::exception& e) {
    std::cerr << "vc-room: " << e.what() << "\n";
    return 1;
  }
}
