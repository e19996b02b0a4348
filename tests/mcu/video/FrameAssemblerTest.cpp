// FrameAssembler on real libvpx frames packetized by Vp8Packetizer: in order, reordered, lost
// and repaired by NACK, lost for good (keyframe request), partitions, wrap, bounds.
#include "mcu/video/FrameAssembler.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "VideoTestFrames.hpp"
#include "mcu/video/Vp8Decoder.hpp"

namespace vc::mcu::video {
namespace {

using namespace std::chrono_literals;
using test::PacketRun;

const Clock::time_point kT0 = Clock::time_point{} + 100s;

class FrameAssemblerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { frames_ = new std::vector<EncodedFrame>(test::EncodeTextured(320, 180, 12)); }
  static void TearDownTestSuite() { delete frames_; }
  const std::vector<EncodedFrame>& frames() { return *frames_; }

  std::vector<EncodedFrame> PopAll(FrameAssembler& a) {
    std::vector<EncodedFrame> out;
    while (auto f = a.PopFrame()) out.push_back(std::move(*f));
    return out;
  }
  // Every popped frame equals the encoded one it came from and decodes.
  void ExpectDecodable(const std::vector<EncodedFrame>& popped, size_t first_index) {
    Vp8Decoder decoder;
    for (size_t i = 0; i < popped.size(); ++i) {
      EXPECT_EQ(popped[i].data, frames()[first_index + i].data) << i;
      EXPECT_TRUE(decoder.Decode(popped[i])) << i;
    }
  }
  static std::vector<EncodedFrame>* frames_;
};
std::vector<EncodedFrame>* FrameAssemblerTest::frames_ = nullptr;

TEST_F(FrameAssemblerTest, InOrderMultiPacketFrames) {
  PacketRun run = test::Packetize(frames(), 300, 1000, kT0);
  ASSERT_GT(run.packets.size(), frames().size() * 2);  // real multi-packet frames
  FrameAssembler a;
  for (const auto& p : run.packets) a.Insert(p);
  const auto popped = PopAll(a);
  ASSERT_EQ(popped.size(), frames().size());
  EXPECT_TRUE(popped[0].keyframe);
  EXPECT_EQ(popped[0].width, 320);
  EXPECT_EQ(popped[0].height, 180);
  EXPECT_FALSE(popped[1].keyframe);
  ExpectDecodable(popped, 0);
  EXPECT_TRUE(a.TakeNacks(kT0 + 50ms).empty());
  EXPECT_FALSE(a.TakeKeyframeRequest(kT0 + 50ms));
  EXPECT_EQ(a.buffered_packets(), 0u);
}

TEST_F(FrameAssemblerTest, ReorderingWithinTheWaitIsNotNacked) {
  PacketRun run = test::Packetize(frames(), 300, 65500, kT0);  // wraps past 65535 too
  // Reverse each window of four packets.
  for (size_t i = 0; i + 4 <= run.packets.size(); i += 4)
    std::reverse(run.packets.begin() + static_cast<long>(i), run.packets.begin() + static_cast<long>(i + 4));
  FrameAssembler a;
  std::vector<uint16_t> nacks;
  for (const auto& p : run.packets) {
    a.Insert(p);
    auto n = a.TakeNacks(kT0 + 1ms);  // younger than reorder_wait: no NACK
    nacks.insert(nacks.end(), n.begin(), n.end());
  }
  EXPECT_TRUE(nacks.empty());
  const auto popped = PopAll(a);
  ASSERT_EQ(popped.size(), frames().size());
  ExpectDecodable(popped, 0);
}

TEST_F(FrameAssemblerTest, LossIsNackedWithSpacingAndRepaired) {
  PacketRun run = test::Packetize(frames(), 300, 2000, kT0);
  // Lose the second packet of frame 3.
  size_t lost = 0;
  for (size_t i = 0; i < run.packets.size(); ++i)
    if (run.frame_of[i] == 3) { lost = i + 1; break; }
  ASSERT_EQ(run.frame_of[lost], 3u);
  FrameAssembler a;
  for (size_t i = 0; i < run.packets.size(); ++i)
    if (i != lost) a.Insert(run.packets[i]);
  auto popped = PopAll(a);
  EXPECT_EQ(popped.size(), 3u);  // frames 0..2; the rest wait for the hole
  const uint16_t seq = run.packets[lost].sequence;
  EXPECT_EQ(a.TakeNacks(kT0 + 10ms), std::vector<uint16_t>{seq});
  EXPECT_TRUE(a.TakeNacks(kT0 + 50ms).empty());  // within one RTT of the last NACK
  EXPECT_EQ(a.TakeNacks(kT0 + 111ms), std::vector<uint16_t>{seq});
  EXPECT_FALSE(a.TakeKeyframeRequest(kT0 + 111ms));  // still repairable
  RtpVideoPacket retransmission = run.packets[lost];
  retransmission.arrival = kT0 + 130ms;
  a.Insert(retransmission);
  auto rest = PopAll(a);
  ASSERT_EQ(rest.size(), frames().size() - 3);
  popped.insert(popped.end(), rest.begin(), rest.end());
  ExpectDecodable(popped, 0);
  EXPECT_TRUE(a.TakeNacks(kT0 + 300ms).empty());
  EXPECT_EQ(a.stats().nacks_sent, 2u);
}

TEST_F(FrameAssemblerTest, UnrepairedLossGivesUpAfterBoundedRetriesAndAsksForKeyframe) {
  FrameAssemblerConfig config;
  config.max_nack_retries = 3;
  const auto with_key = test::EncodeTextured(320, 180, 12, {8});
  PacketRun run = test::Packetize(with_key, 300, 3000, kT0);
  size_t lost = 0;
  for (size_t i = 0; i < run.packets.size(); ++i)
    if (run.frame_of[i] == 2) { lost = i; break; }  // the first packet of frame 2
  FrameAssembler a(config);
  for (size_t i = 0; i < run.packets.size() && run.frame_of[i] < 8; ++i)
    if (i != lost) a.Insert(run.packets[i]);
  EXPECT_EQ(PopAll(a).size(), 2u);
  int nacked = 0;
  Clock::time_point t = kT0;
  for (int round = 0; round < 10; ++round, t += 120ms) nacked += static_cast<int>(a.TakeNacks(t).size());
  EXPECT_EQ(nacked, 3);  // bounded
  EXPECT_TRUE(a.waiting_for_keyframe());
  EXPECT_TRUE(a.TakeKeyframeRequest(t));
  EXPECT_FALSE(a.TakeKeyframeRequest(t + 100ms));  // at most once per 300 ms
  EXPECT_TRUE(a.TakeKeyframeRequest(t + 301ms));
  EXPECT_LE(a.buffered_packets(), 0u);  // the undecodable delta frames were dropped
  // The keyframe (frame 8) arrives: decoding resumes from it.
  for (size_t i = 0; i < run.packets.size(); ++i)
    if (run.frame_of[i] >= 8) a.Insert(run.packets[i]);
  const auto popped = PopAll(a);
  ASSERT_EQ(popped.size(), with_key.size() - 8);
  EXPECT_TRUE(popped[0].keyframe);
  EXPECT_FALSE(a.TakeKeyframeRequest(t + 2s));
  Vp8Decoder decoder;
  for (const auto& f : popped) EXPECT_TRUE(decoder.Decode(f));
}

TEST_F(FrameAssemblerTest, KeyframeAfterAHoleIsEmittedWithoutWaiting) {
  const auto with_key = test::EncodeTextured(320, 180, 8, {5});
  PacketRun run = test::Packetize(with_key, 300, 10, kT0);
  FrameAssembler a;
  for (size_t i = 0; i < run.packets.size(); ++i)
    if (run.frame_of[i] != 3) a.Insert(run.packets[i]);  // frame 3 lost entirely
  const auto popped = PopAll(a);
  ASSERT_EQ(popped.size(), 3u + (with_key.size() - 5));  // 0..2, then 5.. from the keyframe
  EXPECT_TRUE(popped[3].keyframe);
  EXPECT_TRUE(a.TakeNacks(kT0 + 50ms).empty());  // the hole before the keyframe is moot
}

TEST_F(FrameAssemblerTest, PartitionsAreReassembledInOrder) {
  std::vector<EncodedFrame> split = frames();
  for (auto& f : split) {
    const size_t n = f.data.size();
    f.partition_sizes = {n / 4, n / 2, n - n / 4 - n / 2};  // three partitions, S=1 at each
  }
  PacketRun run = test::Packetize(split, 200, 7, kT0);
  std::swap(run.packets[2], run.packets[4]);
  FrameAssembler a;
  for (const auto& p : run.packets) a.Insert(p);
  const auto popped = PopAll(a);
  ASSERT_EQ(popped.size(), split.size());
  for (size_t i = 0; i < popped.size(); ++i) EXPECT_EQ(popped[i].partition_sizes, split[i].partition_sizes);
  ExpectDecodable(popped, 0);
}

TEST_F(FrameAssemblerTest, LostMarkerPacketKeepsTheFrameIncomplete) {
  PacketRun run = test::Packetize(frames(), 300, 500, kT0);
  size_t last_of_0 = 0;
  while (run.frame_of[last_of_0 + 1] == 0) ++last_of_0;
  FrameAssembler a;
  for (size_t i = 0; i < run.packets.size(); ++i)
    if (i != last_of_0) a.Insert(run.packets[i]);
  EXPECT_FALSE(a.PopFrame());
  EXPECT_EQ(a.TakeNacks(kT0 + 10ms), std::vector<uint16_t>{run.packets[last_of_0].sequence});
  a.Insert(run.packets[last_of_0]);
  EXPECT_EQ(PopAll(a).size(), frames().size());
}

TEST_F(FrameAssemblerTest, LateJoinerWaitsForAKeyframeAndAsks) {
  PacketRun run = test::Packetize(frames(), 300, 40000, kT0);
  FrameAssembler a;
  for (size_t i = 0; i < run.packets.size(); ++i)
    if (run.frame_of[i] >= 2) a.Insert(run.packets[i]);  // joined after the keyframe
  EXPECT_FALSE(a.PopFrame());
  EXPECT_TRUE(a.TakeKeyframeRequest(kT0));
  EXPECT_LT(a.buffered_packets(), 5u);  // delta frames are not hoarded
}

TEST_F(FrameAssemblerTest, DuplicatesAndMalformedAreCountedAndDropped) {
  PacketRun run = test::Packetize(frames(), 300, 1, kT0);
  FrameAssembler a;
  for (const auto& p : run.packets) {
    a.Insert(p);
    a.Insert(p);
  }
  const uint8_t junk[] = {0x90};
  RtpVideoPacket bad = run.packets[0];
  bad.payload = junk;
  bad.sequence = 60000;
  a.Insert(bad);
  EXPECT_EQ(PopAll(a).size(), frames().size());
  EXPECT_EQ(a.stats().packets_duplicate, run.packets.size());
  EXPECT_EQ(a.stats().packets_malformed, 1u);
}

TEST_F(FrameAssemblerTest, SenderRestartingItsSequenceNumbersIsFollowed) {
  PacketRun first = test::Packetize(frames(), 300, 30000, kT0);
  FrameAssembler a;
  for (const auto& p : first.packets) a.Insert(p);
  EXPECT_EQ(PopAll(a).size(), frames().size());
  // The same sender starts again from sequence 100 (behind: not a wrap). The first 50 packets
  // look stale; then the assembler restarts and asks for a keyframe, which resumes decoding.
  const auto again = test::EncodeTextured(320, 180, 40, {0, 30});
  PacketRun second = test::Packetize(again, 300, 100, kT0 + 1s);
  size_t i = 0;
  for (; i < second.packets.size() && second.frame_of[i] < 30; ++i) a.Insert(second.packets[i]);
  EXPECT_EQ(a.stats().restarts, 1u);
  EXPECT_TRUE(PopAll(a).empty());
  EXPECT_TRUE(a.TakeKeyframeRequest(kT0 + 2s));
  for (; i < second.packets.size(); ++i) a.Insert(second.packets[i]);
  const auto popped = PopAll(a);
  ASSERT_EQ(popped.size(), again.size() - 30);
  EXPECT_TRUE(popped.front().keyframe);
}

TEST_F(FrameAssemblerTest, MemoryIsBoundedUnderEndlessLoss) {
  FrameAssemblerConfig config;
  config.max_packets = 64;
  FrameAssembler a(config);
  PacketRun run = test::Packetize(frames(), 100, 0, kT0);
  // The keyframe's first packet never arrives; the stream keeps going (the same frames
  // again with new sequence numbers and timestamps).
  uint16_t seq = 1;
  for (int lap = 0; lap < 20; ++lap)
    for (size_t i = 1; i < run.packets.size(); ++i) {
      RtpVideoPacket p = run.packets[i];
      p.sequence = seq++;
      p.timestamp += static_cast<uint32_t>(lap * 100000);
      a.Insert(p);
      EXPECT_LE(a.buffered_packets(), 64u);
    }
  EXPECT_TRUE(a.waiting_for_keyframe());
  EXPECT_TRUE(a.TakeKeyframeRequest(kT0));
}

}  // namespace
}  // namespace vc::mcu::video
