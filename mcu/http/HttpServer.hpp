#pragma once

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <cstdint>
#include <memory>

#include "mcu/http/HttpServerError.hpp"
#include "mcu/http/Routes.hpp"
#include "mcu/http/ServerOptions.hpp"

namespace vc::mcu::http {

class Listener;
struct ServerContext;

// The MCU's HTTP + WebSocket server: GET /healthz, /metrics, static files, and WebSockets on /ws;
// HTTPS + WSS when ServerOptions names a certificate and key. Runs on the given io_context (one
// or more threads); each connection has its own strand.
class HttpServer {
 public:
  HttpServer(boost::asio::io_context& io, ServerOptions options, Routes routes);
  ~HttpServer();  // Stop()
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Loads TLS files, binds and listens, starts accepting. Throws HttpServerError with the reason
  // (bad address, address in use, permission denied, TLS files unusable).
  void Start();
  // Thread-safe and idempotent: closes the acceptor, closes every WebSocket (1001) and HTTP
  // connection; once they are gone io_context::run() returns (if nothing else keeps it busy).
  void Stop();
  // The bound port (useful with port 0); 0 before Start.
  uint16_t port() const { return port_; }

 private:
  boost::asio::ip::tcp::endpoint ResolveEndpoint() const;
  void LoadTls();

  // Passed by argument.
  boost::asio::io_context& io_;
  // Allocated by this.
  std::shared_ptr<ServerContext> context_;
  std::shared_ptr<Listener> listener_;
  uint16_t port_ = 0;
};

}  // namespace vc::mcu::http
