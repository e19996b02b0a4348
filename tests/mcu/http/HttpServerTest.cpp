#include <gtest/gtest.h>

#include "mcu/http/HttpServer.hpp"
#include "tests/mcu/http/HttpTestSupport.hpp"

namespace vc::mcu::http::test {
namespace {

namespace http = beast::http;
namespace websocket = beast::websocket;

ServerOptions LoopbackOptions() {
  ServerOptions options;
  options.host = "127.0.0.1";
  options.port = 0;
  return options;
}

class HttpServerTest : public ::testing::Test {
 protected:
  void StartServer(ServerOptions options = LoopbackOptions()) {
    server_ =
        std::make_unique<RunningServer>(std::move(options), MakeTestRoutes(events_, healthy_));
  }

  Watchdog watchdog_{std::chrono::seconds(60)};
  std::shared_ptr<HandlerEvents> events_ = std::make_shared<HandlerEvents>();
  std::shared_ptr<std::atomic<bool>> healthy_ = std::make_shared<std::atomic<bool>>(true);
  std::unique_ptr<RunningServer> server_;
};

TEST_F(HttpServerTest, HealthzFollowsTheHealthCallback) {
  StartServer();
  auto ok = HttpRequest(server_->port(), http::verb::get, "/healthz");
  EXPECT_EQ(ok.result(), http::status::ok);
  EXPECT_EQ(ok.body(), "ok\n");
  healthy_->store(false);
  auto bad = HttpRequest(server_->port(), http::verb::get, "/healthz");
  EXPECT_EQ(bad.result(), http::status::service_unavailable);
  EXPECT_TRUE(server_->Stop());
}

TEST_F(HttpServerTest, ServesMetricsText) {
  StartServer();
  auto res = HttpRequest(server_->port(), http::verb::get, "/metrics");
  EXPECT_EQ(res.result(), http::status::ok);
  EXPECT_EQ(res.body(), "# TYPE vc_rooms gauge\nvc_rooms 3\n");
  EXPECT_EQ(res[http::field::content_type], "text/plain; version=0.0.4; charset=utf-8");
}

TEST_F(HttpServerTest, ServesThePageWithSecurityHeaders) {
  StartServer();
  auto res = HttpRequest(server_->port(), http::verb::get, "/?room=42");
  EXPECT_EQ(res.result(), http::status::ok);
  EXPECT_EQ(res.body(), "<!doctype html><title>vc</title>");
  EXPECT_EQ(res[http::field::content_type], "text/html; charset=utf-8");
  EXPECT_EQ(res[http::field::cache_control], "no-store");
  EXPECT_EQ(res["X-Content-Type-Options"], "nosniff");

  auto head = HttpRequest(server_->port(), http::verb::head, "/");
  EXPECT_EQ(head.result(), http::status::ok);
  EXPECT_EQ(head[http::field::content_length], std::to_string(res.body().size()));
  EXPECT_TRUE(head.body().empty());
}

TEST_F(HttpServerTest, UnknownPathIs404AndWrongMethodIs405) {
  StartServer();
  EXPECT_EQ(HttpRequest(server_->port(), http::verb::get, "/nope").result(),
            http::status::not_found);
  auto post = HttpRequest(server_->port(), http::verb::post, "/healthz");
  EXPECT_EQ(post.result(), http::status::method_not_allowed);
  EXPECT_EQ(post[http::field::allow], "GET, HEAD");
}

TEST_F(HttpServerTest, WebSocketEchoRoundTrip) {
  StartServer();
  net::io_context io;
  auto ws = ConnectWebSocket(io, server_->port());
  ws->text(true);
  ws->write(net::buffer(std::string("hello")));
  beast::flat_buffer buffer;
  ws->read(buffer);
  EXPECT_EQ(beast::buffers_to_string(buffer.data()), "echo:hello");
  EXPECT_TRUE(events_->WaitFor([&] { return events_->messages.size() == 1; }));
  EXPECT_EQ(events_->messages[0], "hello");
  EXPECT_EQ(events_->last_peer->RemoteAddress().rfind("127.0.0.1:", 0), 0u);

  ws->close(websocket::close_code::normal);
  EXPECT_TRUE(events_->WaitFor([&] { return events_->closed == 1; }));
  EXPECT_TRUE(server_->Stop());
  EXPECT_EQ(events_->created, 1);
  EXPECT_EQ(events_->closed, 1);
}

// A meeting's signaling socket is silent for hours: the server must keep it alive with pings
// (answered by the client's pending read) rather than close it after the idle timeout.
TEST_F(HttpServerTest, QuietWebSocketOutlivesTheIdleTimeout) {
  ServerOptions options = LoopbackOptions();
  options.idle_timeout = std::chrono::seconds(2);
  StartServer(options);
  net::io_context io;
  auto ws = ConnectWebSocket(io, server_->port());
  ASSERT_TRUE(events_->WaitFor([&] { return events_->last_peer != nullptr; }));
  std::shared_ptr<WebSocketPeer> peer;
  events_->Update([&] { peer = events_->last_peer; });
  std::thread late_sender([peer] {
    std::this_thread::sleep_for(std::chrono::seconds(5));  // 2.5 idle timeouts
    peer->Send("still here");
  });
  beast::flat_buffer buffer;
  beast::error_code ec;
  ws->read(buffer, ec);  // answers the server's pings while it waits
  late_sender.join();
  ASSERT_FALSE(ec) << ec.message();
  EXPECT_EQ(beast::buffers_to_string(buffer.data()), "still here");
  EXPECT_EQ(events_->closed, 0);
  ws->close(websocket::close_code::normal);
  EXPECT_TRUE(server_->Stop());
}

TEST_F(HttpServerTest, PeerCloseSendsQueuedMessagesThenCloses) {
  StartServer();
  net::io_context io;
  auto ws = ConnectWebSocket(io, server_->port());
  ASSERT_TRUE(events_->WaitFor([&] { return events_->last_peer != nullptr; }));
  // From the test thread: Send and Close are thread-safe.
  events_->last_peer->Send("one");
  events_->last_peer->Send("two");
  events_->last_peer->Close();
  beast::flat_buffer buffer;
  ws->read(buffer);
  EXPECT_EQ(beast::buffers_to_string(buffer.data()), "one");
  buffer.clear();
  ws->read(buffer);
  EXPECT_EQ(beast::buffers_to_string(buffer.data()), "two");
  beast::error_code ec;
  ws->read(buffer, ec);
  EXPECT_EQ(ec, websocket::error::closed);
  EXPECT_EQ(ws->reason().code, websocket::close_code::normal);
  EXPECT_TRUE(events_->WaitFor([&] { return events_->closed == 1; }));
}

TEST_F(HttpServerTest, MessageOverTheLimitClosesWith1009) {
  auto options = LoopbackOptions();
  options.max_ws_message_bytes = 1024;
  StartServer(options);
  net::io_context io;
  auto ws = ConnectWebSocket(io, server_->port());
  ws->write(net::buffer(std::string(2000, 'x')));
  beast::flat_buffer buffer;
  beast::error_code ec;
  ws->read(buffer, ec);
  // Beast's server teardown may reset the connection while the rest of the oversized frame is
  // unread, so the client sees either the 1009 close frame or a reset.
  EXPECT_TRUE(ec);
  if (ec == websocket::error::closed) {
    EXPECT_EQ(ws->reason().code, websocket::close_code::too_big);
  }
  EXPECT_TRUE(events_->WaitFor([&] { return events_->closed == 1; }));
  EXPECT_EQ(events_->too_large, 1);
  EXPECT_TRUE(events_->messages.empty());
}

TEST_F(HttpServerTest, ClientDroppingMidUpgradeOrMidMessageEndsOnlyItsSession) {
  StartServer();
  const tcp::endpoint endpoint(net::ip::make_address("127.0.0.1"), server_->port());
  net::io_context io;
  {  // Half an upgrade request, then gone.
    tcp::socket socket(io);
    socket.connect(endpoint);
    net::write(socket, net::buffer(std::string("GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: web")));
  }
  {  // A whole upgrade request, then gone before reading the 101.
    tcp::socket socket(io);
    socket.connect(endpoint);
    net::write(socket, net::buffer(std::string(
                           "GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n"
                           "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                           "Sec-WebSocket-Version: 13\r\n\r\n")));
  }
  {  // An open WebSocket that vanishes in the middle of a frame.
    auto ws = ConnectWebSocket(io, server_->port());
    const unsigned char partial_frame[] = {0x81, 0xFE, 0x01, 0x00, 1, 2, 3, 4, 'a', 'b'};
    net::write(beast::get_lowest_layer(*ws).socket(), net::buffer(partial_frame));
    beast::get_lowest_layer(*ws).socket().close();
  }
  EXPECT_TRUE(events_->WaitFor([&] { return events_->closed >= 1; }));
  // The server still serves.
  EXPECT_EQ(HttpRequest(server_->port(), http::verb::get, "/healthz").result(), http::status::ok);
  EXPECT_TRUE(server_->Stop());
  std::lock_guard lock(events_->mutex);
  EXPECT_GE(events_->created, 1);
  EXPECT_EQ(events_->created, events_->closed);  // every handler learned it ended, once
}

TEST_F(HttpServerTest, SlowConsumerOverflowingTheQueueIsClosed) {
  auto options = LoopbackOptions();
  options.max_ws_queue = 4;
  StartServer(options);
  net::io_context io;
  auto ws = ConnectWebSocket(io, server_->port());
  ASSERT_TRUE(events_->WaitFor([&] { return events_->last_peer != nullptr; }));
  // The client does not read; 64 MB cannot fit in socket buffers.
  const std::string big(64 * 1024, 'y');
  for (int i = 0; i < 1000; ++i) events_->last_peer->Send(big);
  EXPECT_TRUE(events_->WaitFor([&] { return events_->closed == 1; }));
  // The client sees the connection end after whatever was already sent.
  beast::flat_buffer buffer;
  beast::error_code ec;
  int received = 0;
  while (!ec) {
    ws->read(buffer, ec);
    buffer.clear();
    if (!ec) ++received;
  }
  EXPECT_LT(received, 1000);
}

TEST_F(HttpServerTest, StopClosesOpenConnectionsAndRunReturns) {
  StartServer();
  net::io_context io;
  auto ws = ConnectWebSocket(io, server_->port());
  tcp::socket idle(io);  // an HTTP connection that never sends a request
  idle.connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), server_->port()));
  ASSERT_TRUE(events_->WaitFor([&] { return events_->created == 1; }));

  std::thread reader([&] {
    beast::flat_buffer buffer;
    beast::error_code ec;
    ws->read(buffer, ec);
    EXPECT_EQ(ec, websocket::error::closed);
    EXPECT_EQ(ws->reason().code, websocket::close_code::going_away);
  });
  EXPECT_TRUE(server_->Stop());
  reader.join();
  EXPECT_EQ(events_->closed, 1);
}

TEST_F(HttpServerTest, ManyClientsOnAMultiThreadedIoContext) {
  server_ = std::make_unique<RunningServer>(LoopbackOptions(), MakeTestRoutes(events_, healthy_),
                                            /*io_threads=*/2);
  constexpr int kClients = 4;
  constexpr int kMessages = 50;
  std::vector<std::thread> clients;
  for (int c = 0; c < kClients; ++c) {
    clients.emplace_back([&, c] {
      net::io_context io;
      auto ws = ConnectWebSocket(io, server_->port());
      beast::flat_buffer buffer;
      for (int i = 0; i < kMessages; ++i) {
        const std::string text = std::to_string(c) + "/" + std::to_string(i);
        ws->write(net::buffer(text));
        buffer.clear();
        ws->read(buffer);
        EXPECT_EQ(beast::buffers_to_string(buffer.data()), "echo:" + text);
      }
      ws->close(websocket::close_code::normal);
    });
  }
  // Plain requests and metrics scrapes at the same time.
  for (int i = 0; i < 20; ++i) {
    EXPECT_EQ(HttpRequest(server_->port(), http::verb::get, "/metrics").result(), http::status::ok);
  }
  for (auto& client : clients) client.join();
  EXPECT_TRUE(events_->WaitFor([&] { return events_->closed == kClients; }));
  EXPECT_TRUE(server_->Stop());
  EXPECT_EQ(events_->created, kClients);
  EXPECT_EQ(events_->messages.size(), static_cast<size_t>(kClients * kMessages));
}

TEST(HttpServerStartTest, AddressInUseAndBadAddressAreTypedErrors) {
  net::io_context io;
  ServerOptions options = LoopbackOptions();
  HttpServer first(io, options, Routes{});
  first.Start();
  ASSERT_NE(first.port(), 0);

  options.port = first.port();
  HttpServer second(io, options, Routes{});
  try {
    second.Start();
    FAIL() << "second bind on the same port succeeded";
  } catch (const HttpServerError& error) {
    EXPECT_EQ(error.reason(), HttpServerError::Reason::kAddressInUse);
    EXPECT_NE(std::string(error.what()).find(std::to_string(first.port())), std::string::npos);
  }

  ServerOptions foreign = LoopbackOptions();
  foreign.host = "192.0.2.1";  // TEST-NET-1: not an address of this machine
  HttpServer third(io, foreign, Routes{});
  try {
    third.Start();
    FAIL() << "bound an address that is not local";
  } catch (const HttpServerError& error) {
    EXPECT_EQ(error.reason(), HttpServerError::Reason::kBadAddress);
  }
  first.Stop();
  io.run();  // returns: nothing left to do after Stop
}

}  // namespace
}  // namespace vc::mcu::http::test
