#include "mcu/video/Vp8Encoder.hpp"

#include <vpx/vp8cx.h>
#include <vpx/vpx_encoder.h>

#include <algorithm>
#include <stdexcept>

namespace vc::mcu::video {
namespace {

vpx_codec_enc_cfg_t MakeConfig(const Vp8EncoderConfig& c) {
  vpx_codec_enc_cfg_t cfg{};
  if (vpx_codec_enc_config_default(vpx_codec_vp8_cx(), &cfg, 0) != VPX_CODEC_OK)
    throw std::runtime_error("Vp8Encoder: no default config");
  cfg.g_w = static_cast<unsigned>(c.width);
  cfg.g_h = static_cast<unsigned>(c.height);
  cfg.g_timebase = {1, c.fps};
  cfg.g_threads = static_cast<unsigned>(std::max(1, c.threads));
  cfg.g_lag_in_frames = 0;  // real time: a frame in, its packet out
  cfg.g_pass = VPX_RC_ONE_PASS;
  cfg.g_error_resilient = c.error_resilient ? VPX_ERROR_RESILIENT_DEFAULT : 0;
  cfg.rc_end_usage = VPX_CBR;
  cfg.rc_target_bitrate = static_cast<unsigned>(std::max(1, c.bitrate_bps / 1000));
  cfg.rc_min_quantizer = 2;
  cfg.rc_max_quantizer = 63;  // busy composites (49 moving tiles) must still meet the tier rate
  cfg.rc_undershoot_pct = 100;
  cfg.rc_overshoot_pct = 15;
  cfg.rc_buf_initial_sz = 500;
  cfg.rc_buf_optimal_sz = 600;
  cfg.rc_buf_sz = 1000;
  cfg.rc_dropframe_thresh = 0;  // steady output: every tick gives a frame
  cfg.kf_mode = VPX_KF_AUTO;
  cfg.kf_min_dist = 0;
  cfg.kf_max_dist = static_cast<unsigned>(std::max(1, c.keyframe_interval));
  return cfg;
}

}  // namespace

Vp8Encoder::Vp8Encoder(Vp8EncoderConfig config)
    : config_(config), ctx_(std::make_unique<vpx_codec_ctx>()), image_(std::make_unique<vpx_image>()) {
  if (config_.width <= 0 || config_.height <= 0 || config_.width % 2 || config_.height % 2 ||
      config_.fps <= 0 || config_.bitrate_bps <= 0)
    throw std::invalid_argument("Vp8Encoder: bad size, fps or bitrate");
  const vpx_codec_enc_cfg_t cfg = MakeConfig(config_);
  if (vpx_codec_enc_init(ctx_.get(), vpx_codec_vp8_cx(), &cfg, 0) != VPX_CODEC_OK)
    throw std::runtime_error("Vp8Encoder: vpx_codec_enc_init failed");
  vpx_codec_control(ctx_.get(), VP8E_SET_CPUUSED, std::clamp(config_.cpu_used, -16, 16));
  vpx_codec_control(ctx_.get(), VP8E_SET_NOISE_SENSITIVITY, 0);
  vpx_codec_control(ctx_.get(), VP8E_SET_STATIC_THRESHOLD, 1);  // skip unchanged blocks
  vpx_codec_control(ctx_.get(), VP8E_SET_MAX_INTRA_BITRATE_PCT, 300);
  // Wrap (not allocate): a null data pointer would make libvpx allocate a picture we never use.
  // Encode points the planes at each frame.
  static uint8_t placeholder = 0;
  vpx_img_wrap(image_.get(), VPX_IMG_FMT_I420, static_cast<unsigned>(config_.width),
               static_cast<unsigned>(config_.height), 1, &placeholder);
}

Vp8Encoder::~Vp8Encoder() { vpx_codec_destroy(ctx_.get()); }

std::optional<EncodedFrame> Vp8Encoder::Encode(const I420Frame& frame, uint32_t rtp_timestamp,
                                               bool force_keyframe) {
  if (frame.width() != config_.width || frame.height() != config_.height) {
    ++errors_;
    return std::nullopt;
  }
  // Point the wrapper at the frame's planes: libvpx reads them, never writes.
  image_->planes[VPX_PLANE_Y] = const_cast<uint8_t*>(frame.data_y());
  image_->planes[VPX_PLANE_U] = const_cast<uint8_t*>(frame.data_u());
  image_->planes[VPX_PLANE_V] = const_cast<uint8_t*>(frame.data_v());
  image_->stride[VPX_PLANE_Y] = frame.stride_y();
  image_->stride[VPX_PLANE_U] = frame.stride_uv();
  image_->stride[VPX_PLANE_V] = frame.stride_uv();
  const vpx_enc_frame_flags_t flags = force_keyframe ? VPX_EFLAG_FORCE_KF : 0;
  if (vpx_codec_encode(ctx_.get(), image_.get(), pts_++, 1, flags, VPX_DL_REALTIME) != VPX_CODEC_OK) {
    ++errors_;
    return std::nullopt;
  }
  EncodedFrame out;
  out.rtp_timestamp = rtp_timestamp;
  vpx_codec_iter_t iter = nullptr;
  while (const vpx_codec_cx_pkt_t* pkt = vpx_codec_get_cx_data(ctx_.get(), &iter)) {
    if (pkt->kind != VPX_CODEC_CX_FRAME_PKT) continue;
    const auto* bytes = static_cast<const uint8_t*>(pkt->data.frame.buf);
    out.data.insert(out.data.end(), bytes, bytes + pkt->data.frame.sz);
    if (pkt->data.frame.flags & VPX_FRAME_IS_KEY) out.keyframe = true;
  }
  if (out.data.empty()) return std::nullopt;
  if (out.keyframe) {
    out.width = config_.width;
    out.height = config_.height;
  }
  return out;
}

void Vp8Encoder::SetBitrate(int bitrate_bps) {
  if (bitrate_bps <= 0 || bitrate_bps == config_.bitrate_bps) return;
  config_.bitrate_bps = bitrate_bps;
  vpx_codec_enc_cfg_t cfg = MakeConfig(config_);
  if (vpx_codec_enc_config_set(ctx_.get(), &cfg) != VPX_CODEC_OK) ++errors_;
}

}  // namespace vc::mcu::video
