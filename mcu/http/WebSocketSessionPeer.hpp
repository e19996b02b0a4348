#pragma once

#include <memory>
#include <string>

#include "mcu/http/WebSocketConnection.hpp"
#include "mcu/http/WebSocketPeer.hpp"

namespace vc::mcu::http {

// The WebSocketPeer handed to the application. It holds its session weakly: the session owns the
// handler and the handler may own the peer, so a strong reference would be a cycle.
class WebSocketSessionPeer final : public WebSocketPeer {
 public:
  WebSocketSessionPeer(std::weak_ptr<WebSocketConnection> connection, std::string remote_address);

  void Send(std::string text) override;
  void Close() override;
  std::string RemoteAddress() const override { return remote_address_; }

 private:
  const std::weak_ptr<WebSocketConnection> connection_;
  const std::string remote_address_;
};

}  // namespace vc::mcu::http
