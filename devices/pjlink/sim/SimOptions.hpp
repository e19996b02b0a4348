#pragma once
// vc-pjlink-sim's command line.
#include <boost/asio/ip/tcp.hpp>
#include <optional>
#include <string>
#include <vector>

#include "devices/pjlink/sim/PjlinkSimServer.hpp"

namespace vc::devices::pjlink::sim {

struct SimOptions {
  boost::asio::ip::tcp::endpoint listen{boost::asio::ip::make_address("127.0.0.1"), kDefaultPort};
  PjlinkSimServer::Config server;
  bool help = false;
};

// Throws std::invalid_argument with a one-line reason naming the bad option.
SimOptions ParseSimOptions(const std::vector<std::string>& arguments);
const char* SimUsage();

}  // namespace vc::devices::pjlink::sim
