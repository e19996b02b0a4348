#pragma once
// One simulated participant of vc-load: the MCU's own WebRTC transport in client mode, sending
// pre-encoded Opus with RFC 6464 levels every 20 ms and counting what it receives (packets and
// sequence gaps; decoded audio for probe receivers). Lives on the load tool's GLib loop.
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "mcu/webrtc/PeerConnection.hpp"
#include "tests/load/OpusClip.hpp"
#include "tests/load/ProbeDecoder.hpp"
#include "tests/load/Signaler.hpp"

namespace vc::tests::load {

using Clock = std::chrono::steady_clock;

struct ReceiveCounters {
  uint64_t packets = 0;
  uint64_t expected = 0;  // by sequence numbers, from the first packet on
  uint64_t frames = 0, concealed = 0, silent_frames = 0, silence_gaps = 0;  // probes only
};

class LoadParticipant : public mcu::webrtc::PeerConnection::Listener {
 public:
  struct Role {
    int index = 0;
    const OpusClip* clip = nullptr;  // what it sends (a speech clip or the silent one)
    bool probe = false;              // decodes what it receives
  };
  // Called on every marker onset a probe hears (arrival time of the frame).
  using MarkerHandler = std::function<void(Clock::time_point arrival)>;

  LoadParticipant(const mcu::webrtc::PeerConnectionConfig& config, Role role,
                  MarkerHandler on_marker);
  ~LoadParticipant() override;

  void SetSignaler(std::unique_ptr<Signaler> signaler) { signaler_ = std::move(signaler); }
  Signaler* signaler() { return signaler_.get(); }
  mcu::webrtc::PeerConnection& pc() { return *pc_; }

  // Sends frame `index` of its clip when connected (false otherwise).
  bool SendFrame(uint64_t index);

  bool connected() const { return connected_at_.has_value(); }
  bool failed() const { return !failure_.empty() || (signaler_ && !signaler_->Error().empty()); }
  std::string failure() const;
  std::optional<Clock::time_point> connected_at() const { return connected_at_; }
  Clock::time_point started_at() const { return started_at_; }
  void MarkStarted() { started_at_ = Clock::now(); }
  ReceiveCounters counters() const;
  const Role& role() const { return role_; }

 private:
  // PeerConnection::Listener
  void OnPeerConnectionLocalCandidate(mcu::webrtc::PeerConnection*, const std::string& candidate) override;
  void OnPeerConnectionConnected(mcu::webrtc::PeerConnection*) override;
  void OnPeerConnectionFailed(mcu::webrtc::PeerConnection*, const std::string& reason) override;
  void OnPeerConnectionRtp(mcu::webrtc::PeerConnection*, uint8_t* data, size_t len) override;
  void OnPeerConnectionRtcp(mcu::webrtc::PeerConnection*, uint8_t*, size_t) override {}

  // Passed by argument.
  const Role role_;
  MarkerHandler on_marker_;
  // Allocated by this.
  std::unique_ptr<mcu::webrtc::PeerConnection> pc_;
  std::unique_ptr<Signaler> signaler_;
  std::unique_ptr<ProbeDecoder> decoder_;
  std::optional<Clock::time_point> connected_at_;
  Clock::time_point started_at_ = Clock::now();
  std::string failure_;
  // Sending.
  uint16_t sequence_ = 0;
  uint32_t timestamp_base_ = 0;
  std::vector<uint8_t> packet_;
  // Receiving.
  uint64_t packets_ = 0;
  std::optional<uint64_t> first_extended_, highest_extended_;
};

}  // namespace vc::tests::load
