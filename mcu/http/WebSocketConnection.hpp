#pragma once

#include <string>

namespace vc::mcu::http {

// What a WebSocketSessionPeer needs from its session, independent of the stream type.
class WebSocketConnection {
 public:
  virtual ~WebSocketConnection() = default;
  virtual void PostSend(std::string text) = 0;  // thread-safe
  virtual void PostClose() = 0;                 // thread-safe
};

}  // namespace vc::mcu::http
