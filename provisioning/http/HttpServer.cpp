#include "provisioning/http/HttpServer.hpp"

#include <unistd.h>

#include <boost/asio/dispatch.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <array>
#include <cerrno>
#include <cstring>
#include <stdexcept>

#include <openssl/ssl.h>

#include "common/log/Log.hpp"
#include "provisioning/http/RequestAdapter.hpp"

namespace vc::provision {
namespace net = boost::asio;
namespace beast = boost::beast;
namespace beast_http = boost::beast::http;
namespace log = vc::common::log;
using tcp = net::ip::tcp;
using PlainStream = beast::tcp_stream;
using TlsStream = net::ssl::stream<beast::tcp_stream>;

namespace {

constexpr const char* kLog = "vc-provision";

// One connection: TLS handshake if any, then requests one at a time (so at most one write is in
// flight), while keep-alive.
template <class Stream>
class Session : public std::enable_shared_from_this<Session<Stream>> {
 public:
  Session(Stream&& stream, std::shared_ptr<HttpServerContext> context, std::string remote)
      : stream_(std::move(stream)), context_(std::move(context)), remote_(std::move(remote)) {}

  void Run() {
    net::dispatch(stream_.get_executor(), [self = this->shared_from_this()] {
      if constexpr (std::is_same_v<Stream, TlsStream>) {
        self->Tcp().expires_after(self->context_->options.idle_timeout);
        self->stream_.async_handshake(net::ssl::stream_base::server, [self](beast::error_code ec) {
          if (ec) {
            log::Info(kLog, "tls handshake failed ", self->remote_, ": ", ec.message());
            return;
          }
          self->DoRead();
        });
      } else {
        self->DoRead();
      }
    });
  }

 private:
  beast::tcp_stream& Tcp() { return beast::get_lowest_layer(stream_); }

  void DoRead() {
    parser_.emplace();
    parser_->header_limit(std::uint32_t(context_->options.max_header_bytes));
    parser_->body_limit(context_->options.max_body_bytes);
    Tcp().expires_after(context_->options.idle_timeout);
    beast_http::async_read(stream_, buffer_, *parser_,
                           beast::bind_front_handler(&Session::OnRead, this->shared_from_this()));
  }

  void OnRead(beast::error_code ec, std::size_t) {
    if (ec == beast_http::error::end_of_stream) return DoClose();
    if (ec == beast_http::error::body_limit) {
      return WriteError(413, "too_large", "request body over " + std::to_string(context_->options.max_body_bytes) + " bytes");
    }
    if (ec == beast_http::error::header_limit || ec == beast_http::error::buffer_overflow) return WriteError(431, "headers_too_large", "request headers too large");
    if (ec && ec != net::error::operation_aborted && ec != beast::error::timeout &&
        ec.category() == beast_http::make_error_code(beast_http::error::bad_target).category()) {
      return WriteError(400, "bad_request", "malformed HTTP request: " + ec.message());
    }
    if (ec) return;  // closed, reset or timed out: nothing to answer
    const auto& request = parser_->get();
    Reply reply;
    try {
      reply = context_->callback(RequestAdapter::FromBeast(request));
    } catch (const std::exception& e) {  // the router answers errors itself; this is the last guard
      log::Error(kLog, "request failed: ", e.what());
      reply = Reply::Error(500, "internal", "internal error (see the server log)");
    }
    if (reply.status >= 400) {
      log::Info(kLog, "http ", reply.status, " ", request.method_string(), " ",
                std::string_view(request.target().data(), std::min<size_t>(request.target().size(), 200)), " ", remote_);
    }
    Write(RequestAdapter::ToBeast(std::move(reply), request.version(), request.keep_alive(),
                                  request.method() == beast_http::verb::head));
  }

  // The request was refused before its body was read: answer, then read and discard what the
  // client still sends (bounded in bytes and time) so that closing does not reset the connection
  // before the client has read the answer.
  void WriteError(int status, const std::string& code, const std::string& reason) {
    log::Info(kLog, "http ", status, " ", reason, " ", remote_);
    auto shared = std::make_shared<RequestAdapter::BeastResponse>(
        RequestAdapter::ToBeast(Reply::Error(status, code, reason), 11, false, false));
    Tcp().expires_after(context_->options.idle_timeout);
    beast_http::async_write(stream_, *shared, [self = this->shared_from_this(), shared](beast::error_code ec, std::size_t) {
      if (ec) return;
      if constexpr (std::is_same_v<Stream, PlainStream>) {
        beast::error_code ignored;
        self->Tcp().socket().shutdown(tcp::socket::shutdown_send, ignored);
        self->Tcp().expires_after(std::chrono::seconds(3));
        self->Drain(0);
      } else {
        self->DoClose();
      }
    });
  }

  void Drain(size_t drained) {
    static constexpr size_t kMaxDrain = 8 * 1024 * 1024;
    if (drained > kMaxDrain) return;
    Tcp().async_read_some(net::buffer(drain_buffer_), [self = this->shared_from_this(), drained](beast::error_code ec, std::size_t n) {
      if (!ec) self->Drain(drained + n);
    });
  }

  void Write(RequestAdapter::BeastResponse response) {
    auto shared = std::make_shared<RequestAdapter::BeastResponse>(std::move(response));
    Tcp().expires_after(context_->options.idle_timeout);
    beast_http::async_write(stream_, *shared, [self = this->shared_from_this(), shared](beast::error_code ec, std::size_t) {
      if (ec) return;
      if (shared->keep_alive()) {
        self->DoRead();
      } else {
        self->DoClose();
      }
    });
  }

