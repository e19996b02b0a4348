#include "mcu/http/HttpServer.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <openssl/err.h>
#include <openssl/ssl.h>

#include <boost/asio/ip/tcp.hpp>

#include "mcu/http/Listener.hpp"
#include "mcu/http/ServerContext.hpp"

namespace vc::mcu::http {
namespace net = boost::asio;
using tcp = net::ip::tcp;

HttpServer::HttpServer(net::io_context& io, ServerOptions options, Routes routes)
    : io_(io), context_(std::make_shared<ServerContext>(std::move(options), std::move(routes))) {}

HttpServer::~HttpServer() { Stop(); }

void HttpServer::Start() {
  if (listener_) throw std::logic_error("HttpServer::Start called twice");
  LoadTls();
  const auto endpoint = ResolveEndpoint();
  auto listener = std::make_shared<Listener>(io_, context_);
  port_ = listener->Open(endpoint);
  listener_ = std::move(listener);
  listener_->Run();
}

void HttpServer::Stop() {
  if (listener_) listener_->Stop();
  context_->tracker.StopAll();
}

tcp::endpoint HttpServer::ResolveEndpoint() const {
  const auto& options = context_->options;
  const std::string host = options.host.empty() ? "0.0.0.0" : options.host;
  boost::system::error_code ec;
  const auto address = net::ip::make_address(host, ec);
  if (!ec) return {address, options.port};
  // Not an IP literal: resolve a name such as "localhost" to its first address.
  tcp::resolver resolver(io_);
  const auto results =
      resolver.resolve(host, std::to_string(options.port), tcp::resolver::passive, ec);
  if (ec || results.empty()) {
    throw HttpServerError(
        HttpServerError::Reason::kBadAddress,
        "cannot listen on host '" + host + "': " + (ec ? ec.message() : std::string("no address")));
  }
  return results.begin()->endpoint();
}

void HttpServer::LoadTls() {
  const auto& options = context_->options;
  if (!options.tls_cert_file && !options.tls_key_file) return;
  if (!options.tls_cert_file || !options.tls_key_file) {
    throw HttpServerError(HttpServerError::Reason::kTlsSetup,
                          "TLS needs both a certificate file and a key file");
  }
  auto tls = std::make_unique<net::ssl::context>(net::ssl::context::tls_server);
  tls->set_options(net::ssl::context::default_workarounds | net::ssl::context::no_sslv2 |
                   net::ssl::context::no_sslv3 | net::ssl::context::single_dh_use);
  SSL_CTX_set_min_proto_version(tls->native_handle(), TLS1_2_VERSION);
  // OpenSSL 3 reports an unreadable file as a bare "asio.ssl error": say what is wrong first.
  for (const std::string* file : {&*options.tls_cert_file, &*options.tls_key_file}) {
    if (::access(file->c_str(), R_OK) != 0) {
      throw HttpServerError(HttpServerError::Reason::kTlsSetup,
                            "cannot read TLS file '" + *file + "': " + std::strerror(errno));
    }
  }
  boost::system::error_code ec;
  tls->use_certificate_chain_file(*options.tls_cert_file, ec);
  if (ec) {
    throw HttpServerError(
        HttpServerError::Reason::kTlsSetup,
        "cannot load TLS certificate '" + *options.tls_cert_file + "': " + ec.message());
  }
  tls->use_private_key_file(*options.tls_key_file, net::ssl::context::pem, ec);
  if (ec) {
    throw HttpServerError(HttpServerError::Reason::kTlsSetup,
                          "cannot load TLS key '" + *options.tls_key_file + "': " + ec.message());
  }
  if (SSL_CTX_check_private_key(tls->native_handle()) != 1) {
    ERR_clear_error();
    throw HttpServerError(HttpServerError::Reason::kTlsSetup, "TLS key '" + *options.tls_key_file +
                                                                  "' does not match certificate '" +
                                                                  *options.tls_cert_file + "'");
  }
  context_->tls = std::move(tls);
}

}  // namespace vc::mcu::http
