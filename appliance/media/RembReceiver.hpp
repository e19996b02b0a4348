#pragma once
// Hears the MCU's bandwidth feedback: REMB (draft-alvestrand-rmcat-remb) arriving in RTCP on
// webrtcbin's RTP session. webrtcbin 1.22 does not act on REMB itself, so this hooks the
// session's "on-feedback-rtcp" signal, parses the packet with common/rtcp and hands the bitrate
// to a callback. The callback runs on a GStreamer streaming thread: it must only post.
#include <gst/gst.h>

#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <span>

namespace vc::appliance::media {

class RembReceiver {
 public:
  using Callback = std::function<void(uint64_t bitrate_bps)>;

  explicit RembReceiver(Callback callback);
  ~RembReceiver();  // disconnects from the session
  RembReceiver(const RembReceiver&) = delete;
  RembReceiver& operator=(const RembReceiver&) = delete;

  // Attaches to webrtcbin's RTP session 0 (max-bundle: the only one). It exists once a
  // description is set; false before that. Any thread; attaching twice does nothing.
  bool Attach(GstElement* webrtc);

  // The bitrate of one feedback message as the session reports it (RTCP type and format, the
  // SSRCs and the FCI), when it is a REMB. Public for tests.
  static std::optional<uint64_t> ParseRemb(unsigned type, unsigned format, uint32_t sender_ssrc,
                                           uint32_t media_ssrc, std::span<const uint8_t> fci);

 private:
  static void OnFeedback(GObject* session, guint type, guint format, guint sender_ssrc,
                         guint media_ssrc, GstBuffer* fci, gpointer self);

  Callback callback_;
  std::mutex mutex_;  // Attach (webrtcbin's thread) against the destructor
  GObject* session_ = nullptr;
};

}  // namespace vc::appliance::media
