#pragma once
// The emulator's TCP side: accepts PJLink connections (several at once, unlike most projectors),
// greets, checks the MD5 digest, and answers from one shared ProjectorModel. Warm-up and cool-down
// finish on a timer so their state lines appear when they happen, not at the next query.
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "devices/pjlink/sim/ProjectorModel.hpp"

namespace vc::devices::pjlink::sim {

class SimConnection;

class PjlinkSimServer {
 public:
  struct Config {
    ModelConfig model;
    std::string password;  // empty: no authentication (unless the wrong-password fault is on)
    std::chrono::milliseconds idle_timeout{30000};  // the spec's 30 s without a command
  };
  using StateListener = ProjectorModel::StateListener;

  // Listens at `endpoint` (port 0 picks a free port). Throws boost::system::system_error.
  PjlinkSimServer(boost::asio::io_context& io, Config config, const boost::asio::ip::tcp::endpoint& endpoint,
                  StateListener listener);
  ~PjlinkSimServer();  // closes the listener and every connection
  PjlinkSimServer(const PjlinkSimServer&) = delete;
  PjlinkSimServer& operator=(const PjlinkSimServer&) = delete;

  boost::asio::ip::tcp::endpoint LocalEndpoint() const { return acceptor_.local_endpoint(); }
  uint16_t Port() const { return LocalEndpoint().port(); }
  ProjectorModel& Model() { return model_; }
  const Config& GetConfig() const { return config_; }
  void SetFault(Fault fault) { model_.SetFault(fault); }

  // For SimConnection: answers a command and re-arms the warm-up/cool-down timer.
  Reply Handle(const Request& request);
  void Report(const std::string& line) const;

 private:
  void Accept();
  void ScheduleTransition();

  // Passed by argument.
  Config config_;
  StateListener listener_;
  // Allocated by this.
  ProjectorModel model_;
  boost::asio::ip::tcp::acceptor acceptor_;
  boost::asio::steady_timer transition_timer_;
  std::vector<std::weak_ptr<SimConnection>> connections_;
  std::shared_ptr<int> alive_ = std::make_shared<int>(0);
};

}  // namespace vc::devices::pjlink::sim
