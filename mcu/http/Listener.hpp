#pragma once

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core/error.hpp>
#include <cstdint>
#include <memory>

#include "mcu/http/ServerContext.hpp"

namespace vc::mcu::http {

// Accepts connections and starts an HttpSession for each, plain or TLS as the context says. Every
// accepted socket gets its own strand.
class Listener : public std::enable_shared_from_this<Listener> {
 public:
  Listener(boost::asio::io_context& io, std::shared_ptr<ServerContext> context);

  // Binds and listens; returns the bound port. Throws HttpServerError.
  uint16_t Open(const boost::asio::ip::tcp::endpoint& endpoint);
  void Run();
  // Thread-safe: closes the acceptor on its strand.
  void Stop();

 private:
  void DoAccept();
  void OnAccept(boost::beast::error_code ec, boost::asio::ip::tcp::socket socket);

  // Passed by argument.
  boost::asio::io_context& io_;
  const std::shared_ptr<ServerContext> context_;
  // Allocated by this.
  boost::asio::strand<boost::asio::io_context::executor_type> strand_;
  boost::asio::ip::tcp::acceptor acceptor_;
  boost::asio::steady_timer retry_timer_;  // backs off after a failed accept (e.g. EMFILE)
};

}  // namespace vc::mcu::http
