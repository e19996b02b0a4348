#pragma once
// The control API's WebSocket server for the touch panel and technicians. Listens on loopback
// only (the panel runs on the same box; nothing else should steer the room) on the daemon's
// io_context, which must run on one thread: sessions, the status tree and the commands share it.
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <vector>

#include "appliance/control/CommandTable.hpp"
#include "appliance/control/StatusTree.hpp"

namespace vc::appliance::control {

class ControlSession;
class SettingsStore;

class ControlServerError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class ControlServer {
 public:
  // Everything passed by reference must outlive the server. `settings` may be null.
  ControlServer(boost::asio::io_context& io, StatusTree& status, const CommandTable& commands,
                SettingsStore* settings);
  ~ControlServer();

  // Binds host:port (0: any free port) and starts accepting. host must be a loopback address
  // ("127.0.0.1", "::1" or "localhost"); throws ControlServerError otherwise or when binding fails.
  void Start(uint16_t port, const std::string& host = "127.0.0.1");
  // Stops accepting and closes every client.
  void Stop();
  uint16_t Port() const { return port_; }
  std::string Url() const;  // ws://127.0.0.1:PORT/ (ws://[::1]:PORT/)

  // Sends {"type":"event","name":...,"data":...} to every connected client.
  void PublishEvent(const std::string& name, const nlohmann::json& data = nlohmann::json::object());
  size_t ClientCount();

 private:
  void DoAccept();
  void Prune();

  StatusTree& status_;
  const CommandTable& commands_;
  SettingsStore* settings_;
  boost::asio::ip::tcp::acceptor acceptor_;
  std::vector<std::weak_ptr<ControlSession>> sessions_;
  uint16_t port_ = 0;
  std::string shown_host_ = "127.0.0.1";
  bool stopped_ = false;
};

}  // namespace vc::appliance::control
