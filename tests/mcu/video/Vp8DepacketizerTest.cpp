// RFC 7741 payload descriptors: hand-made bytes for each layout of section 4.2, truncations, and
// the descriptors Vp8Packetizer writes around real libvpx frames.
#include "mcu/video/Vp8Depacketizer.hpp"

#include <gtest/gtest.h>

#include <vector>

#include "VideoTestFrames.hpp"
#include "mcu/video/Vp8Packetizer.hpp"

namespace vc::mcu::video {
namespace {

using Bytes = std::vector<uint8_t>;

TEST(Vp8DepacketizerTest, MinimalDescriptorStartOfFrame) {
  // X=0 R=0 N=0 S=1 PID=0, then the VP8 payload header of a keyframe (P=0).
  const Bytes b{0x10, 0x50, 0x01, 0x00};
  auto v = Vp8Depacketizer::Parse(b);
  ASSERT_TRUE(v);
  EXPECT_TRUE(v->start_of_partition);
  EXPECT_EQ(v->partition_index, 0);
  EXPECT_TRUE(v->IsFrameStart());
  EXPECT_TRUE(v->IsKeyframe());
  EXPECT_FALSE(v->picture_id);
  EXPECT_EQ(v->descriptor_size, 1u);
  EXPECT_EQ(v->vp8.size(), 3u);
}

TEST(Vp8DepacketizerTest, NonReferenceContinuationOfPartitionThree) {
  // N=1, S=0, PID=3; a middle packet: not a frame start.
  const Bytes b{0x23, 0xaa, 0xbb};
  auto v = Vp8Depacketizer::Parse(b);
  ASSERT_TRUE(v);
  EXPECT_TRUE(v->non_reference);
  EXPECT_FALSE(v->start_of_partition);
  EXPECT_EQ(v->partition_index, 3);
  EXPECT_FALSE(v->IsFrameStart());
}

TEST(Vp8DepacketizerTest, SevenBitPictureId) {
  // X=1 S=1; I=1; M=0 PictureID=17; a delta frame (P=1).
  const Bytes b{0x90, 0x80, 0x11, 0x01};
  auto v = Vp8Depacketizer::Parse(b);
  ASSERT_TRUE(v);
  ASSERT_TRUE(v->picture_id);
  EXPECT_EQ(*v->picture_id, 17);
  EXPECT_FALSE(v->picture_id_15bit);
  EXPECT_FALSE(v->IsKeyframe());
  EXPECT_EQ(v->descriptor_size, 3u);
}

TEST(Vp8DepacketizerTest, FifteenBitPictureId) {
  // M=1: PictureID 0x1267 = 4711 over two bytes.
  const Bytes b{0x90, 0x80, 0x92, 0x67, 0x00};
  auto v = Vp8Depacketizer::Parse(b);
  ASSERT_TRUE(v);
  EXPECT_EQ(*v->picture_id, 4711);
  EXPECT_TRUE(v->picture_id_15bit);
  EXPECT_EQ(v->descriptor_size, 4u);
}

TEST(Vp8DepacketizerTest, AllExtensionsIltk) {
  // I (M=1, 5), L (TL0PICIDX 42), T and K in one byte: TID=1 Y=1 KEYIDX=7.
  const Bytes b{0x90, 0xf0, 0x80, 0x05, 0x2a, 0x67, 0x9d};
  auto v = Vp8Depacketizer::Parse(b);
  ASSERT_TRUE(v);
  EXPECT_EQ(*v->picture_id, 5);
  EXPECT_EQ(*v->tl0_pic_idx, 42);
  EXPECT_EQ(*v->temporal_id, 1);
  EXPECT_TRUE(v->layer_sync);
  EXPECT_EQ(*v->key_idx, 7);
  EXPECT_EQ(v->descriptor_size, 6u);
  EXPECT_EQ(v->vp8.size(), 1u);
}

TEST(Vp8DepacketizerTest, KOnlyAndTOnly) {
  auto k = Vp8Depacketizer::Parse(Bytes{0x90, 0x10, 0x1f, 0x00});
  ASSERT_TRUE(k);
  EXPECT_EQ(*k->key_idx, 31);
  EXPECT_FALSE(k->temporal_id);
  auto t = Vp8Depacketizer::Parse(Bytes{0x90, 0x20, 0xc0, 0x00});
  ASSERT_TRUE(t);
  EXPECT_EQ(*t->temporal_id, 3);
  EXPECT_FALSE(t->key_idx);
}

TEST(Vp8DepacketizerTest, TruncatedOrEmptyIsRejected) {
  for (const Bytes& b : {Bytes{}, Bytes{0x10}, Bytes{0x90}, Bytes{0x90, 0x80}, Bytes{0x90, 0x80, 0x80},
                         Bytes{0x90, 0x80, 0x80, 0x01}, Bytes{0x90, 0x40}, Bytes{0x90, 0x20},
                         Bytes{0x90, 0xf0, 0x80, 0x05, 0x2a, 0x67}})
    EXPECT_FALSE(Vp8Depacketizer::Parse(b)) << b.size();
}

TEST(Vp8DepacketizerTest, RealKeyframeSizeAndPacketizerDescriptors) {
  const auto frames = test::EncodeTextured(320, 180, 2);
  ASSERT_EQ(frames.size(), 2u);
  ASSERT_TRUE(frames[0].keyframe);
  Vp8Packetizer packetizer(200, 0x7ffe);
  const auto key = packetizer.Packetize(frames[0]);
  ASSERT_GT(key.size(), 1u);
  for (size_t i = 0; i < key.size(); ++i) {
    auto v = Vp8Depacketizer::Parse(key[i].bytes);
    ASSERT_TRUE(v);
    EXPECT_LE(key[i].bytes.size(), 200u);
    EXPECT_EQ(v->IsFrameStart(), i == 0);
    EXPECT_EQ(*v->picture_id, 0x7ffe);
    EXPECT_TRUE(v->picture_id_15bit);
    EXPECT_EQ(key[i].marker, i + 1 == key.size());
  }
  auto first = Vp8Depacketizer::Parse(key[0].bytes);
  EXPECT_TRUE(first->IsKeyframe());
  ASSERT_TRUE(first->KeyframeSize());
  EXPECT_EQ(first->KeyframeSize()->first, 320);
  EXPECT_EQ(first->KeyframeSize()->second, 180);
  // The picture id wraps at 2^15.
  const auto delta = packetizer.Packetize(frames[1]);
  auto d = Vp8Depacketizer::Parse(delta[0].bytes);
  EXPECT_EQ(*d->picture_id, 0x7fff);
  EXPECT_FALSE(d->IsKeyframe());
  EXPECT_EQ(packetizer.next_picture_id(), 0);
}

TEST(Vp8PacketizerTest, PartitionsGetTheirOwnStartAndIndex) {
  EncodedFrame frame;
  frame.data.assign(1000, 0x01);
  frame.partition_sizes = {100, 500, 400};
  Vp8Packetizer packetizer(304);  // 300 bytes of data per packet
  const auto packets = packetizer.Packetize(frame);
  std::vector<std::pair<bool, int>> starts;
  size_t total = 0;
  for (const auto& p : packets) {
    auto v = Vp8Depacketizer::Parse(p.bytes);
    ASSERT_TRUE(v);
    starts.emplace_back(v->start_of_partition, v->partition_index);
    total += v->vp8.size();
  }
  EXPECT_EQ(total, 1000u);
  const std::vector<std::pair<bool, int>> expected{{true, 0}, {true, 1}, {false, 1}, {true, 2}, {false, 2}};
  EXPECT_EQ(starts, expected);
}

TEST(Vp8PacketizerTest, DegenerateInputs) {
  Vp8Packetizer tiny(4);
  EncodedFrame frame;
  frame.data = {1, 2, 3};
  EXPECT_TRUE(tiny.Packetize(frame).empty());
  Vp8Packetizer normal(1200);
  EXPECT_TRUE(normal.Packetize(EncodedFrame{}).empty());
  // Partition sizes that do not add up fall back to one partition.
  frame.partition_sizes = {1, 1};
  const auto one = normal.Packetize(frame);
  ASSERT_EQ(one.size(), 1u);
  EXPECT_TRUE(one[0].marker);
}

}  // namespace
}  // namespace vc::mcu::video
