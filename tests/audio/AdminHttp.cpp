#include "tests/audio/AdminHttp.hpp"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

namespace vc::tests::audio {
namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;

AdminHttpResponse AdminRequest(uint16_t port, const std::string& method, const std::string& target,
                               const std::string& token, const std::string& body,
                               std::chrono::milliseconds timeout) {
  asio::io_context io;
  beast::tcp_stream stream(io);
  beast::flat_buffer buffer;
  http::request<http::string_body> request{http::string_to_verb(method), target, 11};
  request.set(http::field::host, "127.0.0.1:" + std::to_string(port));
  request.set(http::field::connection, "close");
  if (!token.empty()) request.set(http::field::authorization, "Bearer " + token);
  if (!body.empty()) request.set(http::field::content_type, "application/json");
  request.body() = body;
  request.prepare_payload();
  http::response<http::string_body> response;
  AdminHttpResponse result;

  const asio::ip::tcp::endpoint endpoint(asio::ip::make_address("127.0.0.1"), port);
  stream.expires_after(timeout);
  stream.async_connect(endpoint, [&](beast::error_code ec) {
    if (ec) {
      result.error = "connect: " + ec.message();
      return;
    }
    http::async_write(stream, request, [&](beast::error_code ec, size_t) {
      if (ec) {
        result.error = "write: " + ec.message();
        return;
      }
      http::async_read(stream, buffer, response, [&](beast::error_code ec, size_t) {
        if (ec) {
          result.error = "read: " + ec.message();
          return;
        }
        result.status = static_cast<int>(response.result_int());
        result.body = response.body();
      });
    });
  });
  io.run_for(timeout + std::chrono::milliseconds(500));
  if (result.status == 0 && result.error.empty()) result.error = "timeout";
  return result;
}

}  // namespace vc::tests::audio
