#pragma once
// The MCU's end of one signaling WebSocket: parses each message and hands the request to the
// conference engine. Runs on the connection's strand; holds no room state of its own.
#include <atomic>
#include <cstdint>
#include <memory>

#include "mcu/auth/JoinAuthorizer.hpp"
#include "mcu/engine/ConferenceEngine.hpp"
#include "mcu/http/WebSocketHandler.hpp"
#include "mcu/http/WebSocketPeer.hpp"
#include "mcu/metrics/McuMetrics.hpp"

namespace vc::mcu::signaling {

class SignalingSession : public http::WebSocketHandler {
 public:
  SignalingSession(engine::ConferenceEngine& engine, metrics::McuMetrics& metrics,
                   std::shared_ptr<http::WebSocketPeer> peer,
                   const auth::JoinAuthorizer* authorizer = nullptr);
  ~SignalingSession() override;

  // http::WebSocketHandler
  void OnWebSocketMessage(std::string_view text) override;
  void OnWebSocketTooLarge() override;
  void OnWebSocketClosed() override;

 private:
  static std::atomic<uint64_t> next_session_id_;

  // Passed by argument.
  engine::ConferenceEngine& engine_;
  metrics::McuMetrics& metrics_;
  std::shared_ptr<http::WebSocketPeer> peer_;
  const auth::JoinAuthorizer* authorizer_;  // null: no join tokens
  // Allocated by this.
  const uint64_t session_id_;
};

}  // namespace vc::mcu::signaling
