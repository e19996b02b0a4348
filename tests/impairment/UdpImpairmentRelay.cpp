#include "tests/impairment/UdpImpairmentRelay.hpp"

#include <arpa/inet.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <stdexcept>
#include <string>

namespace vc::tests::impairment {
namespace {

constexpr auto kPollSlice = std::chrono::milliseconds(5);
constexpr int kMaxReadsPerWake = 256;
constexpr int kSocketBufferBytes = 1 << 20;

int BoundLoopbackSocket(uint16_t* port_out) {
  const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
  if (fd < 0) throw std::runtime_error(std::string("relay socket: ") + std::strerror(errno));
  ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &kSocketBufferBytes, sizeof(kSocketBufferBytes));
  ::setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &kSocketBufferBytes, sizeof(kSocketBufferBytes));
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t length = sizeof(address);
  if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) != 0 ||
      ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
    const std::string reason = std::strerror(errno);
    ::close(fd);
    throw std::runtime_error("relay bind: " + reason);
  }
  if (port_out) *port_out = ntohs(address.sin_port);
  return fd;
}

// RFC 7983: 128..191 is RTP/RTCP (SRTP here). STUN is 0..3, DTLS 20..63.
bool IsSrtp(const uint8_t* data, size_t len) { return len > 0 && data[0] >= 128 && data[0] <= 191; }

}  // namespace

UdpImpairmentRelay::UdpImpairmentRelay(std::optional<sockaddr_in> mcu, uint32_t seed)
    : mcu_(mcu), random_(seed) {
  peer_socket_ = BoundLoopbackSocket(&peer_facing_port_);
  try {
    mcu_socket_ = BoundLoopbackSocket(&mcu_facing_port_);
  } catch (...) {
    ::close(peer_socket_);
    throw;
  }
  thread_ = std::thread([this] { Run(); });
}

UdpImpairmentRelay::~UdpImpairmentRelay() {
  stop_ = true;
  thread_.join();
  ::close(peer_socket_);
  ::close(mcu_socket_);
}

void UdpImpairmentRelay::SetMcu(const sockaddr_in& mcu) {
  std::lock_guard lock(mutex_);
  mcu_ = mcu;
}

void UdpImpairmentRelay::Set(const Impairment& impairment) {
  std::lock_guard lock(mutex_);
  impairment_ = impairment;
}

RelayCounters UdpImpairmentRelay::Counters() const {
  std::lock_guard lock(mutex_);
  return counters_;
}

void UdpImpairmentRelay::Run() {
  std::array<uint8_t, 2048> buffer{};
  while (!stop_) {
    std::array<pollfd, 2> fds{{{peer_socket_, POLLIN, 0}, {mcu_socket_, POLLIN, 0}}};
    ::poll(fds.data(), fds.size(), static_cast<int>(kPollSlice.count()));
    // Drain each socket (bounded), so a burst does not overflow the kernel's buffer.
    for (int i = 0; (fds[0].revents & POLLIN) && i < kMaxReadsPerWake; ++i) {
      sockaddr_in from{};
      socklen_t length = sizeof(from);
      const ssize_t n = ::recvfrom(peer_socket_, buffer.data(), buffer.size(), MSG_DONTWAIT,
                                   reinterpret_cast<sockaddr*>(&from), &length);
      if (n <= 0) break;
      peer_ = from;
      peer_known_ = true;
      FromPeer(buffer.data(), static_cast<size_t>(n));
    }
    for (int i = 0; (fds[1].revents & POLLIN) && i < kMaxReadsPerWake; ++i) {
      const ssize_t n = ::recv(mcu_socket_, buffer.data(), buffer.size(), MSG_DONTWAIT);
      if (n <= 0) break;
      FromMcu(buffer.data(), static_cast<size_t>(n));
    }
    SendDue(std::chrono::steady_clock::now());
  }
}

void UdpImpairmentRelay::FromPeer(const uint8_t* data, size_t len) {
  const auto now = std::chrono::steady_clock::now();
  Impairment impairment;
  {
    std::lock_guard lock(mutex_);
    if (!mcu_) return;
    impairment = impairment_;
  }
  std::vector<uint8_t> bytes(data, data + len);
  if (!IsSrtp(data, len)) {
    held_.push_back({now, next_order_++, std::move(bytes)});
    return;
  }
  std::uniform_real_distribution<double> chance(0.0, 1.0);
  if (chance(random_) < impairment.loss) {
    std::lock_guard lock(mutex_);
    ++counters_.dropped_up;
    return;
  }
  auto due = now;
  if (impairment.jitter.count() > 0) {
    std::uniform_int_distribution<int64_t> delay(0, impairment.jitter.count());
    due += std::chrono::milliseconds(delay(random_));
  }
  // Reordering: hold this packet back and let the next one overtake it.
  if (reorder_slot_.empty() && chance(random_) < impairment.reorder) {
    reorder_slot_ = std::move(bytes);
    std::lock_guard lock(mutex_);
    ++counters_.reordered_up;
    return;
  }
  held_.push_back({due, next_order_++, std::move(bytes)});
  if (!reorder_slot_.empty()) {
    held_.push_back({due, next_order_++, std::move(reorder_slot_)});
    reorder_slot_.clear();
  }
}

void UdpImpairmentRelay::FromMcu(const uint8_t* data, size_t len) {
  if (!peer_known_) return;
  ::sendto(peer_socket_, data, len, 0, reinterpret_cast<const sockaddr*>(&peer_), sizeof(peer_));
  std::lock_guard lock(mutex_);
  ++counters_.forwarded_down;
}

void UdpImpairmentRelay::SendDue(std::chrono::steady_clock::time_point now) {
  std::sort(held_.begin(), held_.end(), [](const Held& a, const Held& b) {
    return a.due != b.due ? a.due < b.due : a.order < b.order;
  });
  std::optional<sockaddr_in> mcu;
  {
    std::lock_guard lock(mutex_);
    mcu = mcu_;
  }
  size_t sent = 0;
  for (; mcu && sent < held_.size() && held_[sent].due <= now; ++sent) {
    const auto& bytes = held_[sent].bytes;
    ::sendto(mcu_socket_, bytes.data(), bytes.size(), 0, reinterpret_cast<const sockaddr*>(&*mcu),
             sizeof(*mcu));
  }
  if (sent == 0) return;
  held_.erase(held_.begin(), held_.begin() + static_cast<std::ptrdiff_t>(sent));
  std::lock_guard lock(mutex_);
  counters_.forwarded_up += sent;
}

}  // namespace vc::tests::impairment
