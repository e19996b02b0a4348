#include "appliance/media/SignalingChannel.hpp"

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/beast/websocket/ssl.hpp>
#include <deque>
#include <type_traits>

namespace vc::appliance::media {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace websocket = beast::websocket;
using tcp = asio::ip::tcp;

constexpr size_t kMaxMessageBytes = 64 * 1024;  // the protocol's limit

template <class NextLayer>
class WebSocketChannel final : public SignalingChannel,
                               public std::enable_shared_from_this<WebSocketChannel<NextLayer>> {
  static constexpr bool kTls = !std::is_same_v<NextLayer, beast::tcp_stream>;

 public:
  WebSocketChannel(asio::io_context& io, McuUrl url, Options options, Listener* listener)
      : url_(std::move(url)), options_(std::move(options)), listener_(listener),
        resolver_(io), ws_(MakeStream(io)) {}

  void Open() override {
    resolver_.async_resolve(url_.host, url_.port,
                            beast::bind_front_handler(&WebSocketChannel::OnResolved, Self()));
  }

  bool Send(std::string text) override {
    if (!open_ || closing_ || queue_.size() >= options_.max_queued_messages) return false;
    queue_.push_back(std::move(text));
    if (queue_.size() == 1) WriteNext();
    return true;
  }

  void Close() override {
    listener_ = nullptr;
    if (closing_) return;
    closing_ = true;
    if (!open_) {
      // Still connecting: drop whatever is in progress.
      resolver_.cancel();
      beast::error_code ignored;
      beast::get_lowest_layer(ws_).socket().close(ignored);
      return;
    }
    if (queue_.empty()) CloseNow();  // else after the last write
  }

  bool IsOpen() const override { return open_ && !closing_; }

 private:
  std::shared_ptr<WebSocketChannel> Self() { return this->shared_from_this(); }

  websocket::stream<NextLayer> MakeStream(asio::io_context& io) {
    if constexpr (kTls) {
      if (options_.tls_verify) {
        tls_context_.set_verify_mode(asio::ssl::verify_peer);
        beast::error_code ec;
        if (options_.tls_ca_file.empty()) {
          tls_context_.set_default_verify_paths(ec);
        } else {
          tls_context_.load_verify_file(options_.tls_ca_file, ec);
        }
        tls_context_.set_verify_callback(asio::ssl::host_name_verification(url_.host), ec);
      } else {
        tls_context_.set_verify_mode(asio::ssl::verify_none);
      }
      return websocket::stream<NextLayer>(io, tls_context_);
    } else {
      return websocket::stream<NextLayer>(io);
    }
  }

  void Fail(const std::string& what, beast::error_code ec) {
    const bool was_open = open_;
    open_ = false;
    queue_.clear();
    beast::error_code ignored;
    beast::get_lowest_layer(ws_).socket().close(ignored);
    if (listener_ == nullptr) return;
    Listener* listener = listener_;
    listener_ = nullptr;  // once
    std::string reason = what + ": " + ec.message();
    if (was_open && ws_.reason().code != websocket::close_code::none) {
      reason = "the MCU closed the connection (code " + std::to_string(ws_.reason().code) + ")";
    }
    listener->OnSignalingChannelClosed(reason);
  }

  void OnResolved(beast::error_code ec, tcp::resolver::results_type results) {
    if (ec) return Fail("cannot resolve " + url_.host, ec);
    beast::get_lowest_layer(ws_).expires_after(options_.connect_timeout);
    beast::get_lowest_layer(ws_).async_connect(
        results, beast::bind_front_handler(&WebSocketChannel::OnConnected, Self()));
  }

  void OnConnected(beast::error_code ec, const tcp::endpoint&) {
    if (ec) return Fail("cannot connect to " + url_.HostHeader(), ec);
    if constexpr (kTls) {
      if (!SSL_set_tlsext_host_name(ws_.next_layer().native_handle(), url_.host.c_str())) {
        return Fail("TLS", beast::error_code(static_cast<int>(::ERR_get_error()),
                                             asio::error::get_ssl_category()));
      }
      ws_.next_layer().async_handshake(
          asio::ssl::stream_base::client,
          beast::bind_front_handler(&WebSocketChannel::OnTlsHandshake, Self()));
    } else {
      OnTlsHandshake({});
    }
  }

  void OnTlsHandshake(beast::error_code ec) {
    if (ec) return Fail("TLS handshake with " + url_.HostHeader(), ec);
    beast::get_lowest_layer(ws_).expires_never();  // the websocket's own timeouts from here
    websocket::stream_base::timeout timeouts{};
    timeouts.handshake_timeout = options_.connect_timeout;
    timeouts.idle_timeout = options_.idle_timeout;
    timeouts.keep_alive_pings = true;
    ws_.set_option(timeouts);
    ws_.read_message_max(kMaxMessageBytes);
    ws_.async_handshake(url_.HostHeader(), url_.target,
                        beast::bind_front_handler(&WebSocketChannel::OnHandshake, Self()));
  }

  void OnHandshake(beast::error_code ec) {
    if (ec) return Fail("WebSocket handshake with " + url_.HostHeader(), ec);
    if (closing_) return CloseNow();
    open_ = true;
    ws_.text(true);
    Read();
    if (listener_ != nullptr) listener_->OnSignalingChannelOpen();
  }

  void Read() {
    ws_.async_read(buffer_, beast::bind_front_handler(&WebSocketChannel::OnRead, Self()));
  }

  void OnRead(beast::error_code ec, size_t) {
    if (ec) return Fail("signaling connection lost", ec);
    std::string text = beast::buffers_to_string(buffer_.data());
    buffer_.consume(buffer_.size());
    if (listener_ != nullptr) listener_->OnSignalingChannelMessage(text);
    Read();
  }

  void WriteNext() {
    ws_.async_write(asio::buffer(queue_.front()),
                    beast::bind_front_handler(&WebSocketChannel::OnWritten, Self()));
  }

  void OnWritten(beast::error_code ec, size_t) {
    if (ec) return Fail("signaling write failed", ec);
    queue_.pop_front();
    if (!queue_.empty()) return WriteNext();
    if (closing_) CloseNow();
  }

  void CloseNow() {
    open_ = false;
    // The close handshake is bounded by the handshake timeout; the pending read then ends.
    ws_.async_close(websocket::close_code::normal,
                    [self = Self()](beast::error_code) {
                      beast::error_code ignored;
                      beast::get_lowest_layer(self->ws_).socket().close(ignored);
                    });
  }

  // Passed by argument.
  McuUrl url_;
  Options options_;
  Listener* listener_;
  // Allocated by this.
  asio::ssl::context tls_context_{asio::ssl::context::tls_client};  // used by wss:// only
  tcp::resolver resolver_;
  websocket::stream<NextLayer> ws_;
  beast::flat_buffer buffer_;
  std::deque<std::string> queue_;
  bool open_ = false;
  bool closing_ = false;
};

}  // namespace

std::shared_ptr<SignalingChannel> SignalingChannel::Create(asio::io_context& io, McuUrl url,
                                                           Options options, Listener* listener) {
  if (url.tls) {
    return std::make_shared<WebSocketChannel<beast::ssl_stream<beast::tcp_stream>>>(
        io, std::move(url), std::move(options), listener);
  }
  return std::make_shared<WebSocketChannel<beast::tcp_stream>>(io, std::move(url),
                                                               std::move(options), listener);
}

}  // namespace vc::appliance::media
