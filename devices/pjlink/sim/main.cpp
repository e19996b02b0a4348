// vc-pjlink-sim: a PJLink class 1 projector emulator (see --help).
#include <unistd.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/posix/stream_descriptor.hpp>
#include <boost/asio/read_until.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/streambuf.hpp>
#include <csignal>
#include <iostream>
#include <istream>
#include <stdexcept>

#include "devices/pjlink/sim/PjlinkSimServer.hpp"
#include "devices/pjlink/sim/SimOptions.hpp"

namespace asio = boost::asio;
using namespace vc::devices::pjlink::sim;

namespace {

// Reads "fault KIND" lines from stdin; stops quietly at end of input.
class StdinCommands {
 public:
  StdinCommands(asio::io_context& io, PjlinkSimServer& server) : input_(io, ::dup(STDIN_FILENO)), server_(server) {}
  void Read() {
    asio::async_read_until(input_, buffer_, '\n', [this](const boost::system::error_code& error, size_t) {
      if (error) return;
      std::istream stream(&buffer_);
      std::string verb, argument;
      std::string line;
      std::getline(stream, line);
      const size_t space = line.find(' ');
      verb = line.substr(0, space);
      if (space != std::string::npos) argument = line.substr(space + 1);
      if (verb == "fault" && ParseFault(argument)) {
        server_.SetFault(*ParseFault(argument));
      } else if (!line.empty()) {
        std::cerr << "pjlink-sim: unknown stdin command '" << line << "' (try: fault lamp|none|...)" << std::endl;
      }
      Read();
    });
  }

 private:
  asio::posix::stream_descriptor input_;
  asio::streambuf buffer_{4096};
  PjlinkSimServer& server_;
};

}  // namespace

int main(int argc, char** argv) {
  SimOptions options;
  try {
    options = ParseSimOptions(std::vector<std::string>(argv + 1, argv + argc));
  } catch (const std::invalid_argument& error) {
    std::cerr << "vc-pjlink-sim: " << error.what() << std::endl;
    return 2;
  }
  if (options.help) {
    std::cout << SimUsage();
    return 0;
  }
  std::signal(SIGPIPE, SIG_IGN);
  asio::io_context io;
  try {
    PjlinkSimServer server(io, options.server, options.listen, [](const std::string& line) {
      std::cerr << "pjlink-sim: " << line << std::endl;
    });
    const auto endpoint = server.LocalEndpoint();
    std::cout << "listening on " << endpoint.address().to_string() << ":" << endpoint.port() << std::endl;
    std::cerr << "pjlink-sim: power=off fault=" << FaultName(options.server.model.fault) << std::endl;

    asio::signal_set signals(io, SIGINT, SIGTERM);
    signals.async_wait([&io](const boost::system::error_code&, int) { io.stop(); });
    std::optional<StdinCommands> commands;
    try {
      commands.emplace(io, server);
      commands->Read();
    } catch (const boost::system::system_error&) {
      commands.reset();  // stdin not pollable (a regular file): no run-time commands
    }
    io.run();
  } catch (const boost::system::system_error& error) {
    std::cerr << "vc-pjlink-sim: cannot listen on " << options.listen << ": " << error.code().message() << std::endl;
    return 1;
  }
  return 0;
}
