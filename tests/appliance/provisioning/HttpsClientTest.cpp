#include "appliance/provisioning/HttpsClient.hpp"

#include <gtest/gtest.h>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read_until.hpp>
#include <boost/asio/streambuf.hpp>
#include <boost/asio/write.hpp>
#include <chrono>
#include <memory>
#include <optional>

namespace vc::appliance::provisioning {
namespace {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;
using namespace std::chrono_literals;

// A loopback peer on the same io_context: answers each request with `response`, or never
// answers when it is empty (a hung server).
class FakeServer {
 public:
  FakeServer(asio::io_context& io, std::string response)
      : acceptor_(io, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0)),
        response_(std::move(response)) {
    Accept();
  }
  uint16_t port() const { return acceptor_.local_endpoint().port(); }
  std::string last_request;

 private:
  void Accept() {
    acceptor_.async_accept([this](boost::system::error_code ec, tcp::socket socket) {
      if (ec) return;
      auto peer = std::make_shared<tcp::socket>(std::move(socket));
      held_.push_back(peer);
      auto buffer = std::make_shared<asio::streambuf>();
      asio::async_read_until(*peer, *buffer, "\r\n\r\n", [this, peer, buffer](auto e, size_t) {
        if (e) return;
        last_request.assign(asio::buffers_begin(buffer->data()), asio::buffers_end(buffer->data()));
        if (response_.empty()) return;  // hold the connection, say nothing
        asio::async_write(*peer, asio::buffer(response_), [peer](auto, size_t) {
          boost::system::error_code ignored;
          peer->shutdown(tcp::socket::shutdown_both, ignored);
        });
      });
      Accept();
    });
  }

  tcp::acceptor acceptor_;
  std::string response_;
  std::vector<std::shared_ptr<tcp::socket>> held_;
};

ServerUrl Url(uint16_t port) {
  std::string error;
  return *ServerUrl::Parse("http://127.0.0.1:" + std::to_string(port) + "/base", &error);
}

HttpResult RunOne(asio::io_context& io, HttpsClient& client, const std::string& bearer) {
  std::optional<HttpResult> result;
  client.Send("POST", "/api/v1/appliance/heartbeat", bearer, R"({"call_state":"standby"})",
              [&](HttpResult r) {
                result = std::move(r);
                io.stop();
              });
  io.run_for(10s);
  io.restart();
  EXPECT_TRUE(result) << "no answer at all";
  return result.value_or(HttpResult{});
}

TEST(HttpsClientTest, SendsTheRequestAndReadsTheAnswer) {
  asio::io_context io;
  FakeServer server(io, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 20\r\n\r\n"
                        R"({"config_version":3})");
  HttpsClient client(io, Url(server.port()), std::nullopt, 5s);
  const HttpResult result = RunOne(io, client, "cred-0123456789");
  EXPECT_EQ(result.status, 200) << result.error;
  EXPECT_EQ(result.body, R"({"config_version":3})");
  EXPECT_NE(server.last_request.find("POST /base/api/v1/appliance/heartbeat HTTP/1.1"), std::string::npos)
      << server.last_request;
  EXPECT_NE(server.last_request.find("Authorization: Bearer cred-0123456789"), std::string::npos);
}

TEST(HttpsClientTest, AHungServerIsGivenUpAfterTheTimeout) {
  asio::io_context io;
  FakeServer server(io, "");
  HttpsClient client(io, Url(server.port()), std::nullopt, 300ms);
  const auto start = std::chrono::steady_clock::now();
  const HttpResult result = RunOne(io, client, "");
  const auto took = std::chrono::steady_clock::now() - start;
  EXPECT_EQ(result.status, 0);
  EXPECT_NE(result.error.find("no answer"), std::string::npos) << result.error;
  EXPECT_GE(took, 250ms);
  EXPECT_LT(took, 5s);
}

TEST(HttpsClientTest, ARefusedConnectionSaysSo) {
  asio::io_context io;
  uint16_t port = 0;
  {
    tcp::acceptor probe(io, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0));
    port = probe.local_endpoint().port();
  }  // closed: nothing listens there now
  HttpsClient client(io, Url(port), std::nullopt, 5s);
  const HttpResult result = RunOne(io, client, "");
  EXPECT_EQ(result.status, 0);
  EXPECT_NE(result.error.find("cannot connect to 127.0.0.1:" + std::to_string(port)), std::string::npos)
      << result.error;
}

TEST(HttpsClientTest, AnOversizedAnswerIsRefused) {
  asio::io_context io;
  const std::string body(2 * 1024 * 1024, 'x');
  FakeServer server(io, "HTTP/1.1 200 OK\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body);
  HttpsClient client(io, Url(server.port()), std::nullopt, 5s);
  const HttpResult result = RunOne(io, client, "");
  EXPECT_EQ(result.status, 0) << result.body.size();
  EXPECT_NE(result.error.find("larger than 1 MiB"), std::string::npos) << result.error;
  EXPECT_FALSE(result.error.empty());
}

TEST(HttpsClientTest, NoCallbackAfterTheClientIsGone) {
  asio::io_context io;
  FakeServer server(io, "");
  bool called = false;
  {
    HttpsClient client(io, Url(server.port()), std::nullopt, 200ms);
    client.Send("GET", "/x", "", "", [&](HttpResult) { called = true; });
  }
  io.run_for(1s);
  EXPECT_FALSE(called);
}

TEST(HttpsClientTest, AnUnreadableCaFileIsAnError) {
  asio::io_context io;
  std::string error;
  const auto url = ServerUrl::Parse("https://127.0.0.1:1", &error);
  EXPECT_THROW(HttpsClient(io, *url, std::string("/nonexistent/ca.pem")), std::runtime_error);
}

}  // namespace
}  // namespace vc::appliance::provisioning
