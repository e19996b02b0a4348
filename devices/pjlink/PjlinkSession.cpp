#include "devices/pjlink/PjlinkSession.hpp"

#include <boost/asio/connect.hpp>
#include <boost/asio/read_until.hpp>
#include <boost/asio/write.hpp>

namespace vc::devices::pjlink {
namespace asio = boost::asio;
using tcp = asio::ip::tcp;

namespace {

// A received line made safe to quote in a message (no control bytes, bounded).
std::string Quote(const std::string& line) {
  std::string text;
  for (unsigned char c : line.substr(0, 40)) {
    text += (c >= 0x20 && c < 0x7f) ? static_cast<char>(c) : '?';
  }
  return "'" + text + "'";
}

}  // namespace

std::string FormatDuration(std::chrono::milliseconds duration) {
  if (duration.count() % 1000 == 0) return std::to_string(duration.count() / 1000) + " s";
  return std::to_string(duration.count()) + " ms";
}

PjlinkSession::PjlinkSession(asio::io_context& io, const ConnectionOptions& options,
                             std::vector<Request> requests, Done done)
    : options_(options),
      requests_(std::move(requests)),
      done_(std::move(done)),
      resolver_(io),
      socket_(io),
      timer_(io) {}

void PjlinkSession::Start() {
  Arm(options_.connect_timeout, "a connection");
  resolver_.async_resolve(options_.host, std::to_string(options_.port),
                          [self = shared_from_this()](const auto& error, const auto& results) {
                            self->OnResolved(error, results);
                          });
}

void PjlinkSession::Cancel() {
  done_ = nullptr;
  Finish(DeviceResult::Ok());
}

std::string PjlinkSession::Where() const {
  return "projector at " + options_.host + ":" + std::to_string(options_.port);
}

void PjlinkSession::Arm(std::chrono::milliseconds timeout, std::string waiting_for) {
  waiting_for_ = std::move(waiting_for);
  const uint64_t id = ++arm_id_;
  timer_.expires_after(timeout);
  timer_.async_wait([self = shared_from_this(), id, timeout](const boost::system::error_code& error) {
    if (error || self->finished_ || id != self->arm_id_) return;
    self->Finish(DeviceResult::Error(
        DeviceErrorKind::kTimeout, self->Where() + " did not answer within " + FormatDuration(timeout) +
                                       " (waiting for " + self->waiting_for_ + ")"));
  });
}

void PjlinkSession::FailLink(const boost::system::error_code& error) {
  if (finished_) return;
  if (error == asio::error::eof || error == asio::error::connection_reset) {
    Finish(DeviceResult::Error(DeviceErrorKind::kProtocol,
                               Where() + " closed the connection (waiting for " + waiting_for_ + ")"));
  } else if (error == asio::error::not_found) {
    Finish(DeviceResult::Error(DeviceErrorKind::kProtocol,
                               Where() + " sent a line longer than " + std::to_string(kMaxLineLength) +
                                   " bytes (waiting for " + waiting_for_ + ")"));
  } else {
    Finish(DeviceResult::Error(DeviceErrorKind::kUnreachable,
                               Where() + " failed: " + error.message() + " (waiting for " + waiting_for_ + ")"));
  }
}

void PjlinkSession::OnResolved(const boost::system::error_code& error,
                               const tcp::resolver::results_type& results) {
  if (finished_) return;
  if (error) {
    Finish(DeviceResult::Error(DeviceErrorKind::kUnreachable,
                               "cannot resolve projector host '" + options_.host + "': " + error.message()));
    return;
  }
  asio::async_connect(socket_, results, [self = shared_from_this()](const auto& connect_error, const auto&) {
    self->OnConnected(connect_error);
  });
}

void PjlinkSession::OnConnected(const boost::system::error_code& error) {
  if (finished_) return;
  if (error) {
    Finish(DeviceResult::Error(DeviceErrorKind::kUnreachable, Where() + " is unreachable: " + error.message()));
    return;
  }
  ReadLine("the PJLINK greeting", &PjlinkSession::OnGreeting);
}

void PjlinkSession::ReadLine(std::string waiting_for, void (PjlinkSession::*next)(const std::string&)) {
  Arm(options_.reply_timeout, std::move(waiting_for));
  asio::async_read_until(socket_, buffer_, '\r',
                         [self = shared_from_this(), next](const boost::system::error_code& error, size_t size) {
                           if (self->finished_) return;
                           if (error) {
                             self->FailLink(error);
                             return;
                           }
                           const auto begin = asio::buffers_begin(self->buffer_.data());
                           std::string line(begin, begin + static_cast<std::ptrdiff_t>(size));
                           self->buffer_.consume(size);
                           ((*self).*next)(line);
                         });
}

void PjlinkSession::OnGreeting(const std::string& line) {
  const auto greeting = ParseGreeting(line);
  if (!greeting) {
    const auto reply = ParseReply(line);
    if (reply && reply->status == ReplyStatus::kAuthenticationError) {
      Finish(DeviceResult::Error(DeviceErrorKind::kAuthentication,
                                 Where() + " refused the connection (PJLINK ERRA: authentication error)"));
    } else {
      Finish(DeviceResult::Error(DeviceErrorKind::kProtocol,
                                 Where() + " sent " + Quote(line) + " instead of a PJLink greeting"));
    }
    return;
  }
  if (greeting->authentication) {
    if (options_.password.empty()) {
      Finish(DeviceResult::Error(DeviceErrorKind::kAuthentication,
                                 Where() + " requires a password and none is configured"));
      return;
    }
    digest_ = AuthDigest(greeting->random, options_.password);
  }
  SendNext();
}

void PjlinkSession::SendNext() {
  if (finished_) return;
  if (replies_.size() == requests_.size()) {
    Finish(DeviceResult::Ok());
    return;
  }
  const Request& request = requests_[replies_.size()];
  // Only the first command of a connection carries the digest.
  out_ = BuildCommand(request, replies_.empty() ? digest_ : std::string());
  Arm(options_.write_timeout, "sending " + Describe(request));
  asio::async_write(socket_, asio::buffer(out_),
                    [self = shared_from_this(), request](const boost::system::error_code& error, size_t) {
                      if (self->finished_) return;
                      if (error) {
                        self->FailLink(error);
                        return;
                      }
                      self->ReadLine("the reply to " + Describe(request), &PjlinkSession::OnReply);
                    });
}

void PjlinkSession::OnReply(const std::string& line) {
  const Request& request = requests_[replies_.size()];
  const auto reply = ParseReply(line);
  if (!reply) {
    Finish(DeviceResult::Error(DeviceErrorKind::kProtocol, Where() + " sent " + Quote(line) +
                                                               ", not a PJLink reply to " + Describe(request)));
    return;
  }
  if (reply->status == ReplyStatus::kAuthenticationError) {
    Finish(DeviceResult::Error(DeviceErrorKind::kAuthentication,
                               Where() + " rejected the password (PJLINK ERRA: authentication error)"));
    return;
  }
  if (reply->command != request.command) {
    Finish(DeviceResult::Error(DeviceErrorKind::kProtocol, Where() + " answered " + CommandBody(reply->command) +
                                                               " to " + Describe(request)));
    return;
  }
  replies_.push_back(*reply);
  SendNext();
}

void PjlinkSession::Finish(DeviceResult result) {
  if (finished_) return;
  finished_ = true;
  ++arm_id_;
  timer_.cancel();
  resolver_.cancel();
  boost::system::error_code ignored;
  socket_.shutdown(tcp::socket::shutdown_both, ignored);
  socket_.close(ignored);
  if (auto done = std::move(done_)) {
    done_ = nullptr;
    done(std::move(result), std::move(replies_));
  }
}

}  // namespace vc::devices::pjlink
