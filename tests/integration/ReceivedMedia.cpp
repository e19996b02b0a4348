#include "tests/integration/ReceivedMedia.hpp"

#include "tests/integration/GstPtr.hpp"

#include <gst/video/video.h>
#include "tests/integration/ToneAnalyzer.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>

namespace vc::tests::integration {
namespace {

constexpr size_t kKeptSamples = 2 * ReceivedMedia::kSampleRate;  // two seconds
constexpr const char* kAudioChain =
    "queue ! audioconvert ! audioresample ! "
    "audio/x-raw,format=S16LE,channels=1,rate=48000 ! appsink name=sink sync=false";
constexpr const char* kVideoChain =
    "queue ! videoconvert ! video/x-raw,format=I420 ! appsink name=sink sync=false";

}  // namespace

ReceivedMedia::ReceivedMedia(GstElement* pipeline) : pipeline_(pipeline) {}

void ReceivedMedia::OnWebrtcPad(GstPad* pad) {
  if (GST_PAD_DIRECTION(pad) != GST_PAD_SRC) return;
  GstElement* decodebin = gst_element_factory_make("decodebin", nullptr);
  if (decodebin == nullptr) return;
  g_signal_connect(decodebin, "pad-added", G_CALLBACK(&ReceivedMedia::OnDecodedPad), this);
  gst_bin_add(GST_BIN(pipeline_), decodebin);  // the bin takes the floating reference
  gst_element_sync_state_with_parent(decodebin);
  GstPadPtr sink(gst_element_get_static_pad(decodebin, "sink"));
  gst_pad_link(pad, sink.get());
}

void ReceivedMedia::OnDecodedPad(GstElement*, GstPad* pad, gpointer self) {
  GstCapsPtr caps(gst_pad_get_current_caps(pad));
  if (!caps) caps.reset(gst_pad_query_caps(pad, nullptr));
  if (!caps || gst_caps_is_empty(caps.get())) return;
  const std::string name = gst_structure_get_name(gst_caps_get_structure(caps.get(), 0));
  if (name.rfind("audio/", 0) == 0) static_cast<ReceivedMedia*>(self)->PlugSink(pad, true);
  if (name.rfind("video/", 0) == 0) static_cast<ReceivedMedia*>(self)->PlugSink(pad, false);
}

void ReceivedMedia::PlugSink(GstPad* decoded_pad, bool audio) {
  GError* error = nullptr;
  GstElement* chain =
      gst_parse_bin_from_description(audio ? kAudioChain : kVideoChain, TRUE, &error);
  if (chain == nullptr) {
    g_clear_error(&error);
    return;
  }
  GstElementPtr sink(gst_bin_get_by_name(GST_BIN(chain), "sink"));
  GstAppSinkCallbacks callbacks{};
  callbacks.new_sample = audio ? &ReceivedMedia::OnAudioSample : &ReceivedMedia::OnVideoSample;
  gst_app_sink_set_callbacks(GST_APP_SINK(sink.get()), &callbacks, this, nullptr);
  gst_bin_add(GST_BIN(pipeline_), chain);
  gst_element_sync_state_with_parent(chain);
  GstPadPtr chain_sink(gst_element_get_static_pad(chain, "sink"));
  gst_pad_link(decoded_pad, chain_sink.get());
}

void ReceivedMedia::NoteFirstBuffer() {
  if (!first_buffer_) first_buffer_ = std::chrono::steady_clock::now();
}

GstFlowReturn ReceivedMedia::OnAudioSample(GstAppSink* sink, gpointer self_pointer) {
  auto* self = static_cast<ReceivedMedia*>(self_pointer);
  GstSamplePtr sample(gst_app_sink_pull_sample(sink));
  if (!sample) return GST_FLOW_EOS;
  GstBuffer* buffer = gst_sample_get_buffer(sample.get());
  GstMapInfo map;
  if (buffer == nullptr || !gst_buffer_map(buffer, &map, GST_MAP_READ)) return GST_FLOW_OK;
  const size_t count = map.size / sizeof(int16_t);
  {
    std::lock_guard lock(self->mutex_);
    self->NoteFirstBuffer();
    const size_t old_size = self->audio_.size();
    self->audio_.resize(old_size + count);
    std::memcpy(self->audio_.data() + old_size, map.data, count * sizeof(int16_t));
    if (self->audio_.size() > kKeptSamples) {
      self->audio_.erase(self->audio_.begin(),
                         self->audio_.end() - static_cast<std::ptrdiff_t>(kKeptSamples));
    }
    self->audio_samples_ += count;
  }
  gst_buffer_unmap(buffer, &map);
  return GST_FLOW_OK;
}

GstFlowReturn ReceivedMedia::OnVideoSample(GstAppSink* sink, gpointer self_pointer) {
  auto* self = static_cast<ReceivedMedia*>(self_pointer);
  GstSamplePtr sample(gst_app_sink_pull_sample(sink));
  if (!sample) return GST_FLOW_EOS;
  int width = 0;
  int height = 0;
  std::optional<VideoPicture> picture;
  if (GstCaps* caps = gst_sample_get_caps(sample.get())) {  // borrowed from the sample
    const GstStructure* structure = gst_caps_get_structure(caps, 0);
    gst_structure_get_int(structure, "width", &width);
    gst_structure_get_int(structure, "height", &height);
    GstVideoInfo info;
    GstVideoFrame frame;
    GstBuffer* buffer = gst_sample_get_buffer(sample.get());
    if (buffer != nullptr && gst_video_info_from_caps(&info, caps) &&
        gst_video_frame_map(&frame, &info, buffer, GST_MAP_READ)) {
      picture.emplace();
      picture->width = width;
      picture->height = height;
      picture->arrival = std::chrono::steady_clock::now();
      auto copy_plane = [&](int plane, int w, int h, std::vector<uint8_t>& out) {
        out.resize(static_cast<size_t>(w) * static_cast<size_t>(h));
        const auto* data = static_cast<const uint8_t*>(GST_VIDEO_FRAME_PLANE_DATA(&frame, plane));
        const int stride = GST_VIDEO_FRAME_PLANE_STRIDE(&frame, plane);
        for (int row = 0; row < h; ++row) {
          std::memcpy(out.data() + static_cast<size_t>(row) * static_cast<size_t>(w),
                      data + static_cast<ptrdiff_t>(row) * stride, static_cast<size_t>(w));
        }
      };
      copy_plane(0, width, height, picture->y);
      copy_plane(1, (width + 1) / 2, (height + 1) / 2, picture->u);
      copy_plane(2, (width + 1) / 2, (height + 1) / 2, picture->v);
      gst_video_frame_unmap(&frame);
    }
  }
  std::lock_guard lock(self->mutex_);
  self->NoteFirstBuffer();
  ++self->video_.frames;
  self->video_.width = width;
  self->video_.height = height;
  if (picture) self->picture_ = std::move(picture);
  return GST_FLOW_OK;
}

std::vector<int16_t> ReceivedMedia::RecentAudio(size_t count) const {
  std::lock_guard lock(mutex_);
  const size_t n = std::min(count, audio_.size());
  return {audio_.end() - static_cast<std::ptrdiff_t>(n), audio_.end()};
}

uint64_t ReceivedMedia::AudioSamples() const {
  std::lock_guard lock(mutex_);
  return audio_samples_;
}

std::optional<double> ReceivedMedia::RecentDominantFrequency() const {
  const size_t window = kSampleRate / 2;
  const auto audio = RecentAudio(window);
  if (audio.size() < window) return std::nullopt;
  return ToneAnalyzer::DominantFrequency(audio, kSampleRate);
}

bool ReceivedMedia::HearsTone(double hz, double tolerance_hz) const {
  const auto frequency = RecentDominantFrequency();
  return frequency && std::abs(*frequency - hz) <= tolerance_hz;
}

ReceivedMedia::VideoStats ReceivedMedia::Video() const {
  std::lock_guard lock(mutex_);
  return video_;
}

std::optional<ReceivedMedia::VideoPicture> ReceivedMedia::LastPicture() const {
  std::lock_guard lock(mutex_);
  return picture_;
}

std::array<int, 3> ReceivedPicture::MeanYuv(double fx, double fy, int radius) const {
  std::array<long, 3> sum{};
  long count = 0;
  const int cx = static_cast<int>(fx * width);
  const int cy = static_cast<int>(fy * height);
  for (int yy = std::max(0, cy - radius); yy < std::min(height, cy + radius); ++yy) {
    for (int xx = std::max(0, cx - radius); xx < std::min(width, cx + radius); ++xx) {
      const size_t chroma = static_cast<size_t>(yy / 2) * static_cast<size_t>((width + 1) / 2) +
                            static_cast<size_t>(xx / 2);
      sum[0] += y[static_cast<size_t>(yy) * static_cast<size_t>(width) + static_cast<size_t>(xx)];
      sum[1] += u[chroma];
      sum[2] += v[chroma];
      ++count;
    }
  }
  if (count == 0) return {0, 0, 0};
  return {static_cast<int>(sum[0] / count), static_cast<int>(sum[1] / count),
          static_cast<int>(sum[2] / count)};
}

std::optional<std::chrono::steady_clock::time_point> ReceivedMedia::FirstBufferTime() const {
  std::lock_guard lock(mutex_);
  return first_buffer_;
}

}  // namespace vc::tests::integration
