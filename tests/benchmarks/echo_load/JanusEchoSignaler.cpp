#include "tests/benchmarks/echo_load/JanusEchoSignaler.hpp"

#include <stdexcept>
#include <vector>

#include "tests/benchmarks/echo_load/JanusHttpClient.hpp"

namespace vc::tests::benchmarks {
namespace {

using namespace std::chrono_literals;
using Outgoing = integration::WebrtcbinPeer::Outgoing;

constexpr auto kRequestTimeout = 3000ms;
constexpr auto kKeepAliveEvery = 15s;  // Janus drops sessions silent for 60 s

std::chrono::milliseconds Until(std::chrono::steady_clock::time_point deadline) {
  const auto left = deadline - std::chrono::steady_clock::now();
  return std::max(0ms, std::chrono::duration_cast<std::chrono::milliseconds>(left));
}

}  // namespace

std::string JanusEchoSignaler::Run(integration::WebrtcbinPeer& peer, int /*index*/,
                                   const std::atomic<bool>& stop,
                                   std::chrono::steady_clock::time_point deadline) {
  JanusHttpClient janus(http_port_);
  std::string error;
  try {
    janus.CreateSession(kRequestTimeout);
    janus.Attach("janus.plugin.echotest", kRequestTimeout);

    // The offer comes first; a candidate that races ahead of it waits here.
    std::vector<Outgoing> early_candidates;
    std::optional<Outgoing> offer;
    while (!offer && Until(deadline) > 0ms) {
      auto next = peer.WaitOutgoing(std::min(200ms, Until(deadline)));
      if (!next) continue;
      if (next->kind == Outgoing::Kind::kOffer) {
        offer = std::move(next);
      } else {
        early_candidates.push_back(std::move(*next));
      }
    }
    if (!offer) throw std::runtime_error("the peer produced no offer");
    if (!janus.Message({{"audio", true}, {"video", true}},
                       {{"type", "offer"}, {"sdp", offer->text}}, kRequestTimeout)) {
      throw std::runtime_error("message with offer not acknowledged: " + janus.LastError());
    }
    for (const auto& candidate : early_candidates) {
      janus.Trickle(candidate.text, candidate.mid, candidate.mline_index, kRequestTimeout);
    }
    // The answer arrives as an asynchronous event of the handle.
    bool answered = false;
    while (!answered && Until(deadline) > 0ms) {
      while (auto next = peer.WaitOutgoing(0ms)) {
        janus.Trickle(next->text, next->mid, next->mline_index, kRequestTimeout);
      }
      const auto event = janus.PollEvent(std::min(5000ms, Until(deadline)));
      if (!event || !event->contains("jsep")) continue;
      const auto& jsep = (*event)["jsep"];
      if (jsep.value("type", "") != "answer") continue;
      // Janus (half-trickle) trickles nothing: its candidates are in the answer, and webrtcbin
      // takes them from there.
      peer.SetRemoteDescription(Outgoing::Kind::kAnswer, jsep.value("sdp", ""));
      answered = true;
    }
    if (!answered) throw std::runtime_error("no answer from EchoTest: " + janus.LastError());

    auto last_keepalive = std::chrono::steady_clock::now();
    while (!stop.load() && Until(deadline) > 0ms) {
      if (auto next = peer.WaitOutgoing(std::min(50ms, Until(deadline)))) {
        janus.Trickle(next->text, next->mid, next->mline_index, kRequestTimeout);
      }
      if (std::chrono::steady_clock::now() - last_keepalive > kKeepAliveEvery) {
        janus.KeepAlive(kRequestTimeout);
        last_keepalive = std::chrono::steady_clock::now();
      }
    }
  } catch (const std::exception& failure) {
    error = std::string("Janus signaling failed: ") + failure.what();
  }
  janus.Destroy(1000ms);
  return error;
}

}  // namespace vc::tests::benchmarks
