#pragma once
// libvpx VP8 encoder in real-time mode (RAII): CBR at the tier's bitrate, high cpu-used,
// error-resilient, no lag, keyframes on demand (and a long periodic interval as a backstop).
#include <chrono>
#include <memory>
#include <optional>

#include "mcu/video/I420Frame.hpp"
#include "mcu/video/VideoTypes.hpp"

struct vpx_codec_ctx;
struct vpx_image;

namespace vc::mcu::video {

struct Vp8EncoderConfig {
  int width = 1280;
  int height = 720;
  int bitrate_bps = 1'500'000;
  int fps = 30;
  int cpu_used = 12;   // VP8 realtime: -16..16, higher is faster (WebRTC uses -6..-12 range magnitude)
  int threads = 1;
  int keyframe_interval = 3000;  // frames; keyframes are mostly requested
  bool error_resilient = true;
};

class Vp8Encoder {
 public:
  // Throws std::runtime_error when libvpx refuses the configuration (control plane).
  explicit Vp8Encoder(Vp8EncoderConfig config);
  ~Vp8Encoder();
  Vp8Encoder(const Vp8Encoder&) = delete;
  Vp8Encoder& operator=(const Vp8Encoder&) = delete;

  // `frame` must have the configured size. nullopt when the rate control drops the frame or
  // on an encoder error (counted).
  std::optional<EncodedFrame> Encode(const I420Frame& frame, uint32_t rtp_timestamp,
                                     bool force_keyframe);
  void SetBitrate(int bitrate_bps);
  const Vp8EncoderConfig& config() const { return config_; }
  uint64_t errors() const { return errors_; }

 private:
  Vp8EncoderConfig config_;
  std::unique_ptr<vpx_codec_ctx> ctx_;
  std::unique_ptr<vpx_image> image_;
  int64_t pts_ = 0;
  uint64_t errors_ = 0;
};

}  // namespace vc::mcu::video
