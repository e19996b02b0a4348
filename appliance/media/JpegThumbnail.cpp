#include "appliance/media/JpegThumbnail.hpp"

#include <gst/video/video.h>

#include "appliance/media/GstHandles.hpp"
#include "common/gst/GstHandles.hpp"

namespace vc::appliance::media {

std::optional<std::string> EncodeJpegThumbnail(GstSample* frame, ThumbnailSize size,
                                               std::string* error) {
  if (frame == nullptr || gst_sample_get_buffer(frame) == nullptr) {
    if (error) *error = "no camera picture";
    return std::nullopt;
  }
  GstCapsPtr caps(gst_caps_new_simple("image/jpeg", "width", G_TYPE_INT, size.width, "height",
                                      G_TYPE_INT, size.height, "pixel-aspect-ratio",
                                      GST_TYPE_FRACTION, 1, 1, nullptr));
  GError* raw_error = nullptr;
  common::gst::GstSamplePtr jpeg(
      gst_video_convert_sample(frame, caps.get(), 2 * GST_SECOND, &raw_error));
  GErrorPtr failure(raw_error);
  if (!jpeg) {
    if (error)
      *error = std::string("JPEG encoding failed: ") + (failure ? failure->message : "timeout");
    return std::nullopt;
  }
  GstBuffer* buffer = gst_sample_get_buffer(jpeg.get());
  GstMapInfo map;
  if (buffer == nullptr || !gst_buffer_map(buffer, &map, GST_MAP_READ)) {
    if (error) *error = "JPEG encoding gave no picture";
    return std::nullopt;
  }
  std::string bytes(reinterpret_cast<const char*>(map.data), map.size);
  gst_buffer_unmap(buffer, &map);
  return bytes;
}

}  // namespace vc::appliance::media
