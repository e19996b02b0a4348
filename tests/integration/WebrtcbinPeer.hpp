#pragma once
// An independent WebRTC endpoint for tests: GStreamer's webrtcbin sending a sine tone (Opus, PT 111)
// and a moving ball (VP8 320x240@15, PT 96) over one BUNDLE transport, receiving into
// ReceivedMedia. Its ICE agent only uses 127.0.0.1. Signaling is the caller's job: what the peer
// wants sent comes out of WaitOutgoing(); what arrived goes in through SetRemoteDescription()
// and AddRemoteCandidate(). GStreamer calls back on its own threads; the queue is thread-safe.

#include "tests/integration/GstPtr.hpp"
#include "tests/integration/ReceivedMedia.hpp"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace vc::tests::integration {

class WebrtcbinPeer {
 public:
  enum class Role { kOfferer, kAnswerer };
  struct Options {
    int tone_hz = 660;
    Role role = Role::kOfferer;
    double volume = 0.3;       // of the sine, 0..1 (full scale)
    bool video = true;         // false: audio only (cheaper peers for many-party tests)
    bool audio_level = false;  // send RFC 6464 audio levels (level element + header extension)
    // The video source's element and properties, e.g. "videotestsrc is-live=true
    // pattern=solid-color foreground-color=0xffff0000" for a solid red picture.
    std::string video_source = "videotestsrc is-live=true pattern=ball";
    int video_width = 320, video_height = 240, video_fps = 15;
    bool video_nack = false;  // offer NACK + RTX for video and answer NACKs (transceiver do-nack)
    // A second video stream (VP8, PT 97, same size and rate): shared content, e.g. slides. Its
    // source element and properties like video_source; empty: no content stream.
    std::string content_source;
  };
  struct Outgoing {
    enum class Kind { kOffer, kAnswer, kCandidate };
    Kind kind = Kind::kOffer;
    std::string text;  // SDP, or the candidate attribute value ("candidate:...")
    unsigned mline_index = 0;
    std::string mid;
  };

  explicit WebrtcbinPeer(Options options);  // builds the pipeline; throws std::runtime_error
  ~WebrtcbinPeer();                         // stops the pipeline (bounded by GStreamer itself)
  WebrtcbinPeer(const WebrtcbinPeer&) = delete;
  WebrtcbinPeer& operator=(const WebrtcbinPeer&) = delete;

  void Start();  // PLAYING; an offerer then produces its offer and candidates
  std::optional<Outgoing> WaitOutgoing(std::chrono::milliseconds timeout);

  // An answer (offerer) or an offer (answerer, which then produces its answer). Errors are
  // reported through Errors().
  void SetRemoteDescription(Outgoing::Kind kind, const std::string& sdp);
  void AddRemoteCandidate(unsigned mline_index, const std::string& candidate);

  // Content stream on/off (a valve after its payloader); it starts on. No-op without one.
  void SetContentSending(bool sending);

  const ReceivedMedia& Media() const { return *media_; }
  int ToneHz() const { return options_.tone_hz; }
  // Error and warning messages from the pipeline and from webrtcbin's promises.
  std::vector<std::string> Errors() const;
  std::string ConnectionState() const;

 private:
  static void OnNegotiationNeeded(GstElement* webrtc, gpointer self);
  static void OnIceCandidate(GstElement* webrtc, guint mline, gchar* candidate, gpointer self);
  static void OnPadAdded(GstElement* webrtc, GstPad* pad, gpointer self);
  static void OnDescriptionCreated(GstPromise* promise, gpointer self);
  static void OnRemoteDescriptionSet(GstPromise* promise, gpointer self);
  static GstBusSyncReply OnBusMessage(GstBus* bus, GstMessage* message, gpointer self);
  void Push(Outgoing outgoing);
  void AddError(std::string error);
  void CreateDescription(bool offer);

  // Passed by argument.
  Options options_;
  // Allocated by this.
  GstElementPtr pipeline_;
  GstElementPtr webrtc_;
  std::unique_ptr<ReceivedMedia> media_;
  mutable std::mutex mutex_;
  std::condition_variable outgoing_ready_;
  std::deque<Outgoing> outgoing_;
  std::vector<std::string> mids_;  // of the local description, by m-line index
  std::vector<std::string> errors_;
};

}  // namespace vc::tests::integration
