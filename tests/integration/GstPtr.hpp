#pragma once
// The test peers' GStreamer/GLib owners: the shared ones from common/gst.
#include "common/gst/GstHandles.hpp"

namespace vc::tests::integration {
using common::gst::GCharPtr;
using common::gst::GstBusPtr;
using common::gst::GstCapsPtr;
using common::gst::GstDescriptionPtr;
using common::gst::GstElementPtr;
using common::gst::GstPadPtr;
using common::gst::GstPromisePtr;
using common::gst::GstSamplePtr;
using common::gst::GstSdpPtr;
}  // namespace vc::tests::integration
