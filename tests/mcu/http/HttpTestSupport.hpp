#pragma once

#include <atomic>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/beast/websocket/ssl.hpp>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "mcu/http/HttpServer.hpp"

namespace vc::mcu::http::test {

namespace beast = boost::beast;
namespace net = boost::asio;
using tcp = net::ip::tcp;
using Response = beast::http::response<beast::http::string_body>;
using PlainWebSocket = beast::websocket::stream<beast::tcp_stream>;
using TlsWebSocket = beast::websocket::stream<net::ssl::stream<beast::tcp_stream>>;

// What the server-side handlers saw, shared between the io thread and the test thread.
struct HandlerEvents {
  std::mutex mutex;
  std::condition_variable changed;
  int created = 0;
  int too_large = 0;
  int closed = 0;
  std::vector<std::string> messages;
  std::shared_ptr<WebSocketPeer> last_peer;

  // Waits up to 5 s for the predicate (called under the mutex).
  bool WaitFor(const std::function<bool()>& predicate);
  void Update(const std::function<void()>& change);
};

// Echoes every message back and records events.
class EchoHandler final : public WebSocketHandler {
 public:
  EchoHandler(std::shared_ptr<WebSocketPeer> peer, std::shared_ptr<HandlerEvents> events);
  void OnWebSocketMessage(std::string_view text) override;
  void OnWebSocketTooLarge() override;
  void OnWebSocketClosed() override;

 private:
  std::shared_ptr<WebSocketPeer> peer_;
  std::shared_ptr<HandlerEvents> events_;
};

// Routes with an echo WebSocket, a metrics text, a health flag and a page at "/".
Routes MakeTestRoutes(std::shared_ptr<HandlerEvents> events,
                      std::shared_ptr<std::atomic<bool>> healthy);

// An HttpServer running on its own io thread. Stop() checks that io.run() returns promptly.
class RunningServer {
 public:
  RunningServer(ServerOptions options, Routes routes, int io_threads = 1);
  ~RunningServer();
  uint16_t port() const { return server_->port(); }
  // Stops the server and joins the io thread; false if io.run() did not return within 5 s.
  bool Stop();

 private:
  net::io_context io_;
  std::unique_ptr<HttpServer> server_;
  std::vector<std::thread> threads_;
  std::atomic<int> running_{0};
};

// Aborts the test binary if a test hangs (sync clients have no timeouts).
class Watchdog {
 public:
  explicit Watchdog(std::chrono::seconds limit);
  ~Watchdog();

 private:
  std::mutex mutex_;
  std::condition_variable cancelled_;
  bool done_ = false;
  std::thread thread_;
};

Response HttpRequest(uint16_t port, beast::http::verb method, const std::string& target);
// Connects and completes the WebSocket handshake on /ws.
std::unique_ptr<PlainWebSocket> ConnectWebSocket(net::io_context& io, uint16_t port);

}  // namespace vc::mcu::http::test
