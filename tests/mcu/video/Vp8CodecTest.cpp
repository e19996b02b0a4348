// Encoder -> decoder round trip with libvpx in real-time mode; keyframes on demand; bad input.
#include <gtest/gtest.h>

#include <cstdlib>

#include "VideoTestFrames.hpp"
#include "mcu/video/Vp8Decoder.hpp"
#include "mcu/video/Vp8Encoder.hpp"

namespace vc::mcu::video {
namespace {

double MeanAbsDiffY(const I420Frame& a, const I420Frame& b) {
  long long sum = 0;
  for (int y = 0; y < a.height(); ++y)
    for (int x = 0; x < a.width(); ++x)
      sum += std::abs(a.data_y()[y * a.stride_y() + x] - b.data_y()[y * b.stride_y() + x]);
  return static_cast<double>(sum) / (a.width() * a.height());
}

TEST(Vp8CodecTest, RoundTripKeepsThePicture) {
  Vp8EncoderConfig config;
  config.width = 640;
  config.height = 360;
  config.bitrate_bps = 1'000'000;
  Vp8Encoder encoder(config);
  Vp8Decoder decoder;
  int keyframes = 0;
  for (int i = 0; i < 30; ++i) {
    auto input = test::Textured(640, 360, i);
    auto encoded = encoder.Encode(*input, static_cast<uint32_t>(i * 3000), i == 20);
    ASSERT_TRUE(encoded) << i;
    EXPECT_EQ(encoded->rtp_timestamp, static_cast<uint32_t>(i * 3000));
    if (encoded->keyframe) {
      ++keyframes;
      EXPECT_EQ(encoded->width, 640);
      EXPECT_EQ(encoded->height, 360);
    }
    if (i == 0 || i == 20) {
      EXPECT_TRUE(encoded->keyframe) << i;
    }
    auto decoded = decoder.Decode(*encoded);
    ASSERT_TRUE(decoded) << i;
    ASSERT_EQ(decoded->width(), 640);
    ASSERT_EQ(decoded->height(), 360);
    if (i >= 5) {
      EXPECT_LT(MeanAbsDiffY(*input, *decoded), 12.0) << i;
    }
  }
  EXPECT_EQ(keyframes, 2);
  EXPECT_EQ(decoder.errors(), 0u);
}

TEST(Vp8CodecTest, SolidColourSurvives) {
  const auto frames = test::EncodeSolid(320, 180, 3, test::kRed);
  ASSERT_EQ(frames.size(), 3u);
  Vp8Decoder decoder;
  std::shared_ptr<I420Frame> last;
  for (const auto& f : frames) last = decoder.Decode(f);
  ASSERT_TRUE(last);
  EXPECT_NEAR(last->data_y()[90 * last->stride_y() + 160], test::kRed.y, 4);
  EXPECT_NEAR(last->data_u()[45 * last->stride_uv() + 80], test::kRed.u, 4);
  EXPECT_NEAR(last->data_v()[45 * last->stride_uv() + 80], test::kRed.v, 4);
}

TEST(Vp8CodecTest, BitrateFollowsTheTier) {
  auto total = [](int bitrate) {
    Vp8EncoderConfig config;
    config.width = 640;
    config.height = 360;
    config.bitrate_bps = bitrate;
    Vp8Encoder encoder(config);
    size_t bytes = 0;
    for (int i = 0; i < 60; ++i)
      if (auto f = encoder.Encode(*test::Textured(640, 360, i * 3), 0, false)) bytes += f->data.size();
    return bytes;
  };
  EXPECT_LT(total(150'000) * 2, total(1'500'000));
}

TEST(Vp8CodecTest, DeltaBeforeKeyframeAndGarbageAreErrors) {
  const auto frames = test::EncodeTextured(320, 180, 3);
  Vp8Decoder decoder;
  EXPECT_FALSE(decoder.Decode(frames[1]));
  EncodedFrame garbage;
  garbage.data.assign(50, 0x00);  // looks like a keyframe tag, no start code
  EXPECT_FALSE(decoder.Decode(garbage));
  EXPECT_FALSE(decoder.Decode(EncodedFrame{}));
  EXPECT_EQ(decoder.errors(), 3u);
  EXPECT_TRUE(decoder.Decode(frames[0]));  // recovers at a keyframe
  EXPECT_TRUE(decoder.Decode(frames[1]));
}

TEST(Vp8CodecTest, EncoderRejectsBadConfigAndWrongSize) {
  Vp8EncoderConfig bad;
  bad.width = 641;
  EXPECT_THROW(Vp8Encoder{bad}, std::invalid_argument);
  Vp8EncoderConfig config;
  config.width = 320;
  config.height = 180;
  Vp8Encoder encoder(config);
  EXPECT_FALSE(encoder.Encode(*test::Solid(640, 360, test::kBlue), 0, false));
  EXPECT_EQ(encoder.errors(), 1u);
  encoder.SetBitrate(100'000);
  EXPECT_TRUE(encoder.Encode(*test::Solid(320, 180, test::kBlue), 0, false));
}

}  // namespace
}  // namespace vc::mcu::video
