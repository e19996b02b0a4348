#pragma once
// The room's call: signaling to vc-mcu (docs/signaling.md) on the daemon's io_context plus the
// GStreamer pipeline (MediaPipeline) around webrtcbin. Implements CallPort for the room state
// machine. GStreamer's threads only post onto the io_context; every Listener call happens there.
// All methods are called on the io_context's (single) thread.
#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

#include "appliance/media/CallMediaConfig.hpp"
#include "appliance/media/JpegThumbnail.hpp"
#include "appliance/media/MediaPacketCounters.hpp"
#include "appliance/media/MediaPipeline.hpp"
#include "appliance/media/SignalingChannel.hpp"
#include "appliance/state/RoomPorts.hpp"

namespace vc::appliance::media {

class CallMedia final : public CallPort,
                        private SignalingChannel::Listener,
                        private MediaPipeline::Listener {
 public:
  using LogSink = std::function<void(const std::string& line)>;
  // The camera encoder's target (kb/s) and the MCU's latest limit (REMB, kb/s; nullopt before
  // the first one in this call). Called on the io thread when either changes.
  using BitrateSink = std::function<void(int bitrate_kbps, std::optional<int> limit_kbps)>;

  // `io` is borrowed and must outlive this; `log` (optional) gets one line per notable event.
  CallMedia(boost::asio::io_context& io, CallMediaConfig config, LogSink log = {});
  ~CallMedia() override;  // leaves the call (no listener calls)
  CallMedia(const CallMedia&) = delete;
  CallMedia& operator=(const CallMedia&) = delete;

  // CallPort.
  void SetListener(CallPort::Listener* listener) override { listener_ = listener; }
  void Join(const CallTarget& target) override;
  void Leave() override;
  MediaCounters Counters() const override { return counters_.Snapshot(); }
  void SetMicrophoneMute(bool muted) override;
  void SetCameraEnabled(bool enabled) override;
  void SetContentSharing(bool sharing) override;
  bool SendSignaling(const std::string& json) override;

  // The most the camera's encoder may send (kb/s), kept across calls. In a call the encoder
  // follows the MCU's REMB within [config.video_min_bitrate_kbps, this].
  void SetVideoBitrate(int kbps);
  void SetBitrateSink(BitrateSink sink);  // called once at once with the current values
  int VideoBitrateKbps() const { return applied_bitrate_kbps_; }
  std::optional<int> VideoBitrateLimitKbps() const { return bitrate_limit_kbps_; }
  // Devices as resolved at the last Join (absent ones with their reason).
  const devices::media::ResolvedMediaDevices& Devices() const { return devices_; }
  bool InCall() const { return state_ == State::kConnected; }
  uint64_t ContentPacketsOut() const { return counters_.content_out.load(); }
  // A JPEG of the camera's next frame in this call (a preset's thumbnail), `done` on the io
  // thread; false when no call pipeline has the camera (the caller opens it itself then). Not
  // called at all when the call ends first.
  using JpegDone = std::function<void(std::optional<std::string> jpeg, const std::string& error)>;
  bool GrabCameraJpeg(ThumbnailSize size, JpegDone done);

 private:
  enum class State { kIdle, kConnecting, kJoining, kNegotiating, kConnected };

  // SignalingChannel::Listener (io thread).
  void OnSignalingChannelOpen() override;
  void OnSignalingChannelMessage(const std::string& text) override;
  void OnSignalingChannelClosed(const std::string& reason) override;
  // MediaPipeline::Listener (GStreamer threads: post only).
  void OnMediaPipelineOffer(const std::string& sdp, std::vector<std::string> mids) override;
  void OnMediaPipelineCandidate(unsigned mline_index, const std::string& candidate) override;
  void OnMediaPipelineConnectionState(MediaPipeline::ConnectionState state) override;
  void OnMediaPipelineError(const std::string& error) override;
  void OnMediaPipelineRemb(uint64_t bitrate_bps) override;

  // Runs `task` on the io thread if this call attempt is still the current one.
  void PostForThisCall(std::function<void()> task);
  void HandleMessage(const nlohmann::json& message, const std::string& text);
  void HandleError(const nlohmann::json& message, const std::string& text);
  void SendOffer();
  void SendCandidate(unsigned mline_index, const std::string& candidate);
  void OnConnected();
  void Lose(const std::string& reason);  // tears down, then tells the listener (posted)
  void TearDown();
  void Log(const std::string& line) const;
  void ApplyBitrate();  // min(limit, max) within the floor, onto the encoder
  bool DisplayAvailable() const;

  // Passed by argument.
  boost::asio::io_context& io_;
  CallMediaConfig config_;
  LogSink log_;
  CallPort::Listener* listener_ = nullptr;
  // Allocated by this.
  std::shared_ptr<int> alive_ = std::make_shared<int>(0);  // posted tasks hold a weak_ptr
  // Bumped by Join, Leave and Lose after the old pipeline is gone; read by GStreamer threads.
  std::atomic<uint64_t> generation_{0};
  State state_ = State::kIdle;
  CallTarget target_;
  devices::media::ResolvedMediaDevices devices_;
  MediaPacketCounters counters_;
  std::shared_ptr<SignalingChannel> signaling_;
  std::unique_ptr<MediaPipeline> pipeline_;
  boost::asio::steady_timer connect_timer_;
  std::string offer_sdp_;
  std::vector<std::string> mids_;
  std::vector<std::pair<unsigned, std::string>> pending_candidates_;  // until the offer is sent
  bool offer_sent_ = false;
  bool microphone_muted_ = false;
  bool camera_enabled_ = true;
  bool sharing_ = false;
  BitrateSink bitrate_sink_;
  std::optional<int> bitrate_limit_kbps_;  // the MCU's REMB in this call
  int applied_bitrate_kbps_ = 0;           // what the encoder was last set to
  int logged_bitrate_kbps_ = 0;
};

}  // namespace vc::appliance::media
