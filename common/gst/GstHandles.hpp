#pragma once
// Thin RAII owners for GStreamer and GLib references, so every early return releases what it
// took. Header-only: only targets that link GStreamer include it (the room's call media and the
// tests' webrtcbin peers).
#include <gst/gst.h>
#include <gst/sdp/sdp.h>
#include <gst/webrtc/webrtc.h>

#include <memory>

namespace vc::common::gst {

struct GstObjectUnref {
  void operator()(gpointer object) const {
    if (object != nullptr) gst_object_unref(object);
  }
};
struct GstCapsUnref {
  void operator()(GstCaps* caps) const {
    if (caps != nullptr) gst_caps_unref(caps);
  }
};
struct GstSampleUnref {
  void operator()(GstSample* sample) const {
    if (sample != nullptr) gst_sample_unref(sample);
  }
};
struct GstPromiseUnref {
  void operator()(GstPromise* promise) const {
    if (promise != nullptr) gst_promise_unref(promise);
  }
};
struct GstSdpFree {
  void operator()(GstSDPMessage* sdp) const {
    if (sdp != nullptr) gst_sdp_message_free(sdp);
  }
};
struct GstDescriptionFree {
  void operator()(GstWebRTCSessionDescription* description) const {
    if (description != nullptr) gst_webrtc_session_description_free(description);
  }
};
struct GFree {
  void operator()(gpointer memory) const { g_free(memory); }
};
struct GErrorFree {
  void operator()(GError* error) const {
    if (error != nullptr) g_error_free(error);
  }
};

using GstElementPtr = std::unique_ptr<GstElement, GstObjectUnref>;
using GstPadPtr = std::unique_ptr<GstPad, GstObjectUnref>;
using GstBusPtr = std::unique_ptr<GstBus, GstObjectUnref>;
using GstCapsPtr = std::unique_ptr<GstCaps, GstCapsUnref>;
using GstSamplePtr = std::unique_ptr<GstSample, GstSampleUnref>;
using GstPromisePtr = std::unique_ptr<GstPromise, GstPromiseUnref>;
using GstSdpPtr = std::unique_ptr<GstSDPMessage, GstSdpFree>;
using GstDescriptionPtr = std::unique_ptr<GstWebRTCSessionDescription, GstDescriptionFree>;
using GCharPtr = std::unique_ptr<gchar, GFree>;
using GErrorPtr = std::unique_ptr<GError, GErrorFree>;

}  // namespace vc::common::gst
