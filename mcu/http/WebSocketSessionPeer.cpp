#include "mcu/http/WebSocketSessionPeer.hpp"

namespace vc::mcu::http {

WebSocketSessionPeer::WebSocketSessionPeer(std::weak_ptr<WebSocketConnection> connection,
                                           std::string remote_address)
    : connection_(std::move(connection)), remote_address_(std::move(remote_address)) {}

void WebSocketSessionPeer::Send(std::string text) {
  if (auto connection = connection_.lock()) connection->PostSend(std::move(text));
}

void WebSocketSessionPeer::Close() {
  if (auto connection = connection_.lock()) connection->PostClose();
}

}  // namespace vc::mcu::http
