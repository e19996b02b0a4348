#pragma once
// One controller connection to the emulated projector: greeting, digest check on the first
// command, one reply per command line, the configured faults, and the idle timeout.
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/streambuf.hpp>
#include <deque>
#include <memory>
#include <string>

namespace vc::devices::pjlink::sim {

class PjlinkSimServer;

class SimConnection : public std::enable_shared_from_this<SimConnection> {
 public:
  SimConnection(boost::asio::ip::tcp::socket socket, PjlinkSimServer& server);
  void Start();
  void Close();  // idempotent; handlers do nothing afterwards

 private:
  void ReadLine();
  void OnLine(const std::string& line);
  // Sends `data`, then reads the next line, or closes when close_after is set.
  void Send(std::string data, bool close_after);
  void ArmIdleTimer();

  // Passed by argument.
  boost::asio::ip::tcp::socket socket_;
  PjlinkSimServer& server_;
  // Allocated by this.
  boost::asio::steady_timer idle_timer_;
  boost::asio::streambuf buffer_;
  std::string random_;  // non-empty when authentication is on
  std::string out_;
  bool authenticated_ = false;
  bool closed_ = false;
};

}  // namespace vc::devices::pjlink::sim
