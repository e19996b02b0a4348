#pragma once
// The receiving half of a test peer: decodes what webrtcbin hands out and keeps just enough to
// check it (recent mono 48 kHz PCM, decoded video frame count and size, time of first media).
// Appsink callbacks run on streaming threads, so every reader takes the mutex.

#include <gst/app/gstappsink.h>
#include <gst/gst.h>

#include <array>
#include <chrono>
#include <cstdint>
#include <mutex>
#include <optional>
#include <vector>

namespace vc::tests::integration {

// The last decoded picture, planes packed without padding (Y: width*height, U and V a quarter).
struct ReceivedPicture {
  int width = 0;
  int height = 0;
  std::vector<uint8_t> y, u, v;
  std::chrono::steady_clock::time_point arrival{};
  // The mean of each plane over a square of `radius` pixels around (fx, fy) in 0..1 units.
  std::array<int, 3> MeanYuv(double fx, double fy, int radius = 8) const;
};

class ReceivedMedia {
 public:
  static constexpr int kSampleRate = 48000;

  struct VideoStats {
    int frames = 0;
    int width = 0;
    int height = 0;
  };
  using VideoPicture = ReceivedPicture;

  explicit ReceivedMedia(GstElement* pipeline);  // borrowed; must outlive this
  // webrtcbin's pad-added: plugs decodebin and, behind it, an audio or video appsink.
  void OnWebrtcPad(GstPad* pad);

  // The last `count` samples received (fewer if fewer arrived).
  std::vector<int16_t> RecentAudio(size_t count) const;
  uint64_t AudioSamples() const;
  // Dominant frequency of the last half second, or nullopt before half a second has arrived.
  std::optional<double> RecentDominantFrequency() const;
  // True when the last half second's dominant frequency is within tolerance of `hz`.
  bool HearsTone(double hz, double tolerance_hz = 20.0) const;
  VideoStats Video() const;
  std::optional<VideoPicture> LastPicture() const;
  std::optional<std::chrono::steady_clock::time_point> FirstBufferTime() const;

 private:
  static void OnDecodedPad(GstElement* decodebin, GstPad* pad, gpointer self);
  static GstFlowReturn OnAudioSample(GstAppSink* sink, gpointer self);
  static GstFlowReturn OnVideoSample(GstAppSink* sink, gpointer self);
  void PlugSink(GstPad* decoded_pad, bool audio);
  void NoteFirstBuffer();

  // Passed by argument.
  GstElement* pipeline_;
  // Allocated by this.
  mutable std::mutex mutex_;
  std::vector<int16_t> audio_;  // bounded to kKeptSamples
  uint64_t audio_samples_ = 0;
  VideoStats video_;
  std::optional<VideoPicture> picture_;
  std::optional<std::chrono::steady_clock::time_point> first_buffer_;
};

}  // namespace vc::tests::integration
