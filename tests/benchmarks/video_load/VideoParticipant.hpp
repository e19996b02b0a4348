#pragma once
// One simulated site of vc-video-bench on the MCU's own WebRTC transport in client mode, with a
// video-only offer: a sender (sendonly, or sendrecv when it also receives) replays its
// SenderClip at 15 fps with fresh RTP timestamps and restarts at the keyframe on PLI/FIR; a
// receiver counts the composite's packets, bytes and frames; the probe receiver also assembles
// and decodes the composite (libvpx) and reads every tile's FrameCode back. Lives on the tool's
// GLib loop.
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "mcu/video/FrameAssembler.hpp"
#include "mcu/video/Vp8Decoder.hpp"
#include "mcu/video/Vp8Packetizer.hpp"
#include "mcu/webrtc/PeerConnection.hpp"
#include "tests/benchmarks/video_load/FrameCode.hpp"
#include "tests/benchmarks/video_load/SenderClip.hpp"
#include "tests/load/Signaler.hpp"

namespace vc::tests::video_load {

using Clock = std::chrono::steady_clock;

struct VideoCounters {
  uint64_t packets = 0, bytes = 0, frames = 0;  // received composite
  uint64_t decoded = 0, decode_errors = 0;       // probe only
  uint64_t keyframe_requests = 0;                // PLI/FIR the MCU sent us (senders)
  uint64_t frames_sent = 0;
};

class VideoParticipant : public mcu::webrtc::PeerConnection::Listener {
 public:
  struct Role {
    int index = 0;
    const SenderClip* clip = nullptr;  // sends when set
    bool receives = false;
    bool probe = false;                // decodes and reads codes (implies receives)
  };
  // The probe read `value` from a composite decoded at `when`.
  using CodeHandler = std::function<void(FrameCode::Value value, Clock::time_point when)>;
  // Tile rectangles (source picture areas) of a composite of that size, for the probe.
  using TileFunction = std::function<std::vector<mcu::video::Rect>(int width, int height)>;

  VideoParticipant(const mcu::webrtc::PeerConnectionConfig& config, Role role, CodeHandler on_code,
                   TileFunction tiles);
  ~VideoParticipant() override;

  void SetSignaler(std::unique_ptr<load::Signaler> signaler) { signaler_ = std::move(signaler); }
  load::Signaler* signaler() { return signaler_.get(); }
  mcu::webrtc::PeerConnection& pc() { return *pc_; }

  // Sends the next frame of the clip (the keyframe after a PLI); the clip index sent, or nullopt
  // when not connected.
  std::optional<int> SendNextFrame(uint32_t rtp_timestamp);
  // Probe: a PLI to the MCU when the assembler wants a keyframe.
  void Poll(Clock::time_point now);

  bool connected() const { return connected_at_.has_value(); }
  bool failed() const { return !failure_.empty() || (signaler_ && !signaler_->Error().empty()); }
  std::string failure() const;
  std::optional<Clock::time_point> connected_at() const { return connected_at_; }
  Clock::time_point started_at() const { return started_at_; }
  void MarkStarted() { started_at_ = Clock::now(); }
  const VideoCounters& counters() const { return counters_; }
  const Role& role() const { return role_; }

 private:
  // PeerConnection::Listener
  void OnPeerConnectionLocalCandidate(mcu::webrtc::PeerConnection*, const std::string& candidate) override;
  void OnPeerConnectionConnected(mcu::webrtc::PeerConnection*) override;
  void OnPeerConnectionFailed(mcu::webrtc::PeerConnection*, const std::string& reason) override;
  void OnPeerConnectionRtp(mcu::webrtc::PeerConnection*, uint8_t* data, size_t len) override;
  void OnPeerConnectionRtcp(mcu::webrtc::PeerConnection*, uint8_t* data, size_t len) override;
  void Decode(const mcu::video::EncodedFrame& frame);
  void SendPli();

  // Passed by argument.
  const Role role_;
  CodeHandler on_code_;
  TileFunction tiles_;
  // Allocated by this.
  std::unique_ptr<mcu::webrtc::PeerConnection> pc_;
  std::unique_ptr<load::Signaler> signaler_;
  std::optional<Clock::time_point> connected_at_;
  Clock::time_point started_at_ = Clock::now();
  std::string failure_;
  VideoCounters counters_;
  // Sending.
  mcu::video::Vp8Packetizer packetizer_;
  int next_index_ = 0;
  uint16_t sequence_ = 0;
  std::vector<uint8_t> packet_;
  // Receiving.
  std::optional<uint32_t> last_timestamp_, remote_ssrc_;
  std::unique_ptr<mcu::video::FrameAssembler> assembler_;
  std::unique_ptr<mcu::video::Vp8Decoder> decoder_;
};

}  // namespace vc::tests::video_load
