#pragma once
// The call's GStreamer pipeline around one webrtcbin: what the room sends (camera, microphone,
// content), what it plays (speakers, projector output), and the WebRTC offer/answer/ICE of the
// one connection to the MCU. GStreamer runs it on its own threads; the Listener is called on
// those threads and must only hand the news over to its owner's thread. Methods are called from
// the owner's thread; webrtcbin queues them onto its own.
#include <atomic>
#include <stdexcept>
#include <string>
#include <vector>

#include "appliance/media/CallMediaConfig.hpp"
#include "appliance/media/GstHandles.hpp"
#include "appliance/media/MediaPacketCounters.hpp"
#include "appliance/media/NextFrameProbe.hpp"
#include "appliance/media/PipelineDescription.hpp"
#include "appliance/media/RembReceiver.hpp"

namespace vc::appliance::media {

class MediaPipelineError : public std::runtime_error {
  using std::runtime_error::runtime_error;
};

class MediaPipeline {
 public:
  enum class ConnectionState { kConnecting, kConnected, kFailed, kClosed };

  class Listener {
   public:
    virtual ~Listener() = default;
    // The local offer; `mids` by m-line index, for trickled candidates.
    virtual void OnMediaPipelineOffer(const std::string& sdp, std::vector<std::string> mids) = 0;
    // "candidate:..." (without "a="); an empty candidate is never reported.
    virtual void OnMediaPipelineCandidate(unsigned mline_index, const std::string& candidate) = 0;
    virtual void OnMediaPipelineConnectionState(ConnectionState state) = 0;
    virtual void OnMediaPipelineError(const std::string& error) = 0;  // fatal for the call
    // The MCU's REMB: the most it wants this room to send, in bit/s.
    virtual void OnMediaPipelineRemb(uint64_t bitrate_bps) = 0;
  };

  // Builds the pipeline (not yet playing). Throws MediaPipelineError with the reason.
  MediaPipeline(const CallMediaConfig& config,
                const devices::media::ResolvedMediaDevices& devices, bool display,
                MediaPacketCounters& counters, Listener& listener);
  ~MediaPipeline();  // to NULL: GStreamer joins its streaming threads before this returns
  MediaPipeline(const MediaPipeline&) = delete;
  MediaPipeline& operator=(const MediaPipeline&) = delete;

  void Start();  // PLAYING; webrtcbin then asks for negotiation and the offer follows
  void SetRemoteAnswer(const std::string& sdp);
  void AddRemoteCandidate(unsigned mline_index, const std::string& candidate);

  void SetMicrophoneMute(bool muted);
  void SetCameraEnabled(bool enabled);
  bool SetContentSharing(bool sharing);  // false when this layout has no content path
  void SetVideoBitrate(int kbps);
  int VideoBitrateKbps() const;  // what the camera's encoder is set to (0 without one)
  const PipelineLayout& Layout() const { return layout_; }
  // The camera's next frame as the call scales it (whether or not the camera is being sent), on
  // a streaming thread, once; false when this call has no camera branch (NextFrameProbe).
  bool GrabCameraFrame(FrameCallback frame);

 private:
  static void OnNegotiationNeeded(GstElement* webrtc, gpointer self);
  static void OnOfferCreated(GstPromise* promise, gpointer self);
  static void OnAnswerSet(GstPromise* promise, gpointer self);
  static void OnIceCandidate(GstElement* webrtc, guint mline, gchar* candidate, gpointer self);
  static void OnConnectionStateChanged(GstElement* webrtc, GParamSpec*, gpointer self);
  static void OnPadAdded(GstElement* webrtc, GstPad* pad, gpointer self);
  static GstBusSyncReply OnBusMessage(GstBus* bus, GstMessage* message, gpointer self);
  void AddReceiveOnlyTransceiver(const char* caps);
  void PlugReceived(GstPad* pad);
  void CountOutgoing(const char* payloader, std::atomic<uint64_t>* counter);
  void SelectCameraInput();
  void ReportError(const std::string& error);

  // Passed by argument.
  MediaPacketCounters& counters_;
  Listener& listener_;
  // Allocated by this.
  PipelineLayout layout_;
  bool display_ = false;
  GstElementPtr pipeline_;
  GstElementPtr webrtc_;
  std::atomic<bool> offer_made_{false};
  std::atomic<bool> error_reported_{false};
  RembReceiver remb_;  // after pipeline_: disconnects before the pipeline goes
  bool camera_enabled_ = true;
  bool sharing_ = false;
};

}  // namespace vc::appliance::media
