#include <gtest/gtest.h>

#include <vector>

#include "common/rtp/RtpPacketView.hpp"
#include "tests/common/util/TestDataFile.hpp"

namespace vc::common::rtp {
namespace {

using test::ReadTestData;

// A real Opus packet from rtpopuspay with the RFC 6464 audio level (one-byte form, ID 1).
TEST(RtpPacketViewTest, ParsesRecordedOpusWithAudioLevel) {
  const auto bytes = ReadTestData("rtp/opus-audio-level-1.bin");
  ASSERT_EQ(bytes.size(), 265u);
  const auto packet = RtpPacketView::Parse(bytes.data(), bytes.size());
  ASSERT_TRUE(packet);
  EXPECT_EQ(packet->PayloadType(), 111);
  EXPECT_TRUE(packet->Marker());
  EXPECT_EQ(packet->SequenceNumber(), 0x078C);
  EXPECT_EQ(packet->Timestamp(), 0x1FB47B66u);
  EXPECT_EQ(packet->Ssrc(), 0x0C2ECC36u);
  EXPECT_EQ(packet->CsrcCount(), 0u);
  EXPECT_TRUE(packet->HasExtension());
  EXPECT_EQ(packet->ExtensionProfile(), RtpPacketView::kOneByteProfile);
  EXPECT_EQ(packet->HeaderSize(), 20u);
  EXPECT_EQ(packet->PaddingSize(), 0u);
  EXPECT_EQ(packet->PayloadSize(), 245u);
  EXPECT_EQ(packet->Payload().data(), bytes.data() + 20);
  EXPECT_EQ(packet->Payload()[0], 0xF8);  // Opus TOC: CELT FB 20 ms.
  const auto level = packet->Extension(1);
  ASSERT_TRUE(level);
  ASSERT_EQ(level->size(), 1u);
  EXPECT_EQ((*level)[0], 0x15);
  EXPECT_FALSE(packet->Extension(2));
}

TEST(RtpPacketViewTest, ParsesRecordedVp8WithTransportSequenceNumber) {
  const auto bytes = ReadTestData("rtp/vp8-twcc-1.bin");
  ASSERT_EQ(bytes.size(), 408u);
  const auto packet = RtpPacketView::Parse(bytes);
  ASSERT_TRUE(packet);
  EXPECT_EQ(packet->PayloadType(), 96);
  EXPECT_FALSE(packet->Marker());
  EXPECT_EQ(packet->SequenceNumber(), 0x6FA1);
  EXPECT_EQ(packet->Ssrc(), 0xCCE673DAu);
  const auto twcc = packet->Extension(3);
  ASSERT_TRUE(twcc);
  ASSERT_EQ(twcc->size(), 2u);
  EXPECT_EQ((*twcc)[0], 0x6F);
  EXPECT_EQ((*twcc)[1], 0xA1);
  // VP8 payload descriptor (S=1, PID 0) then a key frame start code.
  ASSERT_GE(packet->PayloadSize(), 7u);
  EXPECT_EQ(packet->Payload()[0], 0x10);
  EXPECT_EQ(packet->Payload()[4], 0x9D);
  EXPECT_EQ(packet->Payload()[5], 0x01);
  EXPECT_EQ(packet->Payload()[6], 0x2A);
}

TEST(RtpPacketViewTest, ParsesRecordedPacketWithoutExtension) {
  const auto bytes = ReadTestData("rtp/opus-no-extension.bin");
  ASSERT_FALSE(bytes.empty());
  const auto packet = RtpPacketView::Parse(bytes);
  ASSERT_TRUE(packet);
  EXPECT_FALSE(packet->HasExtension());
  EXPECT_EQ(packet->HeaderSize(), 12u);
  EXPECT_EQ(packet->PayloadSize(), bytes.size() - 12);
  EXPECT_EQ(packet->SequenceNumber(), 0x6DBF);
  EXPECT_FALSE(packet->Extension(1));
}

// A Chrome video packet with the two-byte form (profile 0x1000), as decoded by Wireshark:
// IDs 2 (abs-send-time), 4 (transport-wide seq), 9, 3, 6, 7 (13 bytes) and 13 (33 bytes).
const std::vector<uint8_t> kChromeTwoByte = {
    0x90, 0x2d, 0x61, 0xc5, 0x95, 0x0a, 0x0f, 0xee, 0x8d, 0x38, 0x14, 0xe5, 0x10, 0x00,
    0x00, 0x11, 0x02, 0x03, 0x03, 0xf7, 0xae, 0x04, 0x02, 0x00, 0x02, 0x09, 0x01, 0x30,
    0x03, 0x01, 0x00, 0x06, 0x01, 0x02, 0x07, 0x0d, 0x01, 0x00, 0x01, 0x00, 0x07, 0x00,
    0x07, 0x00, 0x0a, 0x00, 0x00, 0x00, 0x00, 0x0d, 0x21, 0xc0, 0x00, 0x01, 0x80, 0x03,
    0x18, 0x7a, 0xaa, 0xf1, 0x30, 0xa0, 0xa0, 0x14, 0xd1, 0x41, 0x38, 0x23, 0x04, 0x60,
    0x08, 0x64, 0x22, 0x22, 0x26, 0x50, 0x09, 0xf0, 0x07, 0x70, 0x13, 0xf0, 0x0e, 0xf0};

TEST(RtpPacketViewTest, ParsesTwoByteExtensions) {
  const auto packet = RtpPacketView::Parse(kChromeTwoByte);
  ASSERT_TRUE(packet);
  EXPECT_EQ(packet->ExtensionProfile(), 0x1000);
  EXPECT_EQ(packet->SequenceNumber(), 25029);
  EXPECT_EQ(packet->Timestamp(), 2500464622u);
  EXPECT_EQ(packet->HeaderSize(), kChromeTwoByte.size());
  EXPECT_EQ(packet->PayloadSize(), 0u);
  const auto abs = packet->Extension(2);
  ASSERT_TRUE(abs);
  EXPECT_EQ(std::vector<uint8_t>(abs->begin(), abs->end()),
            (std::vector<uint8_t>{0x03, 0xf7, 0xae}));
  const auto tsn = packet->Extension(4);
  ASSERT_TRUE(tsn);
  EXPECT_EQ(tsn->size(), 2u);
  const auto big = packet->Extension(13);
  ASSERT_TRUE(big);
  EXPECT_EQ(big->size(), 33u);
  EXPECT_EQ((*big)[0], 0xc0);
  EXPECT_EQ((*big)[32], 0xf0);
  EXPECT_FALSE(packet->Extension(5));
}

TEST(RtpPacketViewTest, OneByteFormSkipsPaddingAndStopsAtId15) {
  // clang-format off
  std::vector<uint8_t> bytes = {
      0x90, 0x00, 0x00, 0x01, 0, 0, 0, 0, 0, 0, 0, 1,
      0xBE, 0xDE, 0x00, 0x02,
      0x00, 0x22, 0xAA, 0xBB, 0xCC,  // padding, ID 2 (3 bytes)
      0xF0, 0x51, 0x00,              // ID 15 stops parsing
      0x42};                         // payload
  // clang-format on
  const auto packet = RtpPacketView::Parse(bytes);
  ASSERT_TRUE(packet);
  const auto two = packet->Extension(2);
  ASSERT_TRUE(two);
  EXPECT_EQ(two->size(), 3u);
  EXPECT_EQ((*two)[2], 0xCC);
  EXPECT_FALSE(packet->Extension(5));  // Behind the ID 15 marker.
  EXPECT_FALSE(packet->Extension(15));
  ASSERT_EQ(packet->PayloadSize(), 1u);
  EXPECT_EQ(packet->Payload()[0], 0x42);
}

TEST(RtpPacketViewTest, CsrcsAndPadding) {
  // CC=2, P=1; payload of 3 bytes followed by 4 bytes of padding.
  // clang-format off
  std::vector<uint8_t> bytes = {
      0xA2, 0x80 | 100, 0x12, 0x34, 0, 0, 0x10, 0, 0xCA, 0xFE, 0xBA, 0xBE,
      0x11, 0x11, 0x11, 0x11, 0x22, 0x22, 0x22, 0x22,  // CSRCs
      0x01, 0x02, 0x03,                                // payload
      0x00, 0x00, 0x00, 0x04};                         // padding
  // clang-format on
  const auto packet = RtpPacketView::Parse(bytes);
  ASSERT_TRUE(packet);
  EXPECT_EQ(packet->CsrcCount(), 2u);
  EXPECT_EQ(packet->Csrc(0), 0x11111111u);
  EXPECT_EQ(packet->Csrc(1), 0x22222222u);
  EXPECT_EQ(packet->Csrc(2), 0u);
  EXPECT_EQ(packet->HeaderSize(), 20u);
  EXPECT_EQ(packet->PaddingSize(), 4u);
  EXPECT_EQ(packet->PayloadSize(), 3u);
  EXPECT_EQ(packet->PayloadType(), 100);
  EXPECT_TRUE(packet->Marker());
}

TEST(RtpPacketViewTest, PaddingOnlyPacket) {
  // Probing packets carry no payload, only padding.
  std::vector<uint8_t> bytes = {0xA0, 96, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 4};
  const auto packet = RtpPacketView::Parse(bytes);
  ASSERT_TRUE(packet);
  EXPECT_EQ(packet->PayloadSize(), 0u);
  EXPECT_EQ(packet->PaddingSize(), 4u);
}

TEST(RtpPacketViewTest, RejectsMalformed) {
  const auto good = ReadTestData("rtp/opus-audio-level-1.bin");
  ASSERT_FALSE(good.empty());
  // Every truncation of a packet with an extension either fails or stays inside the bytes given.
  for (size_t len = 0; len < 20; ++len) {
    EXPECT_FALSE(RtpPacketView::Parse(good.data(), len)) << len;
  }
  EXPECT_FALSE(RtpPacketView::Parse(nullptr, 0));

  auto bad_version = good;
  bad_version[0] = 0x50;
  EXPECT_FALSE(RtpPacketView::Parse(bad_version));

  auto csrc_overrun = good;
  csrc_overrun[0] = 0x8F;  // 15 CSRCs need a 72-byte header.
  EXPECT_FALSE(RtpPacketView::Parse(csrc_overrun.data(), 60));

  auto ext_overrun = good;
  ext_overrun[14] = 0xFF;  // Extension length of 0xFF01 words.
  EXPECT_FALSE(RtpPacketView::Parse(ext_overrun));

  auto element_overrun = good;
  element_overrun[16] = 0x1F;  // ID 1 claims 16 bytes inside a 4-byte block.
  EXPECT_FALSE(RtpPacketView::Parse(element_overrun));

  std::vector<uint8_t> zero_padding = {0xA0, 96, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0xAA, 0x00};
  EXPECT_FALSE(RtpPacketView::Parse(zero_padding));
  std::vector<uint8_t> too_much_padding = {0xA0, 96, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0xAA, 0x03};
  EXPECT_FALSE(RtpPacketView::Parse(too_much_padding));
  std::vector<uint8_t> padding_no_room = {0xA0, 96, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1};
  EXPECT_FALSE(RtpPacketView::Parse(padding_no_room));

  std::vector<uint8_t> two_byte_cut = {0x90, 96, 0,    1,    0,    0,    0,    0,    0,    0,
                                       0,    1,  0x10, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x07};
  EXPECT_FALSE(RtpPacketView::Parse(two_byte_cut));  // ID 7 with no length byte.
}

TEST(RtpPacketViewTest, OpaqueExtensionProfileIsKeptButNotSearched) {
  std::vector<uint8_t> bytes = {0x90, 96, 0,    1,    0,    0,    0,    0,    0,    0,
                                0,    1,  0xAB, 0xCD, 0x00, 0x01, 0x10, 0x20, 0x30, 0x40};
  const auto packet = RtpPacketView::Parse(bytes);
  ASSERT_TRUE(packet);
  EXPECT_EQ(packet->ExtensionProfile(), 0xABCD);
  EXPECT_EQ(packet->ExtensionBlock().size(), 4u);
  EXPECT_FALSE(packet->Extension(1));
}

}  // namespace
}  // namespace vc::common::rtp
