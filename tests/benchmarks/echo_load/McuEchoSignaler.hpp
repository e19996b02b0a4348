#pragma once
// vc-mcu's WebSocket signaling (docs/signaling.md) into one `echo*` room, through the integration
// tests' SignalingClient and PeerSession.

#include <cstdint>

#include "tests/benchmarks/echo_load/EchoSignaler.hpp"

namespace vc::tests::benchmarks {

class McuEchoSignaler : public EchoSignaler {
 public:
  McuEchoSignaler(uint16_t port, std::string room) : port_(port), room_(std::move(room)) {}

  std::string Name() const override { return "vc-mcu"; }
  std::string Run(integration::WebrtcbinPeer& peer, int index, const std::atomic<bool>& stop,
                  std::chrono::steady_clock::time_point deadline) override;

 private:
  uint16_t port_;
  std::string room_;
};

}  // namespace vc::tests::benchmarks
