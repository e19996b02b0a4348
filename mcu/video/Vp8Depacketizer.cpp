#include "mcu/video/Vp8Depacketizer.hpp"

namespace vc::mcu::video {

bool Vp8PayloadView::IsKeyframe() const { return !vp8.empty() && (vp8[0] & 0x01) == 0; }

std::optional<std::pair<int, int>> Vp8PayloadView::KeyframeSize() const {
  // RFC 6386 9.1: 3-byte frame tag, start code 9d 01 2a, then 16-bit LE width and height
  // (low 14 bits the size, top 2 bits the scale).
  if (!IsFrameStart() || !IsKeyframe() || vp8.size() < 10) return std::nullopt;
  if (vp8[3] != 0x9d || vp8[4] != 0x01 || vp8[5] != 0x2a) return std::nullopt;
  const int width = (vp8[6] | vp8[7] << 8) & 0x3fff;
  const int height = (vp8[8] | vp8[9] << 8) & 0x3fff;
  if (width == 0 || height == 0) return std::nullopt;
  return std::make_pair(width, height);
}

std::optional<Vp8PayloadView> Vp8Depacketizer::Parse(std::span<const uint8_t> payload) {
  Vp8PayloadView view;
  size_t at = 0;
  if (payload.empty()) return std::nullopt;
  const uint8_t first = payload[at++];
  const bool extended = first & 0x80;
  view.non_reference = first & 0x20;
  view.start_of_partition = first & 0x10;
  view.partition_index = first & 0x07;
  if (extended) {
    if (at >= payload.size()) return std::nullopt;
    const uint8_t x = payload[at++];
    const bool has_i = x & 0x80, has_l = x & 0x40, has_t = x & 0x20, has_k = x & 0x10;
    if (has_i) {
      if (at >= payload.size()) return std::nullopt;
      const uint8_t b = payload[at++];
      if (b & 0x80) {
        if (at >= payload.size()) return std::nullopt;
        view.picture_id = static_cast<uint16_t>((b & 0x7f) << 8 | payload[at++]);
        view.picture_id_15bit = true;
      } else {
        view.picture_id = b & 0x7f;
      }
    }
    if (has_l) {
      if (at >= payload.size()) return std::nullopt;
      view.tl0_pic_idx = payload[at++];
    }
    if (has_t || has_k) {
      if (at >= payload.size()) return std::nullopt;
      const uint8_t b = payload[at++];
      if (has_t) {
        view.temporal_id = static_cast<uint8_t>(b >> 6);
        view.layer_sync = b & 0x20;
      }
      if (has_k) view.key_idx = b & 0x1f;
    }
  }
  if (at >= payload.size()) return std::nullopt;  // a descriptor without VP8 data
  view.descriptor_size = at;
  view.vp8 = payload.subspan(at);
  return view;
}

}  // namespace vc::mcu::video
