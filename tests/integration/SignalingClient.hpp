#pragma once
// A synchronous WebSocket client for the MCU's /ws signaling, for tests. One read stays pending
// all the time and received messages queue up, so a wait that times out loses nothing and never
// leaves the stream half-read. Every call is bounded by a timeout. SignalingClient speaks ws://,
// TlsSignalingClient wss:// (without verifying the server's certificate: tests use self-signed).

#include <boost/asio/io_context.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>
#include <boost/beast/websocket/stream.hpp>
#include <chrono>
#include <cstdint>
#include <deque>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

namespace vc::tests::integration {

// NextLayer: beast::tcp_stream or beast::ssl_stream<beast::tcp_stream> (instantiated in the .cpp).
template <class NextLayer>
class BasicSignalingClient {
 public:
  using Milliseconds = std::chrono::milliseconds;

  // Connects to ws(s)://127.0.0.1:port/ws; throws std::runtime_error on failure or timeout.
  explicit BasicSignalingClient(uint16_t port, Milliseconds timeout = Milliseconds(5000));
  ~BasicSignalingClient();
  BasicSignalingClient(const BasicSignalingClient&) = delete;
  BasicSignalingClient& operator=(const BasicSignalingClient&) = delete;

  // Sends one text message. Returns false (and marks the client closed) when the socket failed.
  bool Send(const nlohmann::json& message, Milliseconds timeout = Milliseconds(5000));
  bool SendText(const std::string& text, Milliseconds timeout = Milliseconds(5000));

  // The oldest unread message, or nullopt on timeout or when the socket is closed.
  std::optional<nlohmann::json> Receive(Milliseconds timeout);
  // The oldest unread message of `type` (others stay queued), or nullopt on timeout/close.
  std::optional<nlohmann::json> WaitForType(const std::string& type, Milliseconds timeout);
  std::optional<nlohmann::json> WaitFor(const std::function<bool(const nlohmann::json&)>& match,
                                        Milliseconds timeout);
  // Runs pending I/O for up to `timeout` without consuming anything (true when closed by then).
  bool WaitClosed(Milliseconds timeout);

  bool IsClosed() const { return closed_; }
  // The close frame's code (0 when none was received) and the error that ended the read.
  int CloseCode() const { return close_code_; }
  const std::string& CloseError() const { return close_error_; }
  // Every message received so far, for failure messages.
  std::string Transcript() const;
  void Close();
  // Drops the TCP connection without a close frame (a client that vanished).
  void Abort();

 private:
  void StartRead();
  void RunUntil(const std::function<bool()>& done, std::chrono::steady_clock::time_point deadline);
  std::optional<nlohmann::json> TakeFirst(const std::function<bool(const nlohmann::json&)>& match);

  static constexpr bool kTls = !std::is_same_v<NextLayer, boost::beast::tcp_stream>;

  boost::asio::io_context io_;
  boost::asio::ssl::context tls_context_{boost::asio::ssl::context::tls_client};  // kTls only
  boost::beast::websocket::stream<NextLayer> ws_;
  boost::beast::flat_buffer read_buffer_;
  std::deque<nlohmann::json> inbox_;
  std::vector<std::string> transcript_;
  bool closed_ = false;
  int close_code_ = 0;
  std::string close_error_;
};

using SignalingClient = BasicSignalingClient<boost::beast::tcp_stream>;
using TlsSignalingClient = BasicSignalingClient<boost::beast::ssl_stream<boost::beast::tcp_stream>>;
extern template class BasicSignalingClient<boost::beast::tcp_stream>;
extern template class BasicSignalingClient<boost::beast::ssl_stream<boost::beast::tcp_stream>>;

}  // namespace vc::tests::integration
