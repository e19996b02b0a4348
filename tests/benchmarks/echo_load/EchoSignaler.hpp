#pragma once
// How one benchmark peer reaches a server's echo service. Run() is called on the peer's own thread
// right after the peer's pipeline started: it signals until media can flow and then keeps the
// session alive until `stop` is set or `deadline` passes. It returns "" or what went wrong.

#include <atomic>
#include <chrono>
#include <string>

#include "tests/integration/WebrtcbinPeer.hpp"

namespace vc::tests::benchmarks {

class EchoSignaler {
 public:
  virtual ~EchoSignaler() = default;
  virtual std::string Name() const = 0;
  virtual std::string Run(integration::WebrtcbinPeer& peer, int index,
                          const std::atomic<bool>& stop,
                          std::chrono::steady_clock::time_point deadline) = 0;
};

}  // namespace vc::tests::benchmarks
