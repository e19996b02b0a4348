#pragma once
// A camera picture made small for a preset's thumbnail: a raw video frame (GstSample) scaled to
// width x height and encoded by GStreamer's jpegenc (gst_video_convert_sample). Blocking for a
// few milliseconds; call it where that does not hold up anyone (a streaming thread once).
#include <gst/gst.h>

#include <optional>
#include <string>

namespace vc::appliance::media {

struct ThumbnailSize {
  int width = 192;
  int height = 108;
};

// The JPEG bytes, or nullopt with `error` set to a sentence.
std::optional<std::string> EncodeJpegThumbnail(GstSample* frame, ThumbnailSize size,
                                               std::string* error);

}  // namespace vc::appliance::media
