#pragma once
// The call's GStreamer/GLib owners: the shared ones from common/gst.
#include "common/gst/GstHandles.hpp"

namespace vc::appliance::media {
using common::gst::GCharPtr;
using common::gst::GErrorPtr;
using common::gst::GstBusPtr;
using common::gst::GstCapsPtr;
using common::gst::GstDescriptionPtr;
using common::gst::GstElementPtr;
using common::gst::GstPadPtr;
using common::gst::GstPromisePtr;
}  // namespace vc::appliance::media
