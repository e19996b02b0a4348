#include "tests/benchmarks/echo_load/JanusHttpClient.hpp"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <stdexcept>

namespace vc::tests::benchmarks {
namespace {

namespace beast = boost::beast;
namespace http = beast::http;
using tcp = boost::asio::ip::tcp;

}  // namespace

std::optional<nlohmann::json> JanusHttpClient::Request(const std::string& method,
                                                       const std::string& target,
                                                       const nlohmann::json* body,
                                                       Milliseconds timeout) {
  boost::asio::io_context io;
  beast::tcp_stream stream(io);
  http::request<http::string_body> request(method == "POST" ? http::verb::post : http::verb::get,
                                           target, 11);
  request.set(http::field::host, "127.0.0.1");
  request.set(http::field::connection, "close");
  if (body != nullptr) {
    request.set(http::field::content_type, "application/json");
    request.body() = body->dump();
  }
  request.prepare_payload();
  beast::flat_buffer buffer;
  http::response<http::string_body> response;
  beast::error_code failure;
  bool completed = false;

  // Asynchronous steps, because tcp_stream's timeout only applies to asynchronous operations.
  stream.expires_after(timeout);
  const tcp::endpoint endpoint(boost::asio::ip::make_address("127.0.0.1"), port_);
  stream.async_connect(endpoint, [&](beast::error_code ec) {
    if (ec) {
      failure = ec;
      return;
    }
    http::async_write(stream, request, [&](beast::error_code ec2, std::size_t) {
      if (ec2) {
        failure = ec2;
        return;
      }
      http::async_read(stream, buffer, response, [&](beast::error_code ec3, std::size_t) {
        failure = ec3;
        completed = !ec3;
      });
    });
  });
  io.run();
  beast::error_code ignored;
  stream.socket().shutdown(tcp::socket::shutdown_both, ignored);
  if (!completed) {
    last_error_ = method + " " + target + ": " + failure.message();
    return std::nullopt;
  }
  if (response.result_int() != 200) {
    last_error_ = method + " " + target + ": HTTP " + std::to_string(response.result_int());
    return std::nullopt;
  }
  auto parsed = nlohmann::json::parse(response.body(), nullptr, false);
  if (parsed.is_discarded() || !parsed.is_object()) {
    last_error_ = method + " " + target + ": not a JSON object: " + response.body();
    return std::nullopt;
  }
  return parsed;
}

std::optional<nlohmann::json> JanusHttpClient::Post(const std::string& target, nlohmann::json body,
                                                    Milliseconds timeout) {
  body["transaction"] = "bench-" + std::to_string(next_transaction_++);
  auto reply = Request("POST", target, &body, timeout);
  if (reply && reply->value("janus", "") == "error") {
    last_error_ = target + ": " + reply->dump();
    return std::nullopt;
  }
  return reply;
}

std::string JanusHttpClient::SessionPath() const { return "/janus/" + std::to_string(session_id_); }

std::string JanusHttpClient::HandlePath() const {
  return SessionPath() + "/" + std::to_string(handle_id_);
}

void JanusHttpClient::CreateSession(Milliseconds timeout) {
  const auto reply = Post("/janus", {{"janus", "create"}}, timeout);
  if (!reply || !reply->contains("data") || !(*reply)["data"].contains("id")) {
    throw std::runtime_error("Janus create failed: " + last_error_);
  }
  session_id_ = (*reply)["data"]["id"].get<uint64_t>();
}

void JanusHttpClient::Attach(const std::string& plugin, Milliseconds timeout) {
  const auto reply = Post(SessionPath(), {{"janus", "attach"}, {"plugin", plugin}}, timeout);
  if (!reply || !reply->contains("data") || !(*reply)["data"].contains("id")) {
    throw std::runtime_error("Janus attach " + plugin + " failed: " + last_error_);
  }
  handle_id_ = (*reply)["data"]["id"].get<uint64_t>();
}

bool JanusHttpClient::Message(const nlohmann::json& body, const nlohmann::json& jsep,
                              Milliseconds timeout) {
  const auto reply =
      Post(HandlePath(), {{"janus", "message"}, {"body", body}, {"jsep", jsep}}, timeout);
  return reply && reply->value("janus", "") == "ack";
}

std::optional<nlohmann::json> JanusHttpClient::SyncMessage(const nlohmann::json& body,
                                                           Milliseconds timeout) {
  return Post(HandlePath(), {{"janus", "message"}, {"body", body}}, timeout);
}

bool JanusHttpClient::Trickle(const std::string& candidate, const std::string& mid,
                              unsigned mline_index, Milliseconds timeout) {
  const nlohmann::json value = {
      {"candidate", candidate}, {"sdpMid", mid}, {"sdpMLineIndex", mline_index}};
  const auto reply = Post(HandlePath(), {{"janus", "trickle"}, {"candidate", value}}, timeout);
  return reply && reply->value("janus", "") == "ack";
}

bool JanusHttpClient::KeepAlive(Milliseconds timeout) {
  const auto reply = Post(SessionPath(), {{"janus", "keepalive"}}, timeout);
  return reply && reply->value("janus", "") == "ack";
}

std::optional<nlohmann::json> JanusHttpClient::PollEvent(Milliseconds timeout) {
  return Request("GET", SessionPath(), nullptr, timeout);
}

bool JanusHttpClient::Destroy(Milliseconds timeout) {
  if (session_id_ == 0) return true;
  const auto reply = Post(SessionPath(), {{"janus", "destroy"}}, timeout);
  session_id_ = 0;
  return reply && reply->value("janus", "") == "success";
}

}  // namespace vc::tests::benchmarks
