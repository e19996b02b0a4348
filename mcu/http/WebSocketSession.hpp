#pragma once

#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/beast/websocket/ssl.hpp>
#include <deque>
#include <memory>
#include <optional>
#include <string>

#include "mcu/http/HttpLog.hpp"
#include "mcu/http/ServerContext.hpp"
#include "mcu/http/StreamTypes.hpp"
#include "mcu/http/WebSocketConnection.hpp"
#include "mcu/http/WebSocketSessionPeer.hpp"

namespace vc::mcu::http {

// One WebSocket connection over Stream (plain or TLS), taken over from an HttpSession after it
// read the upgrade request. Everything runs on the connection's strand; other threads only post.
// A read is outstanding from the accepted handshake until the connection ends, and its failure is
// the single place where the handler learns that the connection is over.
template <class Stream>
class WebSocketSession final : public StoppableSession,
                               public WebSocketConnection,
                               public std::enable_shared_from_this<WebSocketSession<Stream>> {
 public:
  using Request = boost::beast::http::request<boost::beast::http::string_body>;

  WebSocketSession(Stream&& stream, std::shared_ptr<ServerContext> context, std::string remote)
      : ws_(std::move(stream)),
        executor_(ws_.get_executor()),
        close_timer_(executor_),
        context_(std::move(context)),
        remote_(std::move(remote)) {}

  ~WebSocketSession() override {
    if (id_) context_->tracker.Remove(*id_);
    log::Info(kLogComponent, "websocket closed ", remote_);
  }

  // On the strand, right after the HTTP session read the upgrade request.
  void Run(const Request& request) {
    id_ = context_->tracker.Add(this->weak_from_this());
    if (!id_) return;  // server stopping: dropping the stream closes the socket
    namespace websocket = boost::beast::websocket;
    // The websocket stream has its own timers; the tcp_stream's would fire under it.
    boost::beast::get_lowest_layer(ws_).expires_never();
    auto timeouts = websocket::stream_base::timeout::suggested(boost::beast::role_type::server);
    timeouts.idle_timeout = context_->options.idle_timeout;
    // A call keeps its signaling socket open for hours without a word: ping the client at half
    // the idle timeout (browsers answer by themselves) instead of closing a quiet meeting.
    timeouts.keep_alive_pings = true;
    ws_.set_option(timeouts);
    ws_.set_option(websocket::stream_base::decorator([](websocket::response_type& res) {
      res.set(boost::beast::http::field::server, "vc-mcu");
    }));
    ws_.read_message_max(context_->options.max_ws_message_bytes);
    ws_.async_accept(request, Bind(&WebSocketSession::OnAccept));
  }

  void Shutdown() override {
    boost::asio::post(executor_, [self = this->shared_from_this()] {
      if (self->accepted_) {
        self->StartClose(boost::beast::websocket::close_code::going_away);
      } else {
        self->Abort("server stopping");
      }
    });
  }

  void PostSend(std::string text) override {
    boost::asio::post(executor_,
                      [self = this->shared_from_this(), text = std::move(text)]() mutable {
                        self->Enqueue(std::move(text));
                      });
  }

  void PostClose() override {
    boost::asio::post(executor_, [self = this->shared_from_this()] {
      self->close_requested_ = true;
      if (!self->writing_) self->StartClose(boost::beast::websocket::close_code::normal);
    });
  }

 private:
  using error_code = boost::beast::error_code;
  // A graceful close that the peer does not complete within this is cut.
  static constexpr std::chrono::seconds kCloseGrace{5};

  template <class Method>
  auto Bind(Method method) {
    return boost::beast::bind_front_handler(method, this->shared_from_this());
  }

  void OnAccept(error_code ec) {
    if (ec) {
      log::Warn(kLogComponent, "websocket handshake failed ", remote_, ": ", ec.message());
      return;
    }
    accepted_ = true;
    log::Info(kLogComponent, "websocket open ", remote_);
    if (const auto& factory = context_->router.routes().on_websocket) {
      std::weak_ptr<WebSocketConnection> self = this->shared_from_this();
      handler_ = factory(std::make_shared<WebSocketSessionPeer>(std::move(self), remote_));
    }
    DoRead();
    if (!handler_) StartClose(boost::beast::websocket::close_code::try_again_later);
  }

  void DoRead() { ws_.async_read(buffer_, Bind(&WebSocketSession::OnRead)); }

  void OnRead(error_code ec, std::size_t /*bytes*/) {
    namespace websocket = boost::beast::websocket;
    if (ec) {
      if (ec == websocket::error::message_too_big) {
        log::Warn(kLogComponent, "websocket message too large ", remote_);
        if (handler_) handler_->OnWebSocketTooLarge();
      } else if (ec != websocket::error::closed && ec != boost::asio::error::operation_aborted) {
        log::Warn(kLogComponent, "websocket read error ", remote_, ": ", ec.message());
      }
      Finish();
      return;
    }
    if (!ws_.got_text()) {
      log::Warn(kLogComponent, "websocket binary message refused ", remote_);
      buffer_.consume(buffer_.size());
      StartClose(websocket::close_code::unknown_data);
    } else if (handler_ && !closing_) {
      const auto data = buffer_.cdata();
      handler_->OnWebSocketMessage(
          std::string_view(static_cast<const char*>(data.data()), data.size()));
    }
    buffer_.consume(buffer_.size());
    DoRead();
  }

  void Enqueue(std::string text) {
    if (closing_ || close_requested_ || finished_) return;
    if (queue_.size() >= context_->options.max_ws_queue) {
      Abort("slow consumer, " + std::to_string(queue_.size()) + " messages queued");
      return;
    }
    queue_.push_back(std::move(text));
    if (!writing_) DoWrite();
  }

  void DoWrite() {
    writing_ = true;
    ws_.text(true);
    ws_.async_write(boost::asio::buffer(queue_.front()), Bind(&WebSocketSession::OnWrite));
  }

  void OnWrite(error_code ec, std::size_t /*bytes*/) {
    writing_ = false;
    if (ec) {
      Abort("write failed: " + ec.message());
      return;
    }
    queue_.pop_front();
    if (closing_ || finished_) return;
    if (!queue_.empty()) {
      DoWrite();
    } else if (close_requested_) {
      StartClose(boost::beast::websocket::close_code::normal);
    }
  }

  // Starts the closing handshake; the outstanding read ends with error::closed when it completes.
  void StartClose(boost::beast::websocket::close_code code) {
    if (closing_ || finished_) return;
    closing_ = true;
    close_timer_.expires_after(kCloseGrace);
    close_timer_.async_wait([self = this->shared_from_this()](error_code ec) {
      if (!ec) self->Abort("close handshake timed out");
    });
    ws_.async_close(code, [self = this->shared_from_this()](error_code ec) {
      if (ec && ec != boost::asio::error::operation_aborted)
        self->Abort("close failed: " + ec.message());
    });
  }

  // Cuts the TCP connection; every outstanding operation completes with an error.
  void Abort(const std::string& why) {
    if (finished_ || aborted_) return;
    aborted_ = true;
    log::Warn(kLogComponent, "websocket aborted ", remote_, ": ", why);
    error_code ignored;
    boost::beast::get_lowest_layer(ws_).socket().close(ignored);
  }

  void Finish() {
    if (finished_) return;
    finished_ = true;
    queue_.clear();
    close_timer_.cancel();
    error_code ignored;
    boost::beast::get_lowest_layer(ws_).socket().close(ignored);
    if (handler_) {
      handler_->OnWebSocketClosed();
      handler_.reset();
    }
  }

  // Allocated by this.
  boost::beast::websocket::stream<Stream> ws_;
  typename Stream::executor_type executor_;
  boost::asio::steady_timer close_timer_;
  boost::beast::flat_buffer buffer_;
  std::deque<std::string> queue_;
  std::unique_ptr<WebSocketHandler> handler_;
  // Passed by argument.
  const std::shared_ptr<ServerContext> context_;
  const std::string remote_;
  // State, touched on the strand only.
  std::optional<uint64_t> id_;
  bool accepted_ = false;
  bool writing_ = false;
  bool close_requested_ = false;
  bool closing_ = false;
  bool aborted_ = false;
  bool finished_ = false;
};

}  // namespace vc::mcu::http
