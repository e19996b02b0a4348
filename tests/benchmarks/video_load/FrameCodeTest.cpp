// The benchmark's glass-to-glass probe: a sender's frame code survives what the MCU does to it
// (decode, scale into the smallest grid tile, a 1.5 Mb/s 720p encode, decode at the receiver).
#include "tests/benchmarks/video_load/FrameCode.hpp"

#include <gtest/gtest.h>
#include <libyuv/scale.h>

#include "mcu/video/LayoutEngine.hpp"
#include "mcu/video/Vp8Decoder.hpp"
#include "mcu/video/Vp8Encoder.hpp"
#include "tests/benchmarks/video_load/SenderClip.hpp"

namespace vc::tests::video_load {
namespace {

using mcu::video::I420Frame;
using mcu::video::Rect;

TEST(FrameCodeTest, ReadsWhatItPaintedAndRejectsAPlainPicture) {
  auto frame = I420Frame::Create(FrameCode::kSourceWidth, FrameCode::kSourceHeight);
  frame->Fill(100, 128, 128);
  const Rect whole{0, 0, FrameCode::kSourceWidth, FrameCode::kSourceHeight};
  EXPECT_EQ(FrameCode::Read(*frame, whole), std::nullopt);
  for (const FrameCode::Value value : {FrameCode::Value{0, 0}, FrameCode::Value{63, 255}, FrameCode::Value{17, 149}}) {
    FrameCode::Paint(*frame, value);
    EXPECT_EQ(FrameCode::Read(*frame, whole), std::optional<FrameCode::Value>(value));
  }
  // One flipped cell breaks the complement check.
  frame->FillRect(0, 0, FrameCode::kCellSize, FrameCode::kCellSize, 16, 128, 128);
  frame->FillRect(0, FrameCode::kCellSize, FrameCode::kCellSize, FrameCode::kCellSize, 16, 128, 128);
  EXPECT_EQ(FrameCode::Read(*frame, whole), std::nullopt);
}

TEST(FrameCodeTest, SurvivesTheSendersCodecA7x7TileAndTheCompositeCodec) {
  const SenderClip clip(42);
  ASSERT_TRUE(clip.Frame(0).keyframe);
  mcu::video::Vp8Decoder sender_decoder, receiver_decoder;
  mcu::video::Vp8Encoder composite_encoder(mcu::video::Vp8EncoderConfig{});
  std::vector<mcu::video::SourceId> order;
  for (mcu::video::SourceId s = 0; s < 49; ++s) order.push_back(s);
  const auto placements = mcu::video::LayoutEngine::Compute({}, order, std::nullopt, 1280, 720);
  const Rect tile = mcu::video::LayoutEngine::Fit(placements[24].cell, FrameCode::kSourceWidth,
                                                  FrameCode::kSourceHeight);
  auto canvas = I420Frame::Create(1280, 720);
  int read = 0;
  constexpr int kFrames = 40;
  for (int k = 0; k < kFrames; ++k) {
    const auto picture = sender_decoder.Decode(clip.Frame(k));
    ASSERT_NE(picture, nullptr);
    canvas->Fill(16, 128, 128);
    libyuv::I420Scale(picture->data_y(), picture->stride_y(), picture->data_u(), picture->stride_uv(),
                      picture->data_v(), picture->stride_uv(), picture->width(), picture->height(),
                      canvas->data_y() + tile.y * canvas->stride_y() + tile.x, canvas->stride_y(),
                      canvas->data_u() + tile.y / 2 * canvas->stride_uv() + tile.x / 2, canvas->stride_uv(),
                      canvas->data_v() + tile.y / 2 * canvas->stride_uv() + tile.x / 2, canvas->stride_uv(),
                      tile.width, tile.height, libyuv::kFilterBox);
    const auto encoded = composite_encoder.Encode(*canvas, static_cast<uint32_t>(k * 3000), k == 0);
    ASSERT_TRUE(encoded.has_value());
    const auto composite = receiver_decoder.Decode(*encoded);
    ASSERT_NE(composite, nullptr);
    const auto value = FrameCode::Read(*composite, tile);
    if (!value) continue;
    EXPECT_EQ(*value, (FrameCode::Value{42, k}));  // never a wrong reading
    ++read;
  }
  EXPECT_GE(read, kFrames * 9 / 10);
}

}  // namespace
}  // namespace vc::tests::video_load
