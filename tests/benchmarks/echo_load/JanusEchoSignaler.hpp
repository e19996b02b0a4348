#pragma once
// Janus's EchoTest over its REST API: create a session, attach janus.plugin.echotest, send
// {"audio":true,"video":true} with the peer's offer, trickle the peer's candidates, long-poll for
// the event that carries the answer, then keep the session alive until told to stop.

#include <cstdint>

#include "tests/benchmarks/echo_load/EchoSignaler.hpp"

namespace vc::tests::benchmarks {

class JanusEchoSignaler : public EchoSignaler {
 public:
  explicit JanusEchoSignaler(uint16_t http_port) : http_port_(http_port) {}

  std::string Name() const override { return "Janus EchoTest"; }
  std::string Run(integration::WebrtcbinPeer& peer, int index, const std::atomic<bool>& stop,
                  std::chrono::steady_clock::time_point deadline) override;

 private:
  uint16_t http_port_;
};

}  // namespace vc::tests::benchmarks
