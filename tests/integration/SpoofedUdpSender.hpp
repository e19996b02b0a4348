#pragma once
// Sends UDP datagrams on loopback with a chosen source port, through a raw socket (needs
// CAP_NET_RAW). The MCU's ICE stack rightly ignores datagrams from addresses that are not a
// validated candidate pair, so junk meant for its SRTP/DTLS path has to come from the peer's own
// address and port, which a real on-path corruption would too.

#include <cstdint>
#include <span>
#include <string>

namespace vc::tests::integration {

class SpoofedUdpSender {
 public:
  SpoofedUdpSender();  // never throws; see Available()
  ~SpoofedUdpSender();
  SpoofedUdpSender(const SpoofedUdpSender&) = delete;
  SpoofedUdpSender& operator=(const SpoofedUdpSender&) = delete;

  bool Available() const { return fd_ >= 0; }
  const std::string& Error() const { return error_; }
  // 127.0.0.1:source_port -> 127.0.0.1:destination_port.
  bool Send(uint16_t source_port, uint16_t destination_port, std::span<const uint8_t> payload);

 private:
  int fd_ = -1;
  std::string error_;
};

}  // namespace vc::tests::integration
