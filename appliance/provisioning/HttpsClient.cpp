#include "appliance/provisioning/HttpsClient.hpp"

#include <openssl/ssl.h>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <type_traits>

namespace vc::appliance::provisioning {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

constexpr size_t kMaxResponseBytes = 1024 * 1024;

// One request/response on its own connection. Keeps itself alive through its handlers; the
// deadline timer closes the socket, which ends whatever step is pending with an error.
template <class Stream>
class Exchange : public std::enable_shared_from_this<Exchange<Stream>> {
  static constexpr bool kTls = !std::is_same_v<Stream, beast::tcp_stream>;

 public:
  Exchange(asio::io_context& io, std::shared_ptr<asio::ssl::context> tls, const ServerUrl& url,
           http::request<http::string_body> request, HttpsClient::Done done)
      : tls_(std::move(tls)), url_(url), resolver_(io), stream_(MakeStream(io, tls_.get())), timer_(io),
        request_(std::move(request)), done_(std::move(done)) {
    parser_.body_limit(kMaxResponseBytes);
  }

  void Start(std::chrono::milliseconds timeout) {
    auto self = this->shared_from_this();
    timer_.expires_after(timeout);
    timer_.async_wait([self, timeout](const beast::error_code& ec) {
      if (ec) return;
      self->Finish({0, "", "no answer from " + self->url_.HostHeader() + " within " +
                               std::to_string(timeout.count() / 1000.0).substr(0, 4) + " s"});
    });
    if constexpr (kTls) {
      // SNI, so a server with several names presents the right certificate.
      SSL_set_tlsext_host_name(stream_.native_handle(), url_.host.c_str());
    }
    resolver_.async_resolve(url_.host, url_.port,
                            [self](const beast::error_code& ec, tcp::resolver::results_type r) {
                              self->OnResolved(ec, std::move(r));
                            });
  }

 private:
  static Stream MakeStream(asio::io_context& io, asio::ssl::context* tls) {
    if constexpr (kTls) {
      return Stream(io, *tls);
    } else {
      (void)tls;
      return Stream(io);
    }
  }
  beast::tcp_stream& Tcp() { return beast::get_lowest_layer(stream_); }

  void OnResolved(const beast::error_code& ec, tcp::resolver::results_type results) {
    if (ec) return Fail("cannot resolve " + url_.host, ec);
    auto self = this->shared_from_this();
    Tcp().async_connect(results, [self](const beast::error_code& e, const tcp::endpoint&) {
      if (e) return self->Fail("cannot connect to " + self->url_.HostHeader(), e);
      if constexpr (kTls) {
        self->stream_.async_handshake(asio::ssl::stream_base::client,
                                      [self](const beast::error_code& h) {
                                        if (h) return self->Fail("TLS handshake failed", h);
                                        self->Write();
                                      });
      } else {
        self->Write();
      }
    });
  }

  void Write() {
    auto self = this->shared_from_this();
    http::async_write(stream_, request_, [self](const beast::error_code& ec, size_t) {
      if (ec) return self->Fail("cannot send the request", ec);
      // Header first, so a declared Content-Length over the limit ends the exchange before any
      // of the body is read (a whole-message async_read on Beast 1.74 read it all regardless).
      http::async_read_header(self->stream_, self->buffer_, self->parser_,
                              [self](const beast::error_code& e, size_t) {
                                if (e == http::error::body_limit) {
                                  return self->Finish({0, "", "the answer is larger than 1 MiB"});
                                }
                                if (e) return self->Fail("bad or no answer", e);
                                const auto length = self->parser_.content_length();
                                if (length && *length > kMaxResponseBytes) {
                                  return self->Finish({0, "", "the answer is larger than 1 MiB"});
                                }
                                self->ReadBody();
                              });
    });
  }

  void ReadBody() {
    auto self = this->shared_from_this();
    http::async_read(stream_, buffer_, parser_, [self](const beast::error_code& e, size_t) {
      if (e) return self->Fail("bad or no answer", e);
      auto& response = self->parser_.get();
      if (response.body().size() > kMaxResponseBytes) {
        return self->Finish({0, "", "the answer is larger than 1 MiB"});
      }
      self->Finish({static_cast<int>(response.result_int()), std::move(response.body()), ""});
    });
  }

  void Fail(const std::string& what, const beast::error_code& ec) {
    Finish({0, "", what + ": " + ec.message()});
  }

  void Finish(HttpResult result) {
    if (finished_) return;
    finished_ = true;
    timer_.cancel();
    resolver_.cancel();
    beast::error_code ignored;
    Tcp().socket().close(ignored);
    auto done = std::move(done_);
    done(std::move(result));
  }

  std::shared_ptr<asio::ssl::context> tls_;  // before stream_, which is made from it
  ServerUrl url_;
  tcp::resolver resolver_;
  Stream stream_;
  asio::steady_timer timer_;
  http::request<http::string_body> request_;
  beast::flat_buffer buffer_;
  http::response_parser<http::string_body> parser_;
  HttpsClient::Done done_;
  bool finished_ = false;
};

}  // namespace

HttpsClient::HttpsClient(asio::io_context& io, ServerUrl url, std::optional<std::string> ca_file,
                         std::chrono::milliseconds timeout)
    : io_(io), url_(std::move(url)), timeout_(timeout) {
  if (!url_.tls) return;
  tls_ = std::make_shared<asio::ssl::context>(asio::ssl::context::tls_client);
  tls_->set_verify_mode(asio::ssl::verify_peer);
  beast::error_code ec;
  if (ca_file) {
    tls_->load_verify_file(*ca_file, ec);
    if (ec) throw std::runtime_error("cannot load CA file '" + *ca_file + "': " + ec.message());
  } else {
    tls_->set_default_verify_paths(ec);
  }
  tls_->set_verify_callback(asio::ssl::host_name_verification(url_.host));
}

HttpsClient::~HttpsClient() = default;

void HttpsClient::Send(const std::string& method, const std::string& path,
                       const std::string& bearer, const std::string& json_body, Done done) {
  http::request<http::string_body> request;
  request.method_string(method);
  request.target(url_.base + path);
  request.version(11);
  request.set(http::field::host, url_.HostHeader());
  request.set(http::field::user_agent, "vc-room");
  request.set(http::field::accept, "application/json");
  request.set(http::field::connection, "close");
  if (!bearer.empty()) request.set(http::field::authorization, "Bearer " + bearer);
  if (!json_body.empty() || method == "POST") {
    request.set(http::field::content_type, "application/json");
    request.body() = json_body;
  }
  request.prepare_payload();
  // The caller's `done` runs only while this client lives (the daemon may be shutting down).
  auto guarded = [alive = std::weak_ptr<int>(alive_), done = std::move(done)](HttpResult r) {
    if (alive.lock()) done(std::move(r));
  };
  if (url_.tls) {
    using TlsStream = beast::ssl_stream<beast::tcp_stream>;
    std::make_shared<Exchange<TlsStream>>(io_, tls_, url_, std::move(request),
                                          std::move(guarded))
        ->Start(timeout_);
  } else {
    std::make_shared<Exchange<beast::tcp_stream>>(io_, nullptr, url_, std::move(request),
                                                  std::move(guarded))
        ->Start(timeout_);
  }
}

}  // namespace vc::appliance::provisioning
