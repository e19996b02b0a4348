#include "mcu/http/Listener.hpp"

#include "mcu/http/HttpLog.hpp"
#include "mcu/http/HttpServerError.hpp"
#include "mcu/http/HttpSession.hpp"

namespace vc::mcu::http {
namespace net = boost::asio;
using tcp = net::ip::tcp;

namespace {

std::string ToString(const tcp::endpoint& endpoint) {
  const auto address = endpoint.address();
  const std::string host = address.is_v6() ? "[" + address.to_string() + "]" : address.to_string();
  return host + ":" + std::to_string(endpoint.port());
}

[[noreturn]] void ThrowListenError(const char* step, const tcp::endpoint& endpoint,
                                   const boost::beast::error_code& ec) {
  auto reason = HttpServerError::Reason::kListenFailed;
  if (ec == net::error::address_in_use) reason = HttpServerError::Reason::kAddressInUse;
  if (ec == net::error::access_denied) reason = HttpServerError::Reason::kPermissionDenied;
  if (ec == boost::system::errc::address_not_available ||
      ec == boost::system::errc::address_family_not_supported) {
    reason = HttpServerError::Reason::kBadAddress;
  }
  throw HttpServerError(
      reason, std::string("cannot ") + step + " " + ToString(endpoint) + ": " + ec.message());
}

}  // namespace

Listener::Listener(net::io_context& io, std::shared_ptr<ServerContext> context)
    : io_(io),
      context_(std::move(context)),
      strand_(net::make_strand(io)),
      acceptor_(strand_),
      retry_timer_(strand_) {}

uint16_t Listener::Open(const tcp::endpoint& endpoint) {
  boost::beast::error_code ec;
  acceptor_.open(endpoint.protocol(), ec);
  if (ec) ThrowListenError("open socket for", endpoint, ec);
  // Lets a restarted server bind while old connections sit in TIME_WAIT; a live listener on the
  // same port still makes bind fail with address_in_use.
  acceptor_.set_option(net::socket_base::reuse_address(true), ec);
  if (ec) ThrowListenError("set options on", endpoint, ec);
  acceptor_.bind(endpoint, ec);
  if (ec) ThrowListenError("bind", endpoint, ec);
  acceptor_.listen(net::socket_base::max_listen_connections, ec);
  if (ec) ThrowListenError("listen on", endpoint, ec);
  const auto bound = acceptor_.local_endpoint(ec);
  if (ec) ThrowListenError("read the address of", endpoint, ec);
  log::Info(kLogComponent, "listening on ", context_->tls ? "https://" : "http://",
            ToString(bound));
  return bound.port();
}

void Listener::Run() {
  net::dispatch(strand_, boost::beast::bind_front_handler(&Listener::DoAccept, shared_from_this()));
}

void Listener::Stop() {
  net::dispatch(strand_, [self = shared_from_this()] {
    boost::beast::error_code ignored;
    self->acceptor_.close(ignored);
    self->retry_timer_.cancel();
  });
}

void Listener::DoAccept() {
  if (!acceptor_.is_open()) return;
  acceptor_.async_accept(net::make_strand(io_),
                         boost::beast::bind_front_handler(&Listener::OnAccept, shared_from_this()));
}

void Listener::OnAccept(boost::beast::error_code ec, tcp::socket socket) {
  if (ec == net::error::operation_aborted || !acceptor_.is_open()) return;
  if (ec) {
    // E.g. out of file descriptors: the listener keeps going, the client was not accepted.
    log::Warn(kLogComponent, "accept failed: ", ec.message());
    retry_timer_.expires_after(std::chrono::milliseconds(100));
    retry_timer_.async_wait([self = shared_from_this()](boost::beast::error_code wait_ec) {
      if (!wait_ec) self->DoAccept();
    });
    return;
  }
  {
    boost::beast::error_code endpoint_ec;
    const auto remote_endpoint = socket.remote_endpoint(endpoint_ec);
    const std::string remote = endpoint_ec ? "unknown" : ToString(remote_endpoint);
    log::Info(kLogComponent, "connection accepted ", remote);
    if (context_->tls) {
      std::make_shared<HttpSession<TlsStream>>(
          TlsStream(PlainStream(std::move(socket)), *context_->tls), context_, remote)
          ->Run();
    } else {
      std::make_shared<HttpSession<PlainStream>>(PlainStream(std::move(socket)), context_, remote)
          ->Run();
    }
  }
  DoAccept();
}

}  // namespace vc::mcu::http