  void DoClose() {
    if constexpr (std::is_same_v<Stream, TlsStream>) {
      Tcp().expires_after(std::chrono::seconds(5));
      stream_.async_shutdown([self = this->shared_from_this()](beast::error_code) {});
    } else {
      beast::error_code ignored;
      Tcp().socket().shutdown(tcp::socket::shutdown_send, ignored);
    }
  }

  Stream stream_;
  beast::flat_buffer buffer_;  // bounded by the parser's header and body limits
  std::array<char, 16 * 1024> drain_buffer_{};
  std::optional<beast_http::request_parser<beast_http::string_body>> parser_;
  const std::shared_ptr<HttpServerContext> context_;
  const std::string remote_;
};

std::unique_ptr<net::ssl::context> LoadTls(const HttpServerOptions& options) {
  if (!options.tls_cert_file && !options.tls_key_file) return nullptr;
  if (!options.tls_cert_file || !options.tls_key_file) {
    throw std::runtime_error("TLS needs both --tls-cert and --tls-key");
  }
  for (const std::string* file : {&*options.tls_cert_file, &*options.tls_key_file}) {
    if (::access(file->c_str(), R_OK) != 0) {
      throw std::runtime_error("cannot read TLS file '" + *file + "': " + std::strerror(errno));
    }
  }
  auto tls = std::make_unique<net::ssl::context>(net::ssl::context::tls_server);
  tls->set_options(net::ssl::context::default_workarounds | net::ssl::context::no_sslv2 |
                   net::ssl::context::no_sslv3 | net::ssl::context::single_dh_use);
  SSL_CTX_set_min_proto_version(tls->native_handle(), TLS1_2_VERSION);
  boost::system::error_code ec;
  tls->use_certificate_chain_file(*options.tls_cert_file, ec);
  if (ec) throw std::runtime_error("cannot load TLS certificate '" + *options.tls_cert_file + "': " + ec.message());
  tls->use_private_key_file(*options.tls_key_file, net::ssl::context::pem, ec);
  if (ec) throw std::runtime_error("cannot load TLS key '" + *options.tls_key_file + "': " + ec.message());
  if (SSL_CTX_check_private_key(tls->native_handle()) != 1) {
    throw std::runtime_error("TLS key does not match the certificate");
  }
  return tls;
}

std::string ToString(const tcp::endpoint& endpoint) {
  const auto address = endpoint.address();
  return (address.is_v6() ? "[" + address.to_string() + "]" : address.to_string()) + ":" +
         std::to_string(endpoint.port());
}

}  // namespace

HttpServer::HttpServer(net::io_context& io, HttpServerOptions options, RequestCallback callback)
    : io_(io),
      context_(std::make_shared<HttpServerContext>(HttpServerContext{std::move(options), std::move(callback), nullptr})) {}

HttpServer::~HttpServer() { Stop(); }

void HttpServer::Start() {
  context_->tls = LoadTls(context_->options);
  boost::system::error_code ec;
  auto address = net::ip::make_address(context_->options.host, ec);
  if (ec) {
    tcp::resolver resolver(io_);
    const auto results = resolver.resolve(context_->options.host, "", ec);
    if (ec || results.empty()) throw std::runtime_error("cannot listen on host '" + context_->options.host + "'");
    address = results.begin()->endpoint().address();
  }
  const tcp::endpoint endpoint(address, context_->options.port);
  acceptor_ = std::make_shared<tcp::acceptor>(net::make_strand(io_));
  acceptor_->open(endpoint.protocol(), ec);
  if (!ec) acceptor_->set_option(net::socket_base::reuse_address(true), ec);
  if (!ec) acceptor_->bind(endpoint, ec);
  if (!ec) acceptor_->listen(net::socket_base::max_listen_connections, ec);
  if (ec) throw std::runtime_error("cannot listen on " + ToString(endpoint) + ": " + ec.message());
  port_ = acceptor_->local_endpoint().port();
  log::Info(kLog, "listening on ", tls() ? "https://" : "http://", ToString(acceptor_->local_endpoint()), "/");
  DoAccept();
}

void HttpServer::Stop() {
  if (!acceptor_) return;
  net::dispatch(acceptor_->get_executor(), [acceptor = acceptor_] {
    boost::system::error_code ignored;
    acceptor->close(ignored);
  });
}

void HttpServer::DoAccept() {
  acceptor_->async_accept(net::make_strand(io_), [this, acceptor = acceptor_,
                                                  context = context_](beast::error_code ec, tcp::socket socket) {
    if (!acceptor->is_open()) return;
    if (!ec) {
      beast::error_code endpoint_ec;
      const auto remote = socket.remote_endpoint(endpoint_ec);
      const std::string who = endpoint_ec ? "unknown" : ToString(remote);
      if (context->tls) {
        std::make_shared<Session<TlsStream>>(TlsStream(PlainStream(std::move(socket)), *context->tls), context, who)->Run();
      } else {
        std::make_shared<Session<PlainStream>>(PlainStream(std::move(socket)), context, who)->Run();
      }
    } else if (ec != net::error::operation_aborted) {
      log::Warn(kLog, "accept failed: ", ec.message());
    }
    if (ec != net::error::operation_aborted) DoAccept();
  });
}

}  // namespace vc::provision
