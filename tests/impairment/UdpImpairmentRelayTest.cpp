// The relay itself, with plain UDP sockets on loopback: what it drops, delays and lets through.
#include "tests/impairment/UdpImpairmentRelay.hpp"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <array>
#include <optional>
#include <thread>
#include <vector>

namespace vc::tests::impairment {
namespace {

class LoopbackSocket {
 public:
  LoopbackSocket() {
    fd_ = ::socket(AF_INET, SOCK_DGRAM, 0);
    address_.sin_family = AF_INET;
    address_.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof(address_);
    EXPECT_EQ(::bind(fd_, reinterpret_cast<sockaddr*>(&address_), sizeof(address_)), 0);
    EXPECT_EQ(::getsockname(fd_, reinterpret_cast<sockaddr*>(&address_), &length), 0);
  }
  ~LoopbackSocket() { ::close(fd_); }
  const sockaddr_in& address() const { return address_; }
  void SendTo(uint16_t port, const std::vector<uint8_t>& bytes) {
    sockaddr_in to = address_;
    to.sin_port = htons(port);
    ::sendto(fd_, bytes.data(), bytes.size(), 0, reinterpret_cast<sockaddr*>(&to), sizeof(to));
  }
  // Every datagram that arrives within `quiet` of the previous one (bounded by max_wait).
  // The source port of the next datagram, or nullopt after `wait`.
  std::optional<uint16_t> ReceiveOneFrom(std::chrono::milliseconds wait) {
    pollfd fd{fd_, POLLIN, 0};
    if (::poll(&fd, 1, static_cast<int>(wait.count())) <= 0) return std::nullopt;
    std::array<uint8_t, 2048> buffer{};
    sockaddr_in from{};
    socklen_t length = sizeof(from);
    if (::recvfrom(fd_, buffer.data(), buffer.size(), 0, reinterpret_cast<sockaddr*>(&from),
                   &length) <= 0) {
      return std::nullopt;
    }
    return ntohs(from.sin_port);
  }
  std::vector<std::vector<uint8_t>> ReceiveAll(std::chrono::milliseconds quiet) {
    std::vector<std::vector<uint8_t>> received;
    std::array<uint8_t, 2048> buffer{};
    for (int rounds = 0; rounds < 100000; ++rounds) {
      pollfd fd{fd_, POLLIN, 0};
      if (::poll(&fd, 1, static_cast<int>(quiet.count())) <= 0) break;
      const ssize_t n = ::recv(fd_, buffer.data(), buffer.size(), 0);
      if (n > 0) received.emplace_back(buffer.begin(), buffer.begin() + n);
    }
    return received;
  }

