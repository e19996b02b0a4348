#pragma once
// Thin RAII owners for the GStreamer and GLib references the call holds, so every early return
// releases what it took.
#include <gst/gst.h>
#include <gst/sdp/sdp.h>
#include <gst/webrtc/webrtc.h>

#include <memory>

namespace vc::appliance::media {

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
struct GstPromiseUnref {
  void operator()(GstPromise* promise) const {
    if (promise != nullptr) gst_promise_unref(promise);
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
using GstPromisePtr = std::unique_ptr<GstPromise, GstPromiseUnref>;
using GstDescriptionPtr = std::unique_ptr<GstWebRTCSessionDescription, GstDescriptionFree>;
using GCharPtr = std::unique_ptr<gchar, GFree>;
using GErrorPtr = std::unique_ptr<GError, GErrorFree>;

}  // namespace vc::appliance::media
