#pragma once
// An in-process vc-pjlink-sim server on 127.0.0.1:0 sharing the test's io_context.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "devices/pjlink/PjlinkSession.hpp"
#include "devices/pjlink/sim/PjlinkSimServer.hpp"
#include "tests/devices/pjlink/PjlinkTestSupport.hpp"

namespace vc::devices::pjlink {

class PjlinkSimFixture : public ::testing::Test {
 protected:
  void StartSimulator(sim::Fault fault = sim::Fault::kNone, std::string password = "",
                      std::chrono::milliseconds warmup = std::chrono::milliseconds(600),
                      std::chrono::milliseconds cooldown = std::chrono::milliseconds(600)) {
    sim::PjlinkSimServer::Config config;
    config.password = std::move(password);
    config.model.fault = fault;
    config.model.warmup = warmup;
    config.model.cooldown = cooldown;
    server_ = std::make_unique<sim::PjlinkSimServer>(
        io_, config, boost::asio::ip::tcp::endpoint(boost::asio::ip::make_address("127.0.0.1"), 0),
        [this](const std::string& line) { lines_.push_back(line); });
  }

  ConnectionOptions Connection(std::string password = "") const {
    ConnectionOptions options;
    options.host = "127.0.0.1";
    options.port = server_->Port();
    options.password = std::move(password);
    options.connect_timeout = std::chrono::milliseconds(3000);
    options.reply_timeout = std::chrono::milliseconds(3000);
    options.write_timeout = std::chrono::milliseconds(3000);
    return options;
  }

  bool SawLine(const std::string& line) const {
    return std::find(lines_.begin(), lines_.end(), line) != lines_.end();
  }
  // Index of the first occurrence, or -1.
  int LineIndex(const std::string& line) const {
    const auto it = std::find(lines_.begin(), lines_.end(), line);
    return it == lines_.end() ? -1 : static_cast<int>(it - lines_.begin());
  }

  boost::asio::io_context io_;
  std::unique_ptr<sim::PjlinkSimServer> server_;
  std::vector<std::string> lines_;
};

}  // namespace vc::devices::pjlink
