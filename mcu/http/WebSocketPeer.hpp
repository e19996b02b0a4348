#pragma once

#include <string>

namespace vc::mcu::http {

// The server's side of one WebSocket, handed to the application. Safe to keep after the
// connection ended: calls then do nothing.
class WebSocketPeer {
 public:
  virtual ~WebSocketPeer() = default;
  // Thread-safe. Queues one text message on the connection's strand; one write is in flight at a
  // time. If more than ServerOptions::max_ws_queue messages wait, the peer is a slow consumer and
  // the connection is closed.
  virtual void Send(std::string text) = 0;
  // Thread-safe. Sends what is queued, then closes gracefully (close code 1000).
  virtual void Close() = 0;
  // "ip:port" of the remote end.
  virtual std::string RemoteAddress() const = 0;
};

}  // namespace vc::mcu::http