 private:
  int fd_ = -1;
  sockaddr_in address_{};
};

std::vector<uint8_t> Packet(uint8_t first_byte, uint16_t number) {
  return {first_byte, 0, static_cast<uint8_t>(number >> 8), static_cast<uint8_t>(number & 0xff)};
}

uint16_t NumberOf(const std::vector<uint8_t>& packet) {
  return static_cast<uint16_t>(packet[2] << 8 | packet[3]);
}

constexpr int kPackets = 2000;

// Sends kPackets media packets paced like a stream while the "MCU" side collects them, so no
// socket buffer overflows and every loss is the relay's doing.
std::vector<std::vector<uint8_t>> SendPacedAndCollect(LoopbackSocket& peer, UdpImpairmentRelay& relay,
                                                      LoopbackSocket& mcu, uint8_t first_byte) {
  std::vector<std::vector<uint8_t>> received;
  std::thread collector([&] { received = mcu.ReceiveAll(std::chrono::milliseconds(500)); });
  for (int i = 0; i < kPackets; ++i) {
    peer.SendTo(relay.peer_facing_port(), Packet(first_byte, static_cast<uint16_t>(i)));
    if (i % 20 == 0) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  collector.join();
  return received;
}

TEST(UdpImpairmentRelay, DropsAboutTheConfiguredShareOfMedia) {
  LoopbackSocket mcu;
  LoopbackSocket peer;
  UdpImpairmentRelay relay(std::optional(mcu.address()), 7);
  relay.Set({.loss = 0.1});
  const auto received = SendPacedAndCollect(peer, relay, mcu, 0x80);
  const double share = 1.0 - static_cast<double>(received.size()) / kPackets;
  EXPECT_GT(share, 0.06);
  EXPECT_LT(share, 0.14);
  EXPECT_EQ(relay.Counters().dropped_up + received.size(), static_cast<uint64_t>(kPackets));
}

TEST(UdpImpairmentRelay, NeverDropsConnectivityChecksOrHandshakes) {
  LoopbackSocket mcu;
  LoopbackSocket peer;
  UdpImpairmentRelay relay(std::optional(mcu.address()), 7);
  relay.Set({.loss = 0.9, .reorder = 0.5});
  for (int i = 0; i < 200; ++i) {
    peer.SendTo(relay.peer_facing_port(), Packet(i % 2 ? 0x00 : 0x16, static_cast<uint16_t>(i)));
  }
  const auto received = mcu.ReceiveAll(std::chrono::milliseconds(300));
  ASSERT_EQ(received.size(), 200u);
  for (size_t i = 0; i < received.size(); ++i) EXPECT_EQ(NumberOf(received[i]), i);
}

TEST(UdpImpairmentRelay, ReordersSomeMediaAndKeepsEveryPacket) {
  LoopbackSocket mcu;
  LoopbackSocket peer;
  UdpImpairmentRelay relay(std::optional(mcu.address()), 11);
  relay.Set({.reorder = 0.05});
  const auto received = SendPacedAndCollect(peer, relay, mcu, 0x90);
  // At most one packet can still sit in the reorder slot at the end.
  EXPECT_GE(received.size() + 1, static_cast<size_t>(kPackets));
  int out_of_order = 0;
  for (size_t i = 1; i < received.size(); ++i) {
    if (NumberOf(received[i]) < NumberOf(received[i - 1])) ++out_of_order;
  }
  EXPECT_GT(out_of_order, 20);
}

TEST(UdpImpairmentRelay, JitterDelaysWithinTheBoundAndRepliesReachThePeer) {
  LoopbackSocket mcu;
  LoopbackSocket peer;
  UdpImpairmentRelay relay(std::optional(mcu.address()), 3);
  relay.Set({.jitter = std::chrono::milliseconds(200)});
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < 50; ++i) peer.SendTo(relay.peer_facing_port(), Packet(0x80, static_cast<uint16_t>(i)));
  const auto received = mcu.ReceiveAll(std::chrono::milliseconds(500));
  const auto took = std::chrono::steady_clock::now() - start;
  EXPECT_EQ(received.size(), 50u);
  EXPECT_GT(took, std::chrono::milliseconds(100));  // some packets were held for a while

}

TEST(UdpImpairmentRelay, CarriesTheMcusRepliesBackToThePeer) {
  LoopbackSocket mcu;
  LoopbackSocket peer;
  UdpImpairmentRelay relay(std::optional(mcu.address()), 5);
  peer.SendTo(relay.peer_facing_port(), Packet(0x00, 1));
  const auto upstream_port = mcu.ReceiveOneFrom(std::chrono::milliseconds(2000));
  ASSERT_TRUE(upstream_port.has_value());
  mcu.SendTo(*upstream_port, Packet(0x80, 42));
  const auto replies = peer.ReceiveAll(std::chrono::milliseconds(300));
  ASSERT_EQ(replies.size(), 1u);
  EXPECT_EQ(NumberOf(replies[0]), 42);
  EXPECT_EQ(relay.Counters().forwarded_down, 1u);
}

}  // namespace
}  // namespace vc::tests::impairment
