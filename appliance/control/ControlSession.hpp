#pragma once
// One WebSocket client of the control API (Boost.Beast). Accepts the upgrade, then keeps one read
// outstanding and at most one write in flight with a bounded queue; a client that does not read
// its notifications is dropped rather than growing memory. Runs on the daemon's single-threaded
// io_context, so the ControlConnection inside is called on the control thread.
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/websocket/stream.hpp>
#include <deque>
#include <memory>
#include <string>

#include "appliance/control/ControlConnection.hpp"

namespace vc::appliance::control {

class ControlSession : public std::enable_shared_from_this<ControlSession> {
 public:
  static constexpr size_t kMaxQueuedMessages = 1024;
  static constexpr size_t kMaxMessageBytes = 64 * 1024;

  ControlSession(boost::asio::ip::tcp::socket socket, StatusTree& status,
                 const CommandTable& commands, SettingsStore* settings);
  ~ControlSession();

  void Start();
  void SendEvent(const std::string& name, const nlohmann::json& data);
  // Server stopping: drops the protocol state (subscriptions) now and sends a close frame.
  // Must not be called from inside this session's own message handling.
  void Close();

 private:
  using error_code = boost::beast::error_code;
  void OnAccept(error_code ec);
  void DoRead();
  void OnRead(error_code ec, std::size_t bytes);
  void Enqueue(std::string text);
  void DropConnectionLater();
  void DoWrite();
  void OnWrite(error_code ec, std::size_t bytes);

  boost::beast::websocket::stream<boost::beast::tcp_stream> ws_;
  boost::beast::flat_buffer buffer_;
  std::string remote_;
  std::unique_ptr<ControlConnection> connection_;  // after the handshake
  std::deque<std::string> queue_;
  bool writing_ = false;
  bool closed_ = false;
  // Built from the constructor's arguments once the handshake is done.
  StatusTree& status_;
  const CommandTable& commands_;
  SettingsStore* settings_;
};

}  // namespace vc::appliance::control
