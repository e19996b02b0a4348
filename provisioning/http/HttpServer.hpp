#pragma once
// The provisioning server's HTTP(S) front: Boost.Beast, one strand per connection, every read and
// write under a timeout, headers and bodies bounded (an oversize body gets 413, not a hang).
// Requests are handed to one callback on the connection's strand; run the io_context on one thread
// so that callback (and the SQLite connection behind it) is never entered twice at once.
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "provisioning/api/HttpTypes.hpp"

namespace vc::provision {

struct HttpServerOptions {
  std::string host = "127.0.0.1";
  uint16_t port = 0;
  std::optional<std::string> tls_cert_file;
  std::optional<std::string> tls_key_file;
  std::chrono::seconds idle_timeout{30};
  size_t max_body_bytes = 1024 * 1024;
  size_t max_header_bytes = 16 * 1024;
};

using RequestCallback = std::function<Reply(const Request&)>;

struct HttpServerContext {
  HttpServerOptions options;
  RequestCallback callback;
  std::unique_ptr<boost::asio::ssl::context> tls;  // null: plain HTTP
};

class HttpServer {
 public:
  HttpServer(boost::asio::io_context& io, HttpServerOptions options, RequestCallback callback);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Loads TLS files, binds, listens, starts accepting. Throws std::runtime_error with the reason.
  void Start();
  void Stop();
  uint16_t port() const { return port_; }
  bool tls() const { return context_->tls != nullptr; }

 private:
  void DoAccept();

  boost::asio::io_context& io_;
  std::shared_ptr<HttpServerContext> context_;
  std::shared_ptr<boost::asio::ip::tcp::acceptor> acceptor_;
  uint16_t port_ = 0;
};

}  // namespace vc::provision
