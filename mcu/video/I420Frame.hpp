#pragma once
// An owned I420 picture: three planes in one allocation, strides padded to 32 bytes for SIMD.
// Made with I420Frame::Create (std::make_shared underneath); published as shared_ptr<const>.
#include <cstdint>
#include <memory>
#include <vector>

namespace vc::mcu::video {

class I420Frame {
 public:
  // Dimensions must be positive and even-sized chroma is rounded up ((w + 1) / 2).
  static std::shared_ptr<I420Frame> Create(int width, int height);
  I420Frame(int width, int height);

  int width() const { return width_; }
  int height() const { return height_; }
  int chroma_width() const { return (width_ + 1) / 2; }
  int chroma_height() const { return (height_ + 1) / 2; }
  int stride_y() const { return stride_y_; }
  int stride_uv() const { return stride_uv_; }
  uint8_t* data_y() { return data_.data(); }
  uint8_t* data_u() { return data_.data() + offset_u_; }
  uint8_t* data_v() { return data_.data() + offset_v_; }
  const uint8_t* data_y() const { return data_.data(); }
  const uint8_t* data_u() const { return data_.data() + offset_u_; }
  const uint8_t* data_v() const { return data_.data() + offset_v_; }

  // Whole picture to one colour (BT.601 limited-range Y, U, V).
  void Fill(uint8_t y, uint8_t u, uint8_t v);
  // Rectangle (clipped to the picture) to one colour; chroma covers the luma rectangle.
  void FillRect(int x, int y, int w, int h, uint8_t yv, uint8_t u, uint8_t v);

 private:
  int width_;
  int height_;
  int stride_y_;
  int stride_uv_;
  size_t offset_u_;
  size_t offset_v_;
  std::vector<uint8_t> data_;
};

}  // namespace vc::mcu::video
