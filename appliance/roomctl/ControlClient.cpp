#include "appliance/roomctl/ControlClient.hpp"

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/websocket.hpp>

namespace vc::appliance::roomctl {
namespace {
using nlohmann::json;
}  // namespace

ControlClient::Url ControlClient::ParseUrl(const std::string& url) {
  const std::string scheme = "ws://";
  if (url.rfind(scheme, 0) != 0) throw ControlClientError("URL must start with ws:// (" + url + ")");
  std::string rest = url.substr(scheme.size());
  Url out;
  const auto slash = rest.find('/');
  out.target = slash == std::string::npos ? "/" : rest.substr(slash);
  rest = rest.substr(0, slash);
  const auto colon = rest.rfind(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == rest.size()) {
    throw ControlClientError("URL needs HOST:PORT (" + url + ")");
  }
  out.host = rest.substr(0, colon);
  out.port = rest.substr(colon + 1);
  if (out.port.find_first_not_of("0123456789") != std::string::npos || out.port.size() > 5) {
    throw ControlClientError("bad port in URL (" + url + ")");
  }
  return out;
}

ControlClient::ControlClient(const std::string& url, Milliseconds timeout) : ws_(io_) {
  const Url parsed = ParseUrl(url);
  boost::asio::ip::tcp::resolver resolver(io_);
  boost::system::error_code ec;
  const auto endpoints = resolver.resolve(parsed.host, parsed.port, ec);
  if (ec) throw ControlClientError("cannot resolve " + parsed.host + ": " + ec.message());
  auto& tcp = boost::beast::get_lowest_layer(ws_);
  tcp.expires_after(timeout);
  bool connected = false;
  boost::system::error_code result;
  tcp.async_connect(endpoints, [&](boost::system::error_code e, const auto&) {
    result = e;
    connected = true;
  });
  if (!RunUntil([&] { return connected; }, timeout) || result) {
    throw ControlClientError("cannot connect to " + url + ": " +
                             (result ? result.message() : std::string("timed out")));
  }
  bool handshaken = false;
  ws_.async_handshake(parsed.host + ":" + parsed.port, parsed.target, [&](boost::system::error_code e) {
    result = e;
    handshaken = true;
  });
  if (!RunUntil([&] { return handshaken; }, timeout) || result) {
    throw ControlClientError("WebSocket handshake with " + url + " failed: " +
                             (result ? result.message() : std::string("timed out")));
  }
  tcp.expires_never();
  StartRead();
}

ControlClient::~ControlClient() {
  if (closed_) return;
  boost::system::error_code ignored;
  boost::beast::get_lowest_layer(ws_).socket().close(ignored);
}

void ControlClient::StartRead() {
  ws_.async_read(buffer_, [this](boost::system::error_code ec, std::size_t) {
    if (ec) {
      closed_ = true;
      close_reason_ = ec.message();
      return;
    }
    const auto data = buffer_.cdata();
    json message = json::parse(std::string_view(static_cast<const char*>(data.data()), data.size()),
                               nullptr, false);
    buffer_.consume(buffer_.size());
    if (!message.is_discarded()) inbox_.push_back(std::move(message));
    StartRead();
  });
}

bool ControlClient::RunUntil(const std::function<bool()>& done, Milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (!done()) {
    const auto now = std::chrono::steady_clock::now();
    if (now >= deadline) return false;
    io_.restart();
    io_.run_one_for(std::min<std::chrono::steady_clock::duration>(deadline - now, Milliseconds(50)));
  }
  return true;
}

void ControlClient::Send(const json& message, Milliseconds timeout) { SendText(message.dump(), timeout); }

void ControlClient::SendText(const std::string& text, Milliseconds timeout) {
  if (closed_) throw ControlClientError("connection closed: " + close_reason_);
  bool written = false;
  boost::system::error_code result;
  ws_.text(true);
  ws_.async_write(boost::asio::buffer(text), [&](boost::system::error_code e, std::size_t) {
    result = e;
    written = true;
  });
  if (!RunUntil([&] { return written; }, timeout)) {
    // The write still refers to `text`: cancel it before this frame goes away.
    boost::system::error_code ignored;
    boost::beast::get_lowest_layer(ws_).socket().close(ignored);
    RunUntil([&] { return written; }, Milliseconds(1000));
    closed_ = true;
    throw ControlClientError("sending timed out");
  }
  if (result) throw ControlClientError("send failed: " + result.message());
}

std::optional<json> ControlClient::Receive(Milliseconds timeout, const Match& match) {
  std::optional<json> found;
  auto take = [&] {
    for (auto it = inbox_.begin(); it != inbox_.end(); ++it) {
      if (!match || match(*it)) {
        found = std::move(*it);
        inbox_.erase(it);
        return true;
      }
    }
    return closed_;
  };
  RunUntil(take, timeout);
  return found;
}

json ControlClient::Request(json message, Milliseconds timeout) {
  const int64_t id = next_id_++;
  message["id"] = id;
  Send(message, timeout);
  auto reply = Receive(timeout, [id](const json& m) { return m.contains("id") && m["id"] == id; });
  if (!reply) {
    throw ControlClientError(closed_ ? "connection closed: " + close_reason_
                                     : "no answer within " + std::to_string(timeout.count()) + " ms");
  }
  return *reply;
}

json ControlClient::Command(const std::string& name, const json& args, Milliseconds timeout) {
  return Request({{"type", "command"}, {"command", name}, {"args", args}}, timeout);
}

json ControlClient::Get(const std::string& path, Milliseconds timeout) {
  return Request({{"type", "get"}, {"path", path}}, timeout);
}

json ControlClient::ConfigSet(const std::string& path, const json& value, Milliseconds timeout) {
  return Request({{"type", "config_set"}, {"path", path}, {"value", value}}, timeout);
}

json ControlClient::Subscribe(const std::string& path, Milliseconds timeout) {
  return Request({{"type", "subscribe"}, {"path", path}}, timeout);
}

}  // namespace vc::appliance::roomctl
