#include "tests/integration/SpoofedUdpSender.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace vc::tests::integration {

SpoofedUdpSender::SpoofedUdpSender() {
  // IPPROTO_UDP without IP_HDRINCL: the kernel writes the IP header, we write the UDP header.
  fd_ = ::socket(AF_INET, SOCK_RAW, IPPROTO_UDP);
  if (fd_ < 0) error_ = std::string("raw socket: ") + std::strerror(errno);
}

SpoofedUdpSender::~SpoofedUdpSender() {
  if (fd_ >= 0) ::close(fd_);
}

bool SpoofedUdpSender::Send(uint16_t source_port, uint16_t destination_port,
                            std::span<const uint8_t> payload) {
  if (fd_ < 0) return false;
  std::vector<uint8_t> datagram(8 + payload.size());
  const uint16_t length = static_cast<uint16_t>(datagram.size());
  const uint16_t fields[4] = {htons(source_port), htons(destination_port), htons(length),
                              0 /* no checksum: allowed for UDP over IPv4 */};
  std::memcpy(datagram.data(), fields, sizeof(fields));
  if (!payload.empty()) std::memcpy(datagram.data() + 8, payload.data(), payload.size());
  sockaddr_in to{};
  to.sin_family = AF_INET;
  to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  const ssize_t sent = ::sendto(fd_, datagram.data(), datagram.size(), 0,
                                reinterpret_cast<const sockaddr*>(&to), sizeof(to));
  return sent == static_cast<ssize_t>(datagram.size());
}

}  // namespace vc::tests::integration
