#include "tests/integration/SignalingClient.hpp"

#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/buffers_to_string.hpp>
#include <boost/beast/websocket.hpp>

#include <stdexcept>

namespace vc::tests::integration {
namespace asio = boost::asio;
namespace beast = boost::beast;
namespace websocket = beast::websocket;
using Clock = std::chrono::steady_clock;

SignalingClient::SignalingClient(uint16_t port, Milliseconds timeout) : ws_(io_) {
  const auto deadline = Clock::now() + timeout;
  const asio::ip::tcp::endpoint endpoint(asio::ip::make_address("127.0.0.1"), port);
  beast::get_lowest_layer(ws_).expires_after(timeout);
  std::optional<beast::error_code> result;
  beast::get_lowest_layer(ws_).async_connect(endpoint, [&](beast::error_code ec) {
    if (ec) {
      result = ec;
      return;
    }
    ws_.async_handshake("127.0.0.1:" + std::to_string(port), "/ws",
                        [&](beast::error_code ec) { result = ec; });
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

SignalingClient::~SignalingClient() { Close(); }

void SignalingClient::StartRead() {
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

void SignalingClient::RunUntil(const std::function<bool()>& done, Clock::time_point deadline) {
  io_.restart();
  while (!done() && Clock::now() < deadline) {
    if (io_.run_one_until(deadline) == 0 && io_.stopped()) break;
  }
}

bool SignalingClient::Send(const nlohmann::json& message, Milliseconds timeout) {
  return SendText(message.dump(), timeout);
}

bool SignalingClient::SendText(const std::string& text, Milliseconds timeout) {
  if (closed_) return false;
  std::optional<beast::error_code> result;
  ws_.async_write(asio::buffer(text), [&](beast::error_code ec, size_t) { result = ec; });
  RunUntil([&] { return result.has_value(); }, Clock::now() + timeout);
  if (!result || *result) {
    // A write that cannot finish leaves the stream unusable; drop the connection.
    closed_ = true;
    if (close_error_.empty()) close_error_ = result ? "write: " + result->message() : "write timeout";
    beast::error_code ignored;
    beast::get_lowest_layer(ws_).socket().close(ignored);
    RunUntil([] { return false; }, Clock::now() + Milliseconds(200));
    return false;
  }
  return true;
}

std::optional<nlohmann::json> SignalingClient::TakeFirst(
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

std::optional<nlohmann::json> SignalingClient::WaitFor(
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

std::optional<nlohmann::json> SignalingClient::Receive(Milliseconds timeout) {
  return WaitFor([](const nlohmann::json&) { return true; }, timeout);
}

std::optional<nlohmann::json> SignalingClient::WaitForType(const std::string& type,
                                                           Milliseconds timeout) {
  return WaitFor(
      [&](const nlohmann::json& m) { return m.is_object() && m.value("type", "") == type; },
      timeout);
}

bool SignalingClient::WaitClosed(Milliseconds timeout) {
  RunUntil([&] { return closed_; }, Clock::now() + timeout);
  return closed_;
}

std::string SignalingClient::Transcript() const {
  std::string text;
  for (const auto& line : transcript_) text += "  <- " + line.substr(0, 300) + "\n";
  if (closed_) text += "  [closed: " + close_error_ + ", code " + std::to_string(close_code_) + "]\n";
  return text;
}

void SignalingClient::Abort() {
  beast::error_code ignored;
  beast::get_lowest_layer(ws_).socket().close(ignored);
  RunUntil([&] { return closed_; }, Clock::now() + Milliseconds(500));
  closed_ = true;
}

void SignalingClient::Close() {
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

}  // namespace vc::tests::integration
