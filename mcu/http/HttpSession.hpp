#pragma once

#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/websocket.hpp>
#include <memory>
#include <optional>
#include <string>

#include "mcu/http/HttpLog.hpp"
#include "mcu/http/ServerContext.hpp"
#include "mcu/http/StreamTypes.hpp"
#include "mcu/http/WebSocketSession.hpp"

namespace vc::mcu::http {

// One HTTP/1.1 connection over Stream (plain or TLS): TLS handshake if any, then read a request,
// write its response, repeat while keep-alive. An upgrade on /ws hands the stream to a
// WebSocketSession. Requests are answered one at a time, so one write is in flight at most.
template <class Stream>
class HttpSession final : public StoppableSession,
                          public std::enable_shared_from_this<HttpSession<Stream>> {
 public:
  HttpSession(Stream&& stream, std::shared_ptr<ServerContext> context, std::string remote)
      : stream_(std::move(stream)),
        executor_(stream_.get_executor()),
        context_(std::move(context)),
        remote_(std::move(remote)) {}

  ~HttpSession() override {
    if (id_) context_->tracker.Remove(*id_);
    if (!handed_off_) log::Info(kLogComponent, "connection closed ", remote_);
  }

  void Run() {
    id_ = context_->tracker.Add(this->weak_from_this());
    if (!id_) return;  // server stopping: dropping the stream closes the socket
    boost::asio::dispatch(executor_, Bind(&HttpSession::OnRun));
  }

  void Shutdown() override {
    boost::asio::post(executor_, [self = this->shared_from_this()] {
      if (self->handed_off_) return;  // the WebSocketSession is tracked on its own
      boost::beast::error_code ignored;
      self->Tcp().socket().close(ignored);
    });
  }

 private:
  using error_code = boost::beast::error_code;
  static constexpr size_t kMaxRequestBody = 64 * 1024;
  static constexpr std::chrono::seconds kTlsShutdownTimeout{5};

  template <class Method, class... Args>
  auto Bind(Method method, Args... args) {
    return boost::beast::bind_front_handler(method, this->shared_from_this(), args...);
  }

  boost::beast::tcp_stream& Tcp() { return boost::beast::get_lowest_layer(stream_); }

  void OnRun() {
    if constexpr (kIsTls<Stream>) {
      Tcp().expires_after(context_->options.idle_timeout);
      stream_.async_handshake(boost::asio::ssl::stream_base::server,
                              Bind(&HttpSession::OnHandshake));
    } else {
      DoRead();
    }
  }

  void OnHandshake(error_code ec) {
    if (ec) {
      log::Warn(kLogComponent, "tls handshake failed ", remote_, ": ", ec.message());
      return;
    }
    DoRead();
  }

  void DoRead() {
    parser_.emplace();
    parser_->body_limit(kMaxRequestBody);
    Tcp().expires_after(context_->options.idle_timeout);
    boost::beast::http::async_read(stream_, buffer_, *parser_, Bind(&HttpSession::OnRead));
  }

  void OnRead(error_code ec, std::size_t /*bytes*/) {
    namespace beast_http = boost::beast::http;
    if (ec == beast_http::error::end_of_stream) {
      DoClose();
      return;
    }
    if (ec) {
      if (ec != boost::asio::error::operation_aborted) {
        log::Info(kLogComponent, "http read ended ", remote_, ": ", ec.message());
      }
      return;
    }
    const auto& request = parser_->get();
    const auto target = std::string_view(request.target().data(), request.target().size());
    if (boost::beast::websocket::is_upgrade(request) &&
        HttpRouter::PathOf(target) == HttpRouter::kWebSocketPath &&
        context_->router.routes().on_websocket) {
      handed_off_ = true;
      auto ws = std::make_shared<WebSocketSession<Stream>>(std::move(stream_), context_, remote_);
      ws->Run(parser_->release());
      return;
    }
    auto response = std::make_shared<HttpRouter::Response>(context_->router.Handle(request));
    if (response->result_int() >= 400) {
      log::Info(kLogComponent, "http ", response->result_int(), " ", request.method_string(), " ",
                target, " ", remote_);
    }
    Tcp().expires_after(context_->options.idle_timeout);
    boost::beast::http::async_write(
        stream_, *response,
        [self = this->shared_from_this(), response](error_code ec, std::size_t) {
          self->OnWrite(response->keep_alive(), ec);
        });
  }

  void OnWrite(bool keep_alive, error_code ec) {
    if (ec) {
      log::Warn(kLogComponent, "http write failed ", remote_, ": ", ec.message());
      return;
    }
    if (keep_alive) {
      DoRead();
    } else {
      DoClose();
    }
  }

  void DoClose() {
    if constexpr (kIsTls<Stream>) {
      Tcp().expires_after(kTlsShutdownTimeout);
      stream_.async_shutdown([self = this->shared_from_this()](error_code) {});
    } else {
      error_code ignored;
      Tcp().socket().shutdown(boost::asio::ip::tcp::socket::shutdown_send, ignored);
    }
  }

  // Allocated by this.
  Stream stream_;
  typename Stream::executor_type executor_;
  boost::beast::flat_buffer buffer_;
  std::optional<boost::beast::http::request_parser<boost::beast::http::string_body>> parser_;
  // Passed by argument.
  const std::shared_ptr<ServerContext> context_;
  const std::string remote_;
  // State, touched on the strand only.
  std::optional<uint64_t> id_;
  bool handed_off_ = false;
};

}  // namespace vc::mcu::http
