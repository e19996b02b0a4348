#include "appliance/control/ControlServer.hpp"

#include <algorithm>

#include "appliance/control/ControlSession.hpp"
#include "common/log/Log.hpp"

namespace vc::appliance::control {
namespace {
constexpr std::string_view kLog = "control";
// Panels and technicians: a handful. More is a misbehaving client, not a use case.
constexpr size_t kMaxClients = 32;
}  // namespace

ControlServer::ControlServer(boost::asio::io_context& io, StatusTree& status,
                             const CommandTable& commands, SettingsStore* settings)
    : status_(status), commands_(commands), settings_(settings), acceptor_(io) {}

ControlServer::~ControlServer() { Stop(); }

void ControlServer::Start(uint16_t port, const std::string& host) {
  using boost::asio::ip::tcp;
  boost::system::error_code ec;
  auto address = host == "localhost" ? boost::asio::ip::address(boost::asio::ip::address_v4::loopback())
                                     : boost::asio::ip::make_address(host, ec);
  if (ec || !address.is_loopback()) {
    throw ControlServerError("control API listens on loopback only, not '" + host + "'");
  }
  const tcp::endpoint endpoint(address, port);
  acceptor_.open(endpoint.protocol(), ec);
  if (!ec) acceptor_.set_option(boost::asio::socket_base::reuse_address(true), ec);
  if (!ec) acceptor_.bind(endpoint, ec);
  if (!ec) acceptor_.listen(boost::asio::socket_base::max_listen_connections, ec);
  if (ec) {
    throw ControlServerError("control API cannot listen on " + host + ":" + std::to_string(port) +
                             ": " + ec.message());
  }
  port_ = acceptor_.local_endpoint().port();
  shown_host_ = address.is_v6() ? "[" + address.to_string() + "]" : address.to_string();
  stopped_ = false;
  DoAccept();
}

std::string ControlServer::Url() const {
  return "ws://" + shown_host_ + ":" + std::to_string(port_) + "/";
}

void ControlServer::DoAccept() {
  acceptor_.async_accept([this](boost::system::error_code ec, boost::asio::ip::tcp::socket socket) {
    if (ec) {
      if (ec != boost::asio::error::operation_aborted && !stopped_) {
        vc::common::log::Warn(kLog, "accept failed: ", ec.message());
        DoAccept();
      }
      return;
    }
    Prune();
    if (sessions_.size() >= kMaxClients) {
      vc::common::log::Warn(kLog, "refusing client: ", kMaxClients, " already connected");
    } else {
      auto session = std::make_shared<ControlSession>(std::move(socket), status_, commands_, settings_);
      sessions_.push_back(session);
      session->Start();
    }
    DoAccept();
  });
}

void ControlServer::Stop() {
  if (stopped_) return;
  stopped_ = true;
  boost::system::error_code ignored;
  acceptor_.close(ignored);
  for (auto& weak : sessions_) {
    if (auto session = weak.lock()) session->Close();
  }
  sessions_.clear();
}

void ControlServer::PublishEvent(const std::string& name, const nlohmann::json& data) {
  Prune();
  for (auto& weak : sessions_) {
    if (auto session = weak.lock()) session->SendEvent(name, data);
  }
}

size_t ControlServer::ClientCount() {
  Prune();
  return sessions_.size();
}

void ControlServer::Prune() {
  sessions_.erase(std::remove_if(sessions_.begin(), sessions_.end(),
                                 [](const std::weak_ptr<ControlSession>& s) { return s.expired(); }),
                  sessions_.end());
}

}  // namespace vc::appliance::control
