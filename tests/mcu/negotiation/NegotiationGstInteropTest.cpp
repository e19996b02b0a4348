// Interop: GStreamer 1.22 webrtcbin (an independent WebRTC implementation) makes a live offer,
// we answer it, and webrtcbin must accept the answer with set-remote-description.
#include <gst/gst.h>
#include <gst/sdp/sdp.h>
#define GST_USE_UNSTABLE_API
#include <gst/webrtc/webrtc.h>
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "mcu/negotiation/Negotiation.hpp"
#include "tests/mcu/negotiation/NegotiationTestSupport.hpp"

// GLib allocates once at load time (dl-init); LSan's fast unwinder cannot see past g_malloc, so
// name the libraries here too: tests/lsan.supp does not reach discovered gtests (see report).
extern "C" const char* __lsan_default_suppressions() {
  return "leak:libglib-2.0.so\nleak:libgobject-2.0.so\nleak:libgstreamer-1.0.so\n";
}

namespace vc::mcu::negotiation {
namespace {

struct ElementUnref {
  void operator()(GstElement* e) const {
    gst_element_set_state(e, GST_STATE_NULL);  // before the last unref, also on a failed ASSERT
    gst_object_unref(e);
  }
};
using ElementPtr = std::unique_ptr<GstElement, ElementUnref>;

// Runs a webrtcbin action signal that takes a promise and waits for its reply.
const GstStructure* EmitAndWait(GstElement* webrtc, const char* signal, gpointer arg,
                                GstPromise** promise) {
  *promise = gst_promise_new();
  g_signal_emit_by_name(webrtc, signal, arg, *promise);
  EXPECT_EQ(gst_promise_wait(*promise), GST_PROMISE_RESULT_REPLIED) << signal;
  return gst_promise_get_reply(*promise);
}

void AddTransceiver(GstElement* webrtc, const char* caps_text) {
  GstCaps* caps = gst_caps_from_string(caps_text);
  GstWebRTCRTPTransceiver* transceiver = nullptr;
  g_signal_emit_by_name(webrtc, "add-transceiver", GST_WEBRTC_RTP_TRANSCEIVER_DIRECTION_SENDRECV,
                        caps, &transceiver);
  ASSERT_NE(transceiver, nullptr);
  gst_object_unref(transceiver);
  gst_caps_unref(caps);
}

constexpr const char* kAudioCaps =
    "application/"
    "x-rtp,media=audio,encoding-name=OPUS,payload=96,clock-rate=48000,encoding-params=(string)2";

// webrtcbin offers one transceiver per caps; we answer; webrtcbin must take the answer and be
// stable. `accepted` is how many sections we should accept.
void ExpectWebrtcbinAcceptsAnswer(const std::vector<const char*>& transceivers, size_t accepted,
                                  Negotiation* result) {
  gst_init(nullptr, nullptr);
  ElementPtr webrtc(gst_element_factory_make("webrtcbin", nullptr));
  if (!webrtc) GTEST_SKIP() << "webrtcbin not installed";
  gst_object_ref_sink(webrtc.get());
  g_object_set(webrtc.get(), "bundle-policy", GST_WEBRTC_BUNDLE_POLICY_MAX_BUNDLE, nullptr);
  ASSERT_NE(gst_element_set_state(webrtc.get(), GST_STATE_READY), GST_STATE_CHANGE_FAILURE);
  for (const char* caps : transceivers) AddTransceiver(webrtc.get(), caps);

  GstPromise* promise = nullptr;
  const GstStructure* reply = EmitAndWait(webrtc.get(), "create-offer", nullptr, &promise);
  GstWebRTCSessionDescription* offer = nullptr;
  ASSERT_TRUE(
      reply != nullptr &&
      gst_structure_get(reply, "offer", GST_TYPE_WEBRTC_SESSION_DESCRIPTION, &offer, nullptr));
  gst_promise_unref(promise);
  gchar* offer_text = gst_sdp_message_as_text(offer->sdp);
  std::string offer_sdp(offer_text);
  g_free(offer_text);
  EmitAndWait(webrtc.get(), "set-local-description", offer, &promise);
  gst_promise_unref(promise);
  gst_webrtc_session_description_free(offer);

  Negotiation n;
  ASSERT_NO_THROW(n = Negotiate(offer_sdp, test::TestLocal())) << offer_sdp;
  ASSERT_EQ(n.media.size(), accepted) << offer_sdp;

  GstSDPMessage* sdp = nullptr;
  gst_sdp_message_new(&sdp);
  ASSERT_EQ(gst_sdp_message_parse_buffer(reinterpret_cast<const guint8*>(n.answer_sdp.data()),
                                         static_cast<guint>(n.answer_sdp.size()), sdp),
            GST_SDP_OK);
  GstWebRTCSessionDescription* answer =
      gst_webrtc_session_description_new(GST_WEBRTC_SDP_TYPE_ANSWER, sdp);
  reply = EmitAndWait(webrtc.get(), "set-remote-description", answer, &promise);
  GError* error = nullptr;
  if (reply != nullptr && gst_structure_has_field(reply, "error")) {
    gst_structure_get(reply, "error", G_TYPE_ERROR, &error, nullptr);
  }
  EXPECT_EQ(error, nullptr) << (error ? error->message : "") << "\n" << n.answer_sdp;
  if (error) g_error_free(error);
  gst_promise_unref(promise);
  gst_webrtc_session_description_free(answer);

  GstWebRTCSignalingState state;
  g_object_get(webrtc.get(), "signaling-state", &state, nullptr);
  EXPECT_EQ(state, GST_WEBRTC_SIGNALING_STATE_STABLE);
  *result = std::move(n);
}

TEST(NegotiationGstInteropTest, WebrtcbinAcceptsOurAnswer) {
  Negotiation n;
  ExpectWebrtcbinAcceptsAnswer(
      {kAudioCaps, "application/x-rtp,media=video,encoding-name=VP8,payload=97,clock-rate=90000"},
      2, &n);
}

// The room's content share: a second video, accepted as content; a third video is rejected
// (port 0) and webrtcbin still takes the answer (the session-level fingerprint covers it).
TEST(NegotiationGstInteropTest, WebrtcbinAcceptsContentAndRejectedVideo) {
  Negotiation n;
  ExpectWebrtcbinAcceptsAnswer(
      {kAudioCaps, "application/x-rtp,media=video,encoding-name=VP8,payload=97,clock-rate=90000",
       "application/x-rtp,media=video,encoding-name=VP8,payload=98,clock-rate=90000",
       "application/x-rtp,media=video,encoding-name=VP8,payload=99,clock-rate=90000"},
      3, &n);
  if (n.media.size() == 3) {
    EXPECT_TRUE(n.media[2].content);
    EXPECT_EQ(n.media[2].payload_type, 98);
  }
}

}  // namespace
}  // namespace vc::mcu::negotiation
