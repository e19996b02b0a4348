#include "tests/benchmarks/echo_load/McuEchoSignaler.hpp"

#include <stdexcept>

#include "tests/integration/PeerSession.hpp"
#include "tests/integration/SignalingClient.hpp"

namespace vc::tests::benchmarks {
namespace {

using namespace std::chrono_literals;

std::chrono::milliseconds Until(std::chrono::steady_clock::time_point deadline) {
  const auto left = deadline - std::chrono::steady_clock::now();
  return std::max(0ms, std::chrono::duration_cast<std::chrono::milliseconds>(left));
}

}  // namespace

std::string McuEchoSignaler::Run(integration::WebrtcbinPeer& peer, int index,
                                 const std::atomic<bool>& stop,
                                 std::chrono::steady_clock::time_point deadline) {
  try {
    integration::SignalingClient client(port_, std::min(5000ms, Until(deadline)));
    integration::PeerSession session(client, peer);
    if (!session.Join(room_, "bench-peer-" + std::to_string(index),
                      std::min(5000ms, Until(deadline)))) {
      return "no `joined` from vc-mcu: " + session.Describe();
    }
    // Keeps forwarding candidates both ways while the benchmark measures.
    session.PumpUntil([&] { return stop.load(); }, Until(deadline));
    std::string error;
    if (!session.Errors().empty()) error = "vc-mcu reported: " + session.Errors().front().dump();
    client.Close();
    return error;
  } catch (const std::exception& failure) {
    return std::string("vc-mcu signaling failed: ") + failure.what();
  }
}

}  // namespace vc::tests::benchmarks
