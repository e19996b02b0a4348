#include "tests/integration/HttpProbe.hpp"

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <regex>
#include <sstream>

namespace vc::tests::integration {
namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace ssl = asio::ssl;

namespace {

// Connects `stream`'s TCP layer, runs `handshake` (nothing for plain HTTP, TLS for HTTPS), then
// one request. tcp_stream applies the expiry to each async step; one io.run_for bounds the total.
template <class Stream, class Handshake>
HttpProbe::Response Fetch(asio::io_context& io, Stream& stream, Handshake handshake, uint16_t port,
                          http::request<http::string_body> request,
                          std::chrono::milliseconds timeout) {
  beast::flat_buffer buffer;
  request.set(http::field::host, "127.0.0.1:" + std::to_string(port));
  request.set(http::field::connection, "close");
  request.prepare_payload();
  http::response<http::string_body> response;
  HttpProbe::Response result;

  auto read = [&] {
    http::async_read(stream, buffer, response, [&](beast::error_code ec, size_t) {
      if (ec) {
        result.error = "read: " + ec.message();
        return;
      }
      result.status = static_cast<int>(response.result_int());
      result.body = response.body();
    });
  };
  auto write = [&] {
    http::async_write(stream, request, [&](beast::error_code ec, size_t) {
      if (ec) {
        result.error = "write: " + ec.message();
        return;
      }
      read();
    });
  };
  const asio::ip::tcp::endpoint endpoint(asio::ip::make_address("127.0.0.1"), port);
  beast::get_lowest_layer(stream).expires_after(timeout);
  beast::get_lowest_layer(stream).async_connect(endpoint, [&](beast::error_code ec) {
    if (ec) {
      result.error = "connect: " + ec.message();
      return;
    }
    handshake([&](beast::error_code ec) {
      if (ec) {
        result.error = "handshake: " + ec.message();
        return;
      }
      write();
    });
  });
  io.run_for(timeout + std::chrono::milliseconds(500));
  if (!io.stopped() && result.status == 0 && result.error.empty()) result.error = "timeout";
  return result;
}

HttpProbe::Response FetchPlain(uint16_t port, http::request<http::string_body> request,
                               std::chrono::milliseconds timeout) {
  asio::io_context io;
  beast::tcp_stream stream(io);
  return Fetch(
      io, stream, [](auto&& next) { next(beast::error_code{}); }, port, std::move(request), timeout);
}

}  // namespace

HttpProbe::Response HttpProbe::Get(uint16_t port, const std::string& target,
                                   std::chrono::milliseconds timeout) {
  return FetchPlain(port, {http::verb::get, target, 11}, timeout);
}

HttpProbe::Response HttpProbe::Send(uint16_t port, const std::string& method,
                                    const std::string& target, const std::string& bearer_token,
                                    const std::string& json_body, std::chrono::milliseconds timeout) {
  http::request<http::string_body> request{http::string_to_verb(method), target, 11};
  if (!bearer_token.empty()) request.set(http::field::authorization, "Bearer " + bearer_token);
  if (!json_body.empty()) request.set(http::field::content_type, "application/json");
  request.body() = json_body;
  return FetchPlain(port, std::move(request), timeout);
}

HttpProbe::Response HttpProbe::GetTls(uint16_t port, const std::string& target,
                                      std::chrono::milliseconds timeout) {
  asio::io_context io;
  ssl::context context(ssl::context::tls_client);
  context.set_verify_mode(ssl::verify_none);
  beast::ssl_stream<beast::tcp_stream> stream(io, context);
  return Fetch(
      io, stream,
      [&](auto&& next) { stream.async_handshake(ssl::stream_base::client, std::move(next)); }, port,
      {http::verb::get, target, 11}, timeout);
}

double HttpProbe::CounterSum(const std::string& exposition, const std::string& name,
                             const std::map<std::string, std::string>& labels) {
  static const std::regex kLabel(R"re(([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)")re");
  double sum = 0.0;
  std::istringstream lines(exposition);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.empty() || line[0] == '#' || line.rfind(name, 0) != 0) continue;
    std::string rest = line.substr(name.size());
    std::map<std::string, std::string> found;
    if (!rest.empty() && rest[0] == '{') {
      const auto close = rest.find('}');
      if (close == std::string::npos) continue;
      const std::string label_text = rest.substr(1, close - 1);
      for (std::sregex_iterator it(label_text.begin(), label_text.end(), kLabel), end; it != end;
           ++it) {
        found[(*it)[1].str()] = (*it)[2].str();
      }
      rest = rest.substr(close + 1);
    } else if (rest.empty() || rest[0] != ' ') {
      continue;  // a longer metric name that merely starts with `name`
    }
    bool matches = true;
    for (const auto& [key, value] : labels) {
      const auto it = found.find(key);
      matches = matches && it != found.end() && it->second == value;
    }
    if (!matches) continue;
    try {
      sum += std::stod(rest);
    } catch (const std::exception&) {
    }
  }
  return sum;
}

}  // namespace vc::tests::integration
