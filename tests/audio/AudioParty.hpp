#pragma once
// Several webrtcbin peers in one MCU room for audio-conference tests: each has its own signaling
// client and session; PumpAll drives them all (round robin, bounded) so every peer's offer,
// answer and candidates flow while a test waits for something.
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "tests/integration/PeerSession.hpp"
#include "tests/integration/SignalingClient.hpp"
#include "tests/integration/WebrtcbinPeer.hpp"

namespace vc::tests::audio {

class AudioParty {
 public:
  struct Member {
    std::unique_ptr<integration::SignalingClient> client;
    std::unique_ptr<integration::WebrtcbinPeer> peer;
    std::unique_ptr<integration::PeerSession> session;
    std::string id;  // the MCU's participant id ("p3")
    int tone_hz = 0;
  };

  AudioParty(uint16_t port, std::string room) : port_(port), room_(std::move(room)) {}

  // Starts a peer and joins it; returns its index. Throws std::runtime_error when the join fails.
  size_t Join(integration::WebrtcbinPeer::Options options, const std::string& name,
              const std::string& role = "");
  // Sends leave and drops the member's peer (its slot stays, empty).
  void Leave(size_t index);

  Member& operator[](size_t index) { return members_.at(index); }
  size_t size() const { return members_.size(); }

  // Pumps every member's signaling until done() or timeout; returns done().
  bool PumpAll(const std::function<bool()>& done, std::chrono::milliseconds timeout);
  void PumpFor(std::chrono::milliseconds duration) {
    PumpAll([] { return false; }, duration);
  }
  std::string Describe() const;

 private:
  uint16_t port_;
  std::string room_;
  std::vector<Member> members_;
};

// Power of each frequency in the last `seconds` a member received (Goertzel, Hann window).
double TonePower(const integration::WebrtcbinPeer& peer, double hz, double seconds = 0.5);

}  // namespace vc::tests::audio
