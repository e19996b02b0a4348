#pragma once

#include <boost/asio/ssl/context.hpp>
#include <memory>

#include "mcu/http/HttpRouter.hpp"
#include "mcu/http/ServerOptions.hpp"
#include "mcu/http/SessionTracker.hpp"

namespace vc::mcu::http {

// What every session of one server shares. Held by shared_ptr so sessions that outlive the
// HttpServer object (while the io_context drains) still find it.
struct ServerContext {
  ServerContext(ServerOptions options_in, Routes routes)
      : options(std::move(options_in)), router(std::move(routes)) {}

  const ServerOptions options;
  const HttpRouter router;
  std::unique_ptr<boost::asio::ssl::context> tls;  // null: plain HTTP/WS
  SessionTracker tracker;
};

}  // namespace vc::mcu::http
