#include "mcu/video/Vp8Decoder.hpp"

#include <libyuv/planar_functions.h>
#include <vpx/vp8dx.h>
#include <vpx/vpx_decoder.h>

#include <stdexcept>

namespace vc::mcu::video {

Vp8Decoder::Vp8Decoder(int threads) : ctx_(std::make_unique<vpx_codec_ctx>()) {
  vpx_codec_dec_cfg_t cfg{};
  cfg.threads = static_cast<unsigned>(std::max(1, threads));
  if (vpx_codec_dec_init(ctx_.get(), vpx_codec_vp8_dx(), &cfg, 0) != VPX_CODEC_OK)
    throw std::runtime_error("Vp8Decoder: vpx_codec_dec_init failed");
}

Vp8Decoder::~Vp8Decoder() { vpx_codec_destroy(ctx_.get()); }

std::shared_ptr<I420Frame> Vp8Decoder::Decode(const EncodedFrame& frame) {
  if (frame.data.empty()) {
    ++errors_;
    return nullptr;
  }
  const bool keyframe = (frame.data[0] & 0x01) == 0;
  if (!have_keyframe_ && !keyframe) {  // would decode onto grey: refuse, ask for a keyframe
    ++errors_;
    return nullptr;
  }
  if (vpx_codec_decode(ctx_.get(), frame.data.data(), static_cast<unsigned>(frame.data.size()),
                       nullptr, 0) != VPX_CODEC_OK) {
    ++errors_;
    have_keyframe_ = false;
    return nullptr;
  }
  int corrupted = 0;
  if (vpx_codec_control(ctx_.get(), VP8D_GET_FRAME_CORRUPTED, &corrupted) == VPX_CODEC_OK &&
      corrupted) {
    ++errors_;
    have_keyframe_ = false;
    return nullptr;
  }
  if (keyframe) have_keyframe_ = true;
  vpx_codec_iter_t iter = nullptr;
  const vpx_image_t* img = vpx_codec_get_frame(ctx_.get(), &iter);
  if (!img || img->fmt != VPX_IMG_FMT_I420) return nullptr;
  auto out = I420Frame::Create(static_cast<int>(img->d_w), static_cast<int>(img->d_h));
  libyuv::I420Copy(img->planes[VPX_PLANE_Y], img->stride[VPX_PLANE_Y], img->planes[VPX_PLANE_U],
                   img->stride[VPX_PLANE_U], img->planes[VPX_PLANE_V], img->stride[VPX_PLANE_V],
                   out->data_y(), out->stride_y(), out->data_u(), out->stride_uv(), out->data_v(),
                   out->stride_uv(), out->width(), out->height());
  return out;
}

}  // namespace vc::mcu::video
