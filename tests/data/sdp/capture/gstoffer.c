#include <gst/gst.h>
#include <gst/webrtc/webrtc.h>
#include <stdio.h>
static int nack, content; static GMainLoop *loop; static GstElement *pipe1, *webrtc;
static void print_local(void) {
  GstWebRTCSessionDescription *desc = NULL;
  g_object_get(webrtc, "local-description", &desc, NULL);
  gchar *t = gst_sdp_message_as_text(desc->sdp);
  FILE *f = fopen(content ? "gstreamer-offer-content-gathered.sdp" : nack ? "gstreamer-offer-nack-gathered.sdp" : "gstreamer-offer-gathered.sdp", "w"); fputs(t, f); fclose(f);
  g_free(t); gst_webrtc_session_description_free(desc);
  g_main_loop_quit(loop);
}
static void on_gather(GstElement *w, GParamSpec *p, gpointer u) {
  GstWebRTCICEGatheringState s; g_object_get(w, "ice-gathering-state", &s, NULL);
  if (s == GST_WEBRTC_ICE_GATHERING_STATE_COMPLETE) print_local();
}
static void on_offer(GstPromise *promise, gpointer u) {
  const GstStructure *r = gst_promise_get_reply(promise);
  GstWebRTCSessionDescription *offer = NULL;
  gst_structure_get(r, "offer", GST_TYPE_WEBRTC_SESSION_DESCRIPTION, &offer, NULL);
  gchar *t = gst_sdp_message_as_text(offer->sdp);
  FILE *f = fopen(content ? "gstreamer-offer-content.sdp" : nack ? "gstreamer-offer-nack.sdp" : "gstreamer-offer.sdp", "w"); fputs(t, f); fclose(f);
  printf("%s", t); g_free(t);
  g_signal_emit_by_name(webrtc, "set-local-description", offer, NULL);
  gst_webrtc_session_description_free(offer); gst_promise_unref(promise);
}

static void on_nego(GstElement *w, gpointer u) {
  if (nack) { GstWebRTCRTPTransceiver *t = NULL; g_signal_emit_by_name(w, "get-transceiver", 1, &t); if (t) { g_object_set(t, "do-nack", TRUE, NULL); gst_object_unref(t);} }
  GstPromise *p = gst_promise_new_with_change_func(on_offer, NULL, NULL);
  g_signal_emit_by_name(w, "create-offer", NULL, p);
}
static gboolean timeout_cb(gpointer u) { print_local(); return FALSE; }
int main(int argc, char **argv) {
  gst_init(&argc, &argv); content = argc > 1 && g_str_equal(argv[1], "content"); nack = argc > 1 && !content;
  loop = g_main_loop_new(NULL, FALSE);
  /* "content": a second VP8 source (the room's content share), as vc-room links it. */
  gchar *desc = g_strconcat("webrtcbin name=w bundle-policy=max-bundle "
    "audiotestsrc is-live=true ! opusenc ! rtpopuspay ! application/x-rtp,media=audio,encoding-name=OPUS,payload=96 ! w. "
    "videotestsrc is-live=true ! vp8enc deadline=1 ! rtpvp8pay ! application/x-rtp,media=video,encoding-name=VP8,payload=97 ! w. ",
    content ? "videotestsrc is-live=true pattern=bar ! vp8enc deadline=1 ! rtpvp8pay ! application/x-rtp,media=video,encoding-name=VP8,payload=98 ! w. " : "",
    NULL);
  pipe1 = gst_parse_launch(desc, NULL); g_free(desc);
  webrtc = gst_bin_get_by_name(GST_BIN(pipe1), "w");
  g_signal_connect(webrtc, "on-negotiation-needed", G_CALLBACK(on_nego), NULL);
  g_signal_connect(webrtc, "notify::ice-gathering-state", G_CALLBACK(on_gather), NULL);
  gst_element_set_state(pipe1, GST_STATE_PLAYING);
  g_timeout_add(8000, timeout_cb, NULL);
  g_main_loop_run(loop);
  gst_element_set_state(pipe1, GST_STATE_NULL);
  return 0;
}
