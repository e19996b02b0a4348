#pragma once

#include <string_view>

namespace vc::mcu::http {

// The application's side of one WebSocket, created by Routes::on_websocket once the upgrade
// handshake succeeded. Every method is called on the connection's strand, never concurrently.
class WebSocketHandler {
 public:
  virtual ~WebSocketHandler() = default;
  // One complete text message; the view is valid only during the call.
  virtual void OnWebSocketMessage(std::string_view text) = 0;
  // A message exceeded ServerOptions::max_ws_message_bytes; the server closes the connection
  // (1009) and OnWebSocketClosed follows.
  virtual void OnWebSocketTooLarge() = 0;
  // Exactly once, when the connection ends for any reason; the handler is destroyed right after.
  virtual void OnWebSocketClosed() = 0;
};

}  // namespace vc::mcu::http
