#pragma once
// The glass-to-glass probe of the video benchmark: each sender paints a 14-bit code (its sender
// number and the frame's index in its clip) as a band of black/white cells across the top of its
// 640x360 picture, with a complemented second row and two parity bits, so a receiver can read it
// back from its tile in the decoded composite (scaled down to 1/7, VP8-coded twice) and reject
// cells that the scaler or the codec blurred.
#include <cstdint>
#include <optional>

#include "mcu/video/I420Frame.hpp"
#include "mcu/video/Layout.hpp"

namespace vc::tests::video_load {

class FrameCode {
 public:
  static constexpr int kColumns = 16;
  static constexpr int kSourceWidth = 640, kSourceHeight = 360;
  static constexpr int kCellSize = kSourceWidth / kColumns;  // 40 px, two rows: the top 80 px
  static constexpr int kMaxSender = 63;
  static constexpr int kMaxIndex = 255;

  struct Value {
    int sender = 0;  // 0..63
    int index = 0;   // 0..255
    bool operator==(const Value&) const = default;
  };

  // Paints the band into a kSourceWidth x kSourceHeight picture.
  static void Paint(mcu::video::I420Frame& frame, Value value);
  // Reads the band from `picture`, the rectangle of `frame` the source picture was scaled into
  // (all of it for an unscaled source). nullopt when a cell is ambiguous or a check fails.
  static std::optional<Value> Read(const mcu::video::I420Frame& frame, const mcu::video::Rect& picture);
};

}  // namespace vc::tests::video_load
