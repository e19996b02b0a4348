#pragma once
// libvpx VP8 decoder (RAII). One per sender, used by one thread at a time.
#include <memory>

#include "mcu/video/I420Frame.hpp"
#include "mcu/video/VideoTypes.hpp"

struct vpx_codec_ctx;

namespace vc::mcu::video {

class Vp8Decoder {
 public:
  explicit Vp8Decoder(int threads = 1);
  ~Vp8Decoder();
  Vp8Decoder(const Vp8Decoder&) = delete;
  Vp8Decoder& operator=(const Vp8Decoder&) = delete;

  // The decoded picture (a copy the caller owns), or nullptr on a decode error or when the
  // frame produced no picture. A delta frame before any keyframe is an error.
  std::shared_ptr<I420Frame> Decode(const EncodedFrame& frame);
  uint64_t errors() const { return errors_; }

 private:
  std::unique_ptr<vpx_codec_ctx> ctx_;
  bool have_keyframe_ = false;
  uint64_t errors_ = 0;
};

}  // namespace vc::mcu::video
