// vc-visca-sim: one emulated VISCA-over-IP camera until SIGINT/SIGTERM.
#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>

#include <csignal>
#include <iostream>

#include "common/log/Log.hpp"
#include "devices/visca/ViscaSimOptions.hpp"
#include "devices/visca/ViscaSimulator.hpp"

namespace {

constexpr std::string_view kLog = "vc-visca-sim";
namespace visca = vc::devices::visca;

class StderrLog : public visca::ViscaSimulator::Listener {
 public:
  void OnViscaSimulatorStateChange(const std::string& line) override { vc::common::log::Info(kLog, line); }
};

}  // namespace

int main(int argc, char** argv) {
  visca::ViscaSimOptions options;
  try {
    options = visca::ParseViscaSimOptions(std::vector<std::string>(argv + 1, argv + argc));
  } catch (const visca::OptionsError& error) {
    std::cerr << "vc-visca-sim: " << error.what() << "\n";
    return 2;
  }
  if (options.show_help) {
    std::cout << visca::ViscaSimUsage();
    return 0;
  }
  boost::asio::io_context io;
  StderrLog log;
  std::unique_ptr<visca::ViscaSimulator> simulator;
  try {
    simulator = std::make_unique<visca::ViscaSimulator>(io, options.simulator, &log);
  } catch (const std::exception& error) {
    std::cerr << "vc-visca-sim: " << error.what() << "\n";
    return 1;
  }
  const std::string& host = options.simulator.host;
  const std::string shown = host.find(':') != std::string::npos ? "[" + host + "]" : host;
  std::cout << "listening on " << shown << ":" << simulator->Port() << std::endl;

  boost::asio::signal_set signals(io, SIGINT, SIGTERM);
  signals.async_wait([&](const boost::system::error_code&, int) { simulator->Stop(); });
  io.run();
  vc::common::log::Info(kLog, "stopped");
  return 0;
}
