#pragma once
// A blocking client of the room's control API (vc-roomctl, tests). Every call is bounded by a
// timeout; one read stays pending and received messages queue up, so waiting for one kind of
// message never loses another. Throws ControlClientError on connect/IO failure.
#include <boost/asio/io_context.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/websocket/stream.hpp>
#include <chrono>
#include <cstdint>
#include <deque>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>

namespace vc::appliance::roomctl {

class ControlClientError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class ControlClient {
 public:
  using Milliseconds = std::chrono::milliseconds;
  using Match = std::function<bool(const nlohmann::json&)>;

  // url: ws://HOST:PORT[/path]. Throws ControlClientError when it cannot connect in time.
  explicit ControlClient(const std::string& url, Milliseconds timeout = Milliseconds(5000));
  ~ControlClient();
  ControlClient(const ControlClient&) = delete;
  ControlClient& operator=(const ControlClient&) = delete;

  void Send(const nlohmann::json& message, Milliseconds timeout = Milliseconds(5000));
  void SendText(const std::string& text, Milliseconds timeout = Milliseconds(5000));
  // The oldest queued message matching (all when no match), or nullopt on timeout.
  std::optional<nlohmann::json> Receive(Milliseconds timeout, const Match& match = nullptr);

  // Request helpers: send, then wait for the answer (throws ControlClientError on timeout).
  nlohmann::json Command(const std::string& name, const nlohmann::json& args, Milliseconds timeout);
  nlohmann::json Get(const std::string& path, Milliseconds timeout);  // the reply message
  nlohmann::json ConfigSet(const std::string& path, const nlohmann::json& value, Milliseconds timeout);
  nlohmann::json Subscribe(const std::string& path, Milliseconds timeout);

  bool IsClosed() const { return closed_; }

  struct Url {
    std::string host;
    std::string port;
    std::string target;
  };
  // Throws ControlClientError naming what is wrong with the URL.
  static Url ParseUrl(const std::string& url);

 private:
  void StartRead();
  // Runs I/O until done() or the deadline; false on timeout.
  bool RunUntil(const std::function<bool()>& done, Milliseconds timeout);
  nlohmann::json Request(nlohmann::json message, Milliseconds timeout);

  boost::asio::io_context io_;
  boost::beast::websocket::stream<boost::beast::tcp_stream> ws_;
  boost::beast::flat_buffer buffer_;
  std::deque<nlohmann::json> inbox_;
  bool closed_ = false;
  std::string close_reason_;
  int64_t next_id_ = 1;
};

}  // namespace vc::appliance::roomctl
