#include "tests/video/RecordedFile.hpp"

#include <gst/app/gstappsink.h>
#include <gst/gst.h>

#include <mutex>

#include "tests/integration/GstPtr.hpp"

namespace vc::tests::video {
namespace {

using namespace std::chrono_literals;
using integration::GstElementPtr;
using integration::GstSamplePtr;

std::chrono::milliseconds Millis(GstClockTime time) {
  return std::chrono::milliseconds(static_cast<int64_t>(time / GST_MSECOND));
}

// A copy of an I420 frame (the caps fix the width to a multiple of 8: planes are unpadded).
integration::ReceivedPicture Picture(GstBuffer* buffer, int width, int height) {
  integration::ReceivedPicture picture;
  picture.width = width;
  picture.height = height;
  GstMapInfo map;
  if (!gst_buffer_map(buffer, &map, GST_MAP_READ)) return picture;
  const size_t y = static_cast<size_t>(width) * static_cast<size_t>(height);
  const size_t c = y / 4;
  if (map.size >= y + 2 * c) {
    picture.y.assign(map.data, map.data + y);
    picture.u.assign(map.data + y, map.data + y + c);
    picture.v.assign(map.data + y + c, map.data + y + 2 * c);
  }
  gst_buffer_unmap(buffer, &map);
  return picture;
}

}  // namespace

RecordedFile DecodeRecording(const std::filesystem::path& path, std::chrono::milliseconds timeout) {
  static std::once_flag once;
  std::call_once(once, [] { gst_init(nullptr, nullptr); });
  RecordedFile out;
  const std::string description =
      "filesrc location=\"" + path.string() +
      "\" ! matroskademux name=demux "
      "demux.video_0 ! queue ! vp8dec ! videoconvert ! video/x-raw,format=I420 ! "
      "appsink name=video sync=false "
      "demux.audio_0 ! queue ! opusdec ! audioconvert ! audioresample ! "
      "audio/x-raw,format=S16LE,channels=1,rate=48000 ! appsink name=audio sync=false";
  GError* error = nullptr;
  GstElementPtr pipeline(gst_parse_launch(description.c_str(), &error));
  if (error != nullptr) {
    out.error = error->message;
    g_error_free(error);
    return out;
  }
  GstElementPtr video(gst_bin_get_by_name(GST_BIN(pipeline.get()), "video"));
  GstElementPtr audio(gst_bin_get_by_name(GST_BIN(pipeline.get()), "audio"));
  gst_element_set_state(pipeline.get(), GST_STATE_PLAYING);
  bool video_done = false, audio_done = false;
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (!(video_done && audio_done) && std::chrono::steady_clock::now() < deadline) {
    if (!video_done) {
      GstSamplePtr sample(gst_app_sink_try_pull_sample(GST_APP_SINK(video.get()), 5 * GST_MSECOND));
      if (sample) {
        GstCaps* caps = gst_sample_get_caps(sample.get());
        const GstStructure* s = gst_caps_get_structure(caps, 0);
        gst_structure_get_int(s, "width", &out.width);
        gst_structure_get_int(s, "height", &out.height);
        GstBuffer* buffer = gst_sample_get_buffer(sample.get());
        out.video_times.push_back(Millis(GST_BUFFER_PTS(buffer)));
        if (out.video_frames % 10 == 0)
          out.pictures.push_back(Picture(buffer, out.width, out.height));
        ++out.video_frames;
      } else if (gst_app_sink_is_eos(GST_APP_SINK(video.get()))) {
        video_done = true;
      }
    }
    if (!audio_done) {
      GstSamplePtr sample(gst_app_sink_try_pull_sample(GST_APP_SINK(audio.get()), 5 * GST_MSECOND));
      if (sample) {
        GstBuffer* buffer = gst_sample_get_buffer(sample.get());
        if (out.audio_first.count() < 0) out.audio_first = Millis(GST_BUFFER_PTS(buffer));
        out.audio_last = Millis(GST_BUFFER_PTS(buffer));
        GstMapInfo map;
        if (gst_buffer_map(buffer, &map, GST_MAP_READ)) {
          const auto* samples = reinterpret_cast<const int16_t*>(map.data);
          out.audio.insert(out.audio.end(), samples, samples + map.size / 2);
          gst_buffer_unmap(buffer, &map);
        }
      } else if (gst_app_sink_is_eos(GST_APP_SINK(audio.get()))) {
        audio_done = true;
      }
    }
    // A demuxer or decoder error ends it early.
    GstBus* bus = gst_element_get_bus(pipeline.get());
    GstMessage* message = gst_bus_pop_filtered(bus, GST_MESSAGE_ERROR);
    gst_object_unref(bus);
    if (message != nullptr) {
      GError* failure = nullptr;
      gst_message_parse_error(message, &failure, nullptr);
      out.error = failure != nullptr ? failure->message : "GStreamer error";
      if (failure != nullptr) g_error_free(failure);
      gst_message_unref(message);
      break;
    }
  }
  gst_element_set_state(pipeline.get(), GST_STATE_NULL);
  out.ok = video_done && audio_done && out.error.empty();
  if (!out.ok && out.error.empty()) out.error = "decoding did not finish in time";
  return out;
}

}  // namespace vc::tests::video
