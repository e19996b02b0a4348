#pragma once
// A receiver of the MCU's composite for in-process tests: the MCU's own WebRTC transport in
// client mode (as the load tool uses it), offering audio plus a receive-only VP8 section with
// NACK/PLI/FIR/REMB feedback and RTX. It counts the VP8 frames and keyframes it receives (and
// the keyframes' size, which tells the tier), and sends the feedback a browser would: REMB
// with a chosen estimate, PLI. Media thread only, like the transport.
#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "mcu/room/VideoSendStream.hpp"
#include "mcu/video/FrameAssembler.hpp"
#include "mcu/video/Vp8Decoder.hpp"
#include "mcu/video/Vp8Encoder.hpp"
#include "mcu/video/Vp8Packetizer.hpp"
#include "mcu/webrtc/PeerConnection.hpp"

namespace vc::tests::video {

class VideoReceiverPeer : public mcu::webrtc::PeerConnection::Listener {
 public:
  using Clock = std::chrono::steady_clock;
  // Where this peer's local candidates go (the MCU side's AddRemoteCandidate; "" at the end).
  using CandidateSink = std::function<void(const std::string&)>;

  // controlling ICE; sends_video: offers sendrecv and can SendFrame (320x240 VP8 with RTX).
  explicit VideoReceiverPeer(const mcu::webrtc::PeerConnectionConfig& config, bool sends_video = false);
  ~VideoReceiverPeer() override;

  void SetCandidateSink(CandidateSink sink) { sink_ = std::move(sink); }
  mcu::webrtc::PeerConnection& pc() { return *pc_; }
  // StartOffer first. The offer: the transport's audio offer with a video section added.
  std::string CreateOffer();
  static std::string AddVideoSection(const std::string& audio_offer, bool sends_video);

  // RTCP to the MCU's video stream (its SSRC is learnt from the first video packet). False
  // before any video arrived or when not connected.
  bool SendRemb(uint64_t bitrate_bps);
  bool SendPli();
  bool SendNack(uint16_t sequence);

  // Encodes one frame of a solid colour (keyframe when the MCU asked for one) and sends it;
  // NACKs from the MCU are answered from the stream's history as RTX.
  bool SendFrame(uint8_t y, uint8_t u, uint8_t v);
  uint64_t frames_sent() const { return frames_sent_; }
  uint64_t nacks_received() const { return nacks_received_; }
  uint64_t packets_resent() const { return packets_resent_; }
  uint64_t keyframe_requests_received() const { return keyframe_requests_; }
  uint64_t rtx_packets() const { return rtx_packets_; }
  std::optional<uint16_t> last_video_sequence() const { return last_sequence_; }
  // The RTX packet's original sequence number (OSN), of the last one received.
  std::optional<uint16_t> last_rtx_osn() const { return last_rtx_osn_; }

  // Decodes the composite it receives; `on_picture` gets each decoded picture on arrival.
  using PictureHandler = std::function<void(const mcu::video::I420Frame& picture, Clock::time_point at)>;
  void DecodeComposite(PictureHandler on_picture);

  bool connected() const { return connected_; }
  bool failed() const { return !failure_.empty(); }
  const std::string& failure() const { return failure_; }
  uint64_t video_packets() const { return video_packets_; }
  uint64_t frames() const { return frames_; }
  uint64_t keyframes() const { return keyframes_; }
  int keyframe_width() const { return keyframe_width_; }
  int keyframe_height() const { return keyframe_height_; }
  std::optional<uint32_t> mcu_video_ssrc() const { return mcu_ssrc_; }

 private:
  void OnPeerConnectionLocalCandidate(mcu::webrtc::PeerConnection*, const std::string& candidate) override;
  void OnPeerConnectionConnected(mcu::webrtc::PeerConnection*) override { connected_ = true; }
  void OnPeerConnectionFailed(mcu::webrtc::PeerConnection*, const std::string& reason) override {
    failure_ = reason;
  }
  void OnPeerConnectionRtp(mcu::webrtc::PeerConnection*, uint8_t* data, size_t len) override;
  void OnPeerConnectionRtcp(mcu::webrtc::PeerConnection*, uint8_t* data, size_t len) override;

  std::unique_ptr<mcu::webrtc::PeerConnection> pc_;
  CandidateSink sink_;
  std::vector<std::string> early_candidates_;
  bool connected_ = false;
  std::string failure_;
  std::optional<uint32_t> mcu_ssrc_;
  uint64_t video_packets_ = 0, frames_ = 0, keyframes_ = 0;
  int keyframe_width_ = 0, keyframe_height_ = 0;
  uint32_t own_ssrc_ = 0x5EC0FFEE;
  const bool sends_video_;
  std::unique_ptr<mcu::video::Vp8Encoder> encoder_;
  std::unique_ptr<mcu::video::Vp8Packetizer> packetizer_;
  std::unique_ptr<mcu::room::VideoSendStream> stream_;
  bool keyframe_wanted_ = true;
  uint64_t frames_sent_ = 0, nacks_received_ = 0, packets_resent_ = 0, keyframe_requests_ = 0;
  uint64_t rtx_packets_ = 0;
  std::optional<uint16_t> last_sequence_, last_rtx_osn_;
  PictureHandler on_picture_;
  std::unique_ptr<mcu::video::FrameAssembler> assembler_;
  std::unique_ptr<mcu::video::Vp8Decoder> decoder_;
  Clock::time_point last_pli_{};
};

// The VP8 payload type and RTX payload type the added video section offers.
constexpr uint8_t kOfferedVp8 = 96;
constexpr uint8_t kOfferedRtx = 97;

}  // namespace vc::tests::video
