#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace vc::mcu::http {

struct ServerOptions {
  std::string host = "0.0.0.0";  // IP literal or resolvable name; empty means 0.0.0.0
  uint16_t port = 0;             // 0 picks a free port (see HttpServer::port())
  // Both set: serve HTTPS and WSS only. Both unset: plain HTTP and WS. One alone is an error.
  std::optional<std::string> tls_cert_file;  // PEM, certificate chain
  std::optional<std::string> tls_key_file;   // PEM, private key
  size_t max_ws_message_bytes = 64 * 1024;   // larger messages close the WebSocket (1009)
  size_t max_ws_queue = 256;                 // outgoing messages queued per WebSocket
  std::chrono::seconds idle_timeout{60};     // HTTP read/write, TLS handshake, WebSocket idle
};

}  // namespace vc::mcu::http
