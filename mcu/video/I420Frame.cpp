#include "mcu/video/I420Frame.hpp"

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace vc::mcu::video {
namespace {
int Align32(int v) { return (v + 31) & ~31; }
}  // namespace

std::shared_ptr<I420Frame> I420Frame::Create(int width, int height) {
  return std::make_shared<I420Frame>(width, height);
}

I420Frame::I420Frame(int width, int height) : width_(width), height_(height) {
  if (width <= 0 || height <= 0 || width > 16384 || height > 16384)
    throw std::invalid_argument("I420Frame: bad size");
  stride_y_ = Align32(width);
  stride_uv_ = Align32(chroma_width());
  offset_u_ = static_cast<size_t>(stride_y_) * static_cast<size_t>(height);
  offset_v_ = offset_u_ + static_cast<size_t>(stride_uv_) * static_cast<size_t>(chroma_height());
  data_.resize(offset_v_ + static_cast<size_t>(stride_uv_) * static_cast<size_t>(chroma_height()));
}

void I420Frame::Fill(uint8_t y, uint8_t u, uint8_t v) { FillRect(0, 0, width_, height_, y, u, v); }

void I420Frame::FillRect(int x, int y, int w, int h, uint8_t yv, uint8_t u, uint8_t v) {
  const int x0 = std::clamp(x, 0, width_), y0 = std::clamp(y, 0, height_);
  const int x1 = std::clamp(x + w, 0, width_), y1 = std::clamp(y + h, 0, height_);
  if (x1 <= x0 || y1 <= y0) return;
  for (int row = y0; row < y1; ++row)
    std::memset(data_y() + static_cast<size_t>(row) * stride_y_ + x0, yv, static_cast<size_t>(x1 - x0));
  const int cx0 = x0 / 2, cy0 = y0 / 2, cx1 = (x1 + 1) / 2, cy1 = (y1 + 1) / 2;
  for (int row = cy0; row < cy1; ++row) {
    std::memset(data_u() + static_cast<size_t>(row) * stride_uv_ + cx0, u, static_cast<size_t>(cx1 - cx0));
    std::memset(data_v() + static_cast<size_t>(row) * stride_uv_ + cx0, v, static_cast<size_t>(cx1 - cx0));
  }
}

}  // namespace vc::mcu::video
