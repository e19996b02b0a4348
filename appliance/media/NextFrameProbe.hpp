#pragma once
// Takes the next buffer that passes a pad, once, as a GstSample with the pad's caps: the probe is
// added when someone asks and removes itself after one buffer, so a pipeline pays nothing per
// frame while nobody asks. `frame` runs on that pad's streaming thread; it is dropped uncalled
// when the pad's pipeline stops first.
#include <gst/gst.h>

#include <functional>

#include "common/gst/GstHandles.hpp"

namespace vc::appliance::media {

using FrameCallback = std::function<void(common::gst::GstSamplePtr frame)>;

void ProbeNextFrame(GstPad* pad, FrameCallback frame);

}  // namespace vc::appliance::media
