#include "tests/integration/SignalingClient.hpp"

#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/buffers_to_string.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/beast/websocket/ssl.hpp>
#include <stdexcept>

namespace vc::tests::integration {
namespace asio = boost::asio;
namespace beast = boost::beast;
namespace websocket = beast::websocket;
using Clock = std::chrono::steady_clock;

namespace {

// Tests talk to self-signed servers: the TLS layer does not verify the certificate.
template <class NextLayer>
websocket::stream<NextLayer> MakeStream(asio::io_context& io, asio::ssl::context& tls_context) {
  if constexpr (std::is_same_v<NextLayer, beast::tcp_stream>) {
    return websocket::stream<NextLayer>(io);
  } else {
    tls_context.set_verify_mode(asio::ssl::verify_none);
    return websocket::stream<NextLayer>(io, tls_context);
  }
}

}  // namespace

template <class NextLayer>
BasicSignalingClient<NextLayer>::BasicSignalingClient(uint16_t port, Milliseconds timeout)
    : ws_(MakeStream<NextLayer>(io_, tls_context_)) {
  const auto deadline = Clock::now() + timeout;
  const asio::ip::tcp::endpoint endpoint(asio::ip::make_address("127.0.0.1"), port);
  beast::get_lowest_layer(ws_).expires_after(timeout);
  std::optional<beast::error_code> result;
  beast::get_lowest_layer(ws_).async_connect(endpoint, [&](beast::error_code ec) {
    if (ec) {
      result = ec;
      return;
    }
    auto websocket_handshake = [this, port, &result] {
      ws_.async_handshake("127.0.0.1:" + std::to_string(port), "/ws",
                          [&result](beast::error_code ec) { result = ec; });
    };
    if constexpr (kTls) {
      // Runs after this handler returned, so it holds its own copy of the next step.
      auto on_tls_handshake = [&result, websocket_handshake](beast::error_code ec) {
        if (ec) {
          result = ec;
          return;
        }
        websocket_handshake();
      };
      ws_.next_layer().async_handshake(asio::ssl::stream_base::client, on_tls_handshake);
    } else {
      websocket_handshake();
    }
  });
  RunUntil([&] { return result.has_value(); }, deadline);
  if (!result) throw std::runtime_error("WebSocket connect/handshake timed out");
  if (*result) throw std::runtime_error("WebSocket connect/handshake failed: " + result->message());
  // From here on the websocket's own timeouts apply and ours bound each call.
  beast::get_lowest_layer(ws_).expires_never();
  ws_.set_option(websocket::stream_base::timeout::suggested(beast::role_type::client));
  ws_.text(true);
  StartRead();
}

template <class NextLayer>
BasicSignalingClient<NextLayer>::~BasicSignalingClient() {
  Close();
}

template <class NextLayer>
void BasicSignalingClient<NextLayer>::StartRead() {
  ws_.async_read(read_buffer_, [this](beast::error_code ec, size_t) {
    if (ec) {
      closed_ = true;
      close_error_ = ec.message();
      close_code_ = static_cast<int>(ws_.reason().code);
      return;
    }
    const std::string text = beast::buffers_to_string(read_buffer_.data());
    read_buffer_.consume(read_buffer_.size());
    transcript_.push_back(text);
    auto message = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (message.is_discarded()) message = nlohmann::json{{"type", "<not json>"}, {"text", text}};
    inbox_.push_back(std::move(message));
    StartRead();
  });
}

template <class NextLayer>
void BasicSignalingClient<NextLayer>::RunUntil(const std::function<bool()>& done,
                                               Clock::time_point deadline) {
  io_.restart();
  while (!done() && Clock::now() < deadline) {
    if (io_.run_one_until(deadline) == 0 && io_.stopped()) break;
  }
}

template <class NextLayer>
bool BasicSignalingClient<NextLayer>::Send(const nlohmann::json& message, Milliseconds timeout) {
  return SendText(message.dump(), timeout);
}

template <class NextLayer>
bool BasicSignalingClient<NextLayer>::SendText(const std::string& text, Milliseconds timeout) {
  if (closed_) return false;
  std::optional<beast::error_code> result;
  ws_.async_write(asio::buffer(text), [&](beast::error_code ec, size_t) { result = ec; });
  RunUntil([&] { return result.has_value(); }, Clock::now() + timeout);
  if (!result || *result) {
    // A write that cannot finish leaves the stream unusable; drop the connection.
    closed_ = true;
    if (close_error_.empty())
      close_error_ = result ? "write: " + result->message() : "write timeout";
    beast::error_code ignored;
    beast::get_lowest_layer(ws_).socket().close(ignored);
    RunUntil([] { return false; }, Clock::now() + Milliseconds(200));
    return false;
  }
  return true;
}

template <class NextLayer>
std::optional<nlohmann::json> BasicSignalingClient<NextLayer>::TakeFirst(
    const std::function<bool(const nlohmann::json&)>& match) {
  for (auto it = inbox_.begin(); it != inbox_.end(); ++it) {
    if (match(*it)) {
      auto message = std::move(*it);
      inbox_.erase(it);
      return message;
    }
  }
  return std::nullopt;
}

template <class NextLayer>
std::optional<nlohmann::json> BasicSignalingClient<NextLayer>::WaitFor(
    const std::function<bool(const nlohmann::json&)>& match, Milliseconds timeout) {
  const auto deadline = Clock::now() + timeout;
  std::optional<nlohmann::json> found = TakeFirst(match);
  RunUntil(
      [&] {
        if (!found) found = TakeFirst(match);
        return found.has_value() || closed_;
      },
      deadline);
  return found;
}

template <class NextLayer>
std::optional<nlohmann::json> BasicSignalingClient<NextLayer>::Receive(Milliseconds timeout) {
  return WaitFor([](const nlohmann::json&) { return true; }, timeout);
}

template <class NextLayer>
std::optional<nlohmann::json> BasicSignalingClient<NextLayer>::WaitForType(const std::string& type,
                                                                           Milliseconds timeout) {
  return WaitFor(
      [&](const nlohmann::json& m) { return m.is_object() && m.value("type", "") == type; },
      timeout);
}

template <class NextLayer>
bool BasicSignalingClient<NextLayer>::WaitClosed(Milliseconds timeout) {
  RunUntil([&] { return closed_; }, Clock::now() + timeout);
  return closed_;
}

template <class NextLayer>
std::string BasicSignalingClient<NextLayer>::Transcript() const {
  std::string text;
  for (const auto& line : transcript_) text += "  <- " + line.substr(0, 300) + "\n";
  if (closed_)
    text += "  [closed: " + close_error_ + ", code " + std::to_string(close_code_) + "]\n";
  return text;
}

template <class NextLayer>
void BasicSignalingClient<NextLayer>::Abort() {
  beast::error_code ignored;
  beast::get_lowest_layer(ws_).socket().close(ignored);
  RunUntil([&] { return closed_; }, Clock::now() + Milliseconds(500));
  closed_ = true;
}

template <class NextLayer>
void BasicSignalingClient<NextLayer>::Close() {
  std::optional<beast::error_code> result;
  const bool closing = !closed_;
  if (closing) {
    ws_.async_close(websocket::close_code::normal, [&](beast::error_code ec) { result = ec; });
    RunUntil([&] { return closed_ && result.has_value(); }, Clock::now() + Milliseconds(1000));
  }
  beast::error_code ignored;
  beast::get_lowest_layer(ws_).socket().close(ignored);
  closed_ = true;
  // Let the aborted handlers run while the locals they refer to still exist.
  RunUntil([&] { return !closing || result.has_value(); }, Clock::now() + Milliseconds(500));
}

template class BasicSignalingClient<beast::tcp_stream>;
template class BasicSignalingClient<beast::ssl_stream<beast::tcp_stream>>;

}  // namespace vc::tests::integration
