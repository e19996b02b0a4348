#include "devices/pjlink/sim/SimConnection.hpp"

#include <boost/asio/read_until.hpp>
#include <boost/asio/write.hpp>
#include <algorithm>
#include <cctype>
#include <random>

#include "devices/pjlink/PjlinkCodec.hpp"
#include "devices/pjlink/sim/PjlinkSimServer.hpp"

namespace vc::devices::pjlink::sim {
namespace asio = boost::asio;

namespace {

std::string RandomSequence() {
  static std::mt19937 generator{std::random_device{}()};
  static constexpr char kHex[] = "0123456789abcdef";
  std::string random;
  for (int i = 0; i < 8; ++i) random += kHex[generator() % 16];
  return random;
}

}  // namespace

SimConnection::SimConnection(asio::ip::tcp::socket socket, PjlinkSimServer& server)
    : socket_(std::move(socket)), server_(server), idle_timer_(socket_.get_executor()), buffer_(kMaxLineLength + 2) {}

void SimConnection::Start() {
  ArmIdleTimer();
  const Fault fault = server_.Model().GetFault();
  if (fault == Fault::kNoAnswer) {
    server_.Report("connection=silent (fault no-answer)");
    ReadLine();  // swallow everything, answer nothing
    return;
  }
  Greeting greeting;
  if (!server_.GetConfig().password.empty() || fault == Fault::kWrongPasswordAlways) {
    random_ = RandomSequence();
    greeting = {true, random_};
  }
  Send(BuildGreeting(greeting), false);
}

void SimConnection::Close() {
  if (closed_) return;
  closed_ = true;
  idle_timer_.cancel();
  boost::system::error_code ignored;
  socket_.shutdown(asio::ip::tcp::socket::shutdown_both, ignored);
  socket_.close(ignored);
}

void SimConnection::ArmIdleTimer() {
  idle_timer_.expires_after(server_.GetConfig().idle_timeout);
  idle_timer_.async_wait([self = shared_from_this()](const boost::system::error_code& error) {
    if (!error && !self->closed_) self->Close();
  });
}

void SimConnection::ReadLine() {
  asio::async_read_until(socket_, buffer_, '\r',
                         [self = shared_from_this()](const boost::system::error_code& error, size_t size) {
                           if (self->closed_) return;
                           if (error) {  // peer closed, or a line too long for PJLink
                             self->Close();
                             return;
                           }
                           const auto begin = asio::buffers_begin(self->buffer_.data());
                           std::string line(begin, begin + static_cast<std::ptrdiff_t>(size));
                           self->buffer_.consume(size);
                           self->OnLine(line);
                         });
}

void SimConnection::OnLine(const std::string& line) {
  ArmIdleTimer();
  const Fault fault = server_.Model().GetFault();
  if (fault == Fault::kNoAnswer) {
    ReadLine();
    return;
  }
  std::string digest;
  const auto request = ParseCommandLine(line, &digest);
  if (!authenticated_ && !random_.empty()) {
    const std::string expected = AuthDigest(random_, server_.GetConfig().password);
    if (fault == Fault::kWrongPasswordAlways || digest != expected) {
      server_.Report("auth=rejected");
      Send(BuildReply({Command::kPower, ReplyStatus::kAuthenticationError, {}}), true);
      return;
    }
    server_.Report("auth=accepted");
  }
  authenticated_ = true;
  if (!request) {
    // "%1XXXX ..." with an unknown body is an undefined command; anything else ends the connection.
    const size_t header = line.find("%1");
    const std::string body = header == std::string::npos ? std::string() : line.substr(header + 2, 4);
    const bool plausible = body.size() == 4 && std::all_of(body.begin(), body.end(), [](unsigned char c) {
      return std::isalnum(c) != 0;
    });
    if (plausible) {
      Send("%1" + body + "=ERR1\r", false);
    } else {
      server_.Report("connection=closed (not PJLink)");
      Close();
    }
    return;
  }
  if (fault == Fault::kGarbled) {
    Send(std::string("%1") + CommandBody(request->command) + "\x01#garbled\x7f\r", false);
    return;
  }
  Send(BuildReply(server_.Handle(*request)), false);
}

void SimConnection::Send(std::string data, bool close_after) {
  out_ = std::move(data);
  asio::async_write(socket_, asio::buffer(out_),
                    [self = shared_from_this(), close_after](const boost::system::error_code& error, size_t) {
                      if (self->closed_) return;
                      if (error || close_after) {
                        self->Close();
                        return;
                      }
                      self->ReadLine();
                    });
}

}  // namespace vc::devices::pjlink::sim
