#include "appliance/media/NextFrameProbe.hpp"

#include <atomic>
#include <memory>

namespace vc::appliance::media {
namespace {

struct Pending {
  FrameCallback frame;
  std::atomic<bool> taken{false};
};

GstPadProbeReturn OnBuffer(GstPad* pad, GstPadProbeInfo* info, gpointer data) {
  auto* pending = static_cast<Pending*>(data);
  GstBuffer* buffer = GST_PAD_PROBE_INFO_BUFFER(info);
  if (buffer == nullptr || pending->taken.exchange(true)) return GST_PAD_PROBE_REMOVE;
  GstCaps* caps = gst_pad_get_current_caps(pad);
  common::gst::GstSamplePtr sample(gst_sample_new(buffer, caps, nullptr, nullptr));
  if (caps != nullptr) gst_caps_unref(caps);
  pending->frame(std::move(sample));
  return GST_PAD_PROBE_REMOVE;
}

void FreePending(gpointer data) { delete static_cast<Pending*>(data); }

}  // namespace

void ProbeNextFrame(GstPad* pad, FrameCallback frame) {
  auto owned = std::make_unique<Pending>();
  owned->frame = std::move(frame);
  Pending* pending = owned.release();  // the probe owns it now: FreePending
  gst_pad_add_probe(pad, GST_PAD_PROBE_TYPE_BUFFER, OnBuffer, pending, FreePending);
}

}  // namespace vc::appliance::media
