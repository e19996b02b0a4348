#include "tests/benchmarks/video_load/FrameCode.hpp"

#include <algorithm>
#include <cmath>

namespace vc::tests::video_load {
namespace {

constexpr uint8_t kBlack = 16, kWhite = 235;
constexpr int kMinContrast = 60;  // between a cell and its complement, in luma steps
constexpr int kDataBits = 14;

uint16_t Word(FrameCode::Value value) {
  uint16_t word = static_cast<uint16_t>((value.sender & 0x3F) << 8 | (value.index & 0xFF));
  int even = 0, odd = 0;
  for (int bit = 0; bit < kDataBits; ++bit) {
    if ((word >> bit & 1) != 0) ++(bit % 2 == 0 ? even : odd);
  }
  return static_cast<uint16_t>(word | (even & 1) << 14 | (odd & 1) << 15);
}

// Mean luma of the centre half of a cell (the edges blur in scaling and coding).
int CellMean(const mcu::video::I420Frame& frame, const mcu::video::Rect& picture, int column, int row) {
  const double sx = static_cast<double>(picture.width) / FrameCode::kSourceWidth;
  const double sy = static_cast<double>(picture.height) / FrameCode::kSourceHeight;
  const double cx = picture.x + (column + 0.5) * FrameCode::kCellSize * sx;
  const double cy = picture.y + (row + 0.5) * FrameCode::kCellSize * sy;
  const int rx = std::max(0, static_cast<int>(FrameCode::kCellSize * sx / 4));
  const int ry = std::max(0, static_cast<int>(FrameCode::kCellSize * sy / 4));
  int sum = 0, count = 0;
  for (int y = static_cast<int>(cy) - ry; y <= static_cast<int>(cy) + ry; ++y) {
    if (y < 0 || y >= frame.height()) continue;
    const uint8_t* line = frame.data_y() + static_cast<size_t>(y) * frame.stride_y();
    for (int x = static_cast<int>(cx) - rx; x <= static_cast<int>(cx) + rx; ++x) {
      if (x < 0 || x >= frame.width()) continue;
      sum += line[x];
      ++count;
    }
  }
  return count > 0 ? sum / count : -1;
}

}  // namespace

void FrameCode::Paint(mcu::video::I420Frame& frame, Value value) {
  const uint16_t word = Word(value);
  for (int column = 0; column < kColumns; ++column) {
    const bool one = (word >> column & 1) != 0;
    for (int row = 0; row < 2; ++row) {
      const bool white = row == 0 ? one : !one;
      frame.FillRect(column * kCellSize, row * kCellSize, kCellSize, kCellSize, white ? kWhite : kBlack,
                     128, 128);
    }
  }
}

std::optional<FrameCode::Value> FrameCode::Read(const mcu::video::I420Frame& frame,
                                                const mcu::video::Rect& picture) {
  if (picture.width < kColumns * 4 || picture.height < 16) return std::nullopt;
  uint16_t word = 0;
  for (int column = 0; column < kColumns; ++column) {
    const int top = CellMean(frame, picture, column, 0);
    const int bottom = CellMean(frame, picture, column, 1);
    if (top < 0 || bottom < 0 || std::abs(top - bottom) < kMinContrast) return std::nullopt;
    if (top > bottom) word = static_cast<uint16_t>(word | 1u << column);
  }
  Value value{word >> 8 & 0x3F, word & 0xFF};
  if (Word(value) != word) return std::nullopt;  // parity
  return value;
}

}  // namespace vc::tests::video_load
