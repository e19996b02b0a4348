#include "devices/pjlink/sim/PjlinkSimServer.hpp"

#include "devices/pjlink/sim/SimConnection.hpp"

namespace vc::devices::pjlink::sim {
namespace asio = boost::asio;
using tcp = asio::ip::tcp;

PjlinkSimServer::PjlinkSimServer(asio::io_context& io, Config config, const tcp::endpoint& endpoint,
                                 StateListener listener)
    : config_(std::move(config)),
      listener_(std::move(listener)),
      model_(config_.model, [this](const std::string& line) { Report(line); }),
      acceptor_(io, endpoint),
      transition_timer_(io) {
  Accept();
}

PjlinkSimServer::~PjlinkSimServer() {
  boost::system::error_code ignored;
  acceptor_.close(ignored);
  transition_timer_.cancel();
  for (auto& weak : connections_) {
    if (auto connection = weak.lock()) connection->Close();
  }
}

void PjlinkSimServer::Report(const std::string& line) const {
  if (listener_) listener_(line);
}

void PjlinkSimServer::Accept() {
  acceptor_.async_accept([this, alive = std::weak_ptr<int>(alive_)](const boost::system::error_code& error,
                                                                    tcp::socket socket) {
    if (alive.expired() || error == asio::error::operation_aborted) return;
    if (!error) {
      std::erase_if(connections_, [](const auto& weak) { return weak.expired(); });
      auto connection = std::make_shared<SimConnection>(std::move(socket), *this);
      connections_.push_back(connection);
      connection->Start();
    }
    Accept();
  });
}

Reply PjlinkSimServer::Handle(const Request& request) {
  Reply reply = model_.Handle(request, ProjectorModel::Clock::now());
  ScheduleTransition();
  return reply;
}

void PjlinkSimServer::ScheduleTransition() {
  const auto at = model_.NextTransition();
  if (!at) {
    transition_timer_.cancel();
    return;
  }
  transition_timer_.expires_at(*at);
  transition_timer_.async_wait([this, alive = std::weak_ptr<int>(alive_)](const boost::system::error_code& error) {
    if (alive.expired() || error) return;
    model_.Advance(ProjectorModel::Clock::now());
    ScheduleTransition();
  });
}

}  // namespace vc::devices::pjlink::sim
