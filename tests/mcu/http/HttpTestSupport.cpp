#include "tests/mcu/http/HttpTestSupport.hpp"

#include <cstdio>
#include <cstdlib>
#include <future>

namespace vc::mcu::http::test {

bool HandlerEvents::WaitFor(const std::function<bool()>& predicate) {
  std::unique_lock lock(mutex);
  return changed.wait_for(lock, std::chrono::seconds(5), predicate);
}

void HandlerEvents::Update(const std::function<void()>& change) {
  {
    std::lock_guard lock(mutex);
    change();
  }
  changed.notify_all();
}

EchoHandler::EchoHandler(std::shared_ptr<WebSocketPeer> peer, std::shared_ptr<HandlerEvents> events)
    : peer_(std::move(peer)), events_(std::move(events)) {
  events_->Update([&] {
    events_->created++;
    events_->last_peer = peer_;
  });
}

void EchoHandler::OnWebSocketMessage(std::string_view text) {
  events_->Update([&] { events_->messages.emplace_back(text); });
  peer_->Send("echo:" + std::string(text));
}

void EchoHandler::OnWebSocketTooLarge() {
  events_->Update([&] { events_->too_large++; });
}

void EchoHandler::OnWebSocketClosed() {
  events_->Update([&] { events_->closed++; });
}

Routes MakeTestRoutes(std::shared_ptr<HandlerEvents> events,
                      std::shared_ptr<std::atomic<bool>> healthy) {
  Routes routes;
  routes.on_websocket = [events](std::shared_ptr<WebSocketPeer> peer) {
    return std::make_unique<EchoHandler>(std::move(peer), events);
  };
  routes.metrics_text = [] { return std::string("# TYPE vc_rooms gauge\nvc_rooms 3\n"); };
  routes.healthy = [healthy] { return healthy->load(); };
  routes.static_files["/"] = {"text/html; charset=utf-8", "<!doctype html><title>vc</title>"};
  return routes;
}

RunningServer::RunningServer(ServerOptions options, Routes routes, int io_threads)
    : server_(std::make_unique<HttpServer>(io_, std::move(options), std::move(routes))) {
  server_->Start();
  running_ = io_threads;
  for (int i = 0; i < io_threads; ++i) {
    threads_.emplace_back([this] {
      io_.run();
      running_--;
    });
  }
}

RunningServer::~RunningServer() {
  if (!threads_.empty() && !Stop()) {
    std::fprintf(stderr, "io.run() did not return after Stop()\n");
    std::abort();
  }
}

bool RunningServer::Stop() {
  server_->Stop();
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
  while (running_ > 0 && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  if (running_ > 0) return false;
  for (auto& thread : threads_) thread.join();
  threads_.clear();
  return true;
}

Watchdog::Watchdog(std::chrono::seconds limit) {
  thread_ = std::thread([this, limit] {
    std::unique_lock lock(mutex_);
    if (!cancelled_.wait_for(lock, limit, [this] { return done_; })) {
      std::fprintf(stderr, "watchdog: test hung for %llds\n",
                   static_cast<long long>(limit.count()));
      std::abort();
    }
  });
}

Watchdog::~Watchdog() {
  {
    std::lock_guard lock(mutex_);
    done_ = true;
  }
  cancelled_.notify_all();
  thread_.join();
}

Response HttpRequest(uint16_t port, beast::http::verb method, const std::string& target) {
  net::io_context io;
  beast::tcp_stream stream(io);
  stream.connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), port));
  beast::http::request<beast::http::empty_body> request{method, target, 11};
  request.set(beast::http::field::host, "127.0.0.1");
  request.keep_alive(false);
  beast::http::write(stream, request);
  beast::flat_buffer buffer;
  beast::http::response_parser<beast::http::string_body> parser;
  parser.skip(method == beast::http::verb::head);
  beast::http::read(stream, buffer, parser);
  return parser.release();
}

std::unique_ptr<PlainWebSocket> ConnectWebSocket(net::io_context& io, uint16_t port) {
  auto ws = std::make_unique<PlainWebSocket>(io);
  beast::get_lowest_layer(*ws).connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), port));
  ws->handshake("127.0.0.1", "/ws");
  return ws;
}

}  // namespace vc::mcu::http::test
