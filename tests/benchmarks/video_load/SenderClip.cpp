#include "tests/benchmarks/video_load/SenderClip.hpp"

#include <fstream>
#include <stdexcept>

#include "mcu/video/I420Frame.hpp"
#include "mcu/video/Vp8Encoder.hpp"
#include "tests/benchmarks/video_load/FrameCode.hpp"

namespace vc::tests::video_load {
namespace {

constexpr int kWidth = FrameCode::kSourceWidth, kHeight = FrameCode::kSourceHeight;
constexpr int kBand = 2 * FrameCode::kCellSize;
constexpr int kBox = 80;

void Paint(mcu::video::I420Frame& frame, int sender, int index) {
  // Colours differ per sender; the gradient slides and the box crosses the picture each clip.
  const auto u = static_cast<uint8_t>(64 + (sender * 37) % 128);
  const auto v = static_cast<uint8_t>(64 + (sender * 71 + 40) % 128);
  for (int y = kBand; y < kHeight; ++y) {
    uint8_t* line = frame.data_y() + static_cast<size_t>(y) * frame.stride_y();
    for (int x = 0; x < kWidth; ++x) line[x] = static_cast<uint8_t>(48 + ((x + y + 6 * index) & 127));
  }
  for (int y = kBand / 2; y < kHeight / 2; ++y) {
    std::fill_n(frame.data_u() + static_cast<size_t>(y) * frame.stride_uv(), kWidth / 2, u);
    std::fill_n(frame.data_v() + static_cast<size_t>(y) * frame.stride_uv(), kWidth / 2, v);
  }
  const int x = (index * (kWidth - kBox)) / SenderClip::kFrames & ~1;
  const int y = (kBand + (sender * 29) % (kHeight - kBand - kBox)) & ~1;
  frame.FillRect(x, y, kBox, kBox, 220, 128, 128);
  FrameCode::Paint(frame, {sender, index});
}

void PutLe(std::ofstream& out, uint64_t value, int bytes) {
  for (int i = 0; i < bytes; ++i) out.put(static_cast<char>(value >> (8 * i) & 0xFF));
}

}  // namespace

SenderClip::SenderClip(int sender) {
  mcu::video::Vp8EncoderConfig config;
  config.width = kWidth;
  config.height = kHeight;
  config.bitrate_bps = kBitrate;
  config.fps = kFps;
  mcu::video::Vp8Encoder encoder(config);
  auto picture = mcu::video::I420Frame::Create(kWidth, kHeight);
  for (int index = 0; index < kFrames; ++index) {
    Paint(*picture, sender, index);
    auto frame = encoder.Encode(*picture, static_cast<uint32_t>(index) * (90000 / kFps), index == 0);
    if (!frame) throw std::runtime_error("libvpx did not encode sender frame " + std::to_string(index));
    if (index == 0 && !frame->keyframe) throw std::runtime_error("libvpx: first frame is no keyframe");
    frames_.push_back(std::move(*frame));
  }
}

size_t SenderClip::Bytes() const {
  size_t bytes = 0;
  for (const auto& frame : frames_) bytes += frame.data.size();
  return bytes;
}

void SenderClip::WriteIvf(const std::filesystem::path& path) const {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) throw std::runtime_error("cannot write " + path.string());
  out.write("DKIF", 4);
  PutLe(out, 0, 2);   // version
  PutLe(out, 32, 2);  // header size
  out.write("VP80", 4);
  PutLe(out, kWidth, 2);
  PutLe(out, kHeight, 2);
  PutLe(out, kFps, 4);  // time base: 1/15 s
  PutLe(out, 1, 4);
  PutLe(out, frames_.size(), 4);
  PutLe(out, 0, 4);
  for (size_t i = 0; i < frames_.size(); ++i) {
    PutLe(out, frames_[i].data.size(), 4);
    PutLe(out, i, 8);
    out.write(reinterpret_cast<const char*>(frames_[i].data.data()),
              static_cast<std::streamsize>(frames_[i].data.size()));
  }
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

}  // namespace vc::tests::video_load
