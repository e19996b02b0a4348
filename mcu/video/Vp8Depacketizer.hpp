#pragma once
// RFC 7741 section 4.2 VP8 payload descriptor parser. Returns a bounds-checked view into the
// packet or nullopt on malformed input; never throws, never reads past the span.
//
//        0 1 2 3 4 5 6 7
//       +-+-+-+-+-+-+-+-+
//       |X|R|N|S|R| PID | (REQUIRED)
//       +-+-+-+-+-+-+-+-+
//  X:   |I|L|T|K| RSV   | (OPTIONAL)
//       +-+-+-+-+-+-+-+-+
//  I:   |M| PictureID   | (OPTIONAL, M=1: 15 bits over two bytes)
//       +-+-+-+-+-+-+-+-+
//  L:   |   TL0PICIDX   | (OPTIONAL)
//       +-+-+-+-+-+-+-+-+
//  T/K: |TID|Y| KEYIDX  | (OPTIONAL)
//       +-+-+-+-+-+-+-+-+
#include <cstdint>
#include <optional>
#include <span>

namespace vc::mcu::video {

struct Vp8PayloadView {
  bool non_reference = false;      // N
  bool start_of_partition = false; // S
  uint8_t partition_index = 0;     // PID (0..7)
  std::optional<uint16_t> picture_id;  // 7 or 15 bits
  bool picture_id_15bit = false;
  std::optional<uint8_t> tl0_pic_idx;
  std::optional<uint8_t> temporal_id;  // TID (when T)
  bool layer_sync = false;             // Y (when T)
  std::optional<uint8_t> key_idx;      // KEYIDX (when K)
  size_t descriptor_size = 0;
  std::span<const uint8_t> vp8;        // the VP8 data after the descriptor (non-empty)

  // First packet of a frame: S=1 and PID=0; then the VP8 payload header follows.
  bool IsFrameStart() const { return start_of_partition && partition_index == 0; }
  // Only meaningful on a frame start: the VP8 payload header's P bit is 0 for a keyframe.
  bool IsKeyframe() const;
  // On a keyframe start with enough bytes: the 14-bit width and height of its header.
  std::optional<std::pair<int, int>> KeyframeSize() const;
};

class Vp8Depacketizer {
 public:
  static std::optional<Vp8PayloadView> Parse(std::span<const uint8_t> payload);
};

}  // namespace vc::mcu::video
