#pragma once
// One TCP connection to a projector that runs a sequence of commands, as projectors expect:
// connect, read the greeting, authenticate with the first command, one command at a time, close.
// Every step has a deadline; a late step ends the session with a kTimeout DeviceResult.
// Owned through shared_ptr while its asynchronous operations run (PjlinkClient keeps a weak_ptr).
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/streambuf.hpp>
#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "devices/DeviceResult.hpp"
#include "devices/pjlink/PjlinkCodec.hpp"

namespace vc::devices::pjlink {

struct ConnectionOptions {
  std::string host = "127.0.0.1";
  uint16_t port = kDefaultPort;
  std::string password;  // empty: the projector must not ask for authentication
  std::chrono::milliseconds connect_timeout{5000};
  std::chrono::milliseconds reply_timeout{5000};  // greeting and each reply (the spec allows 2 s)
  std::chrono::milliseconds write_timeout{2000};
};

class PjlinkSession : public std::enable_shared_from_this<PjlinkSession> {
 public:
  // The result is not ok only for the link itself (unreachable, timeout, authentication, a reply
  // that is not PJLink). Each command's own ERR1-ERR4 is in its Reply; replies holds one per
  // request sent so far.
  using Done = std::function<void(DeviceResult, std::vector<Reply>)>;

  PjlinkSession(boost::asio::io_context& io, const ConnectionOptions& options,
                std::vector<Request> requests, Done done);
  void Start();
  // Closes the connection; done is never called afterwards.
  void Cancel();

 private:
  void OnResolved(const boost::system::error_code& error,
                  const boost::asio::ip::tcp::resolver::results_type& results);
  void OnConnected(const boost::system::error_code& error);
  void ReadLine(std::string waiting_for, void (PjlinkSession::*next)(const std::string&));
  void OnGreeting(const std::string& line);
  void SendNext();
  void OnReply(const std::string& line);
  void Arm(std::chrono::milliseconds timeout, std::string waiting_for);
  void FailLink(const boost::system::error_code& error);
  void Finish(DeviceResult result);
  std::string Where() const;

  // Passed by argument.
  ConnectionOptions options_;
  std::vector<Request> requests_;
  Done done_;
  // Allocated by this.
  boost::asio::ip::tcp::resolver resolver_;
  boost::asio::ip::tcp::socket socket_;
  boost::asio::steady_timer timer_;
  boost::asio::streambuf buffer_{kMaxLineLength + 2};
  std::string digest_;
  std::string out_;
  std::string waiting_for_;
  std::vector<Reply> replies_;
  uint64_t arm_id_ = 0;
  bool finished_ = false;
};

// "2 s", "500 ms": for messages.
std::string FormatDuration(std::chrono::milliseconds duration);

}  // namespace vc::devices::pjlink
