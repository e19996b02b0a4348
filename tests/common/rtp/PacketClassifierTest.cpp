#include <gtest/gtest.h>

#include <array>
#include <string>

#include "common/rtp/PacketClassifier.hpp"
#include "tests/common/util/TestDataFile.hpp"

namespace vc::common::rtp {
namespace {

TEST(PacketClassifierTest, RecordedRtpAndRtcp) {
  for (const char* file :
       {"rtp/opus-audio-level-1.bin", "rtp/vp8-twcc-1.bin", "rtp/opus-no-extension.bin"}) {
    const auto bytes = test::ReadTestData(file);
    ASSERT_FALSE(bytes.empty()) << file;
    EXPECT_EQ(PacketClassifier::Classify(bytes), PacketKind::kRtp) << file;
    EXPECT_TRUE(PacketClassifier::LooksLikeRtp(bytes)) << file;
    EXPECT_FALSE(PacketClassifier::LooksLikeRtcp(bytes.data(), bytes.size())) << file;
  }
  for (const char* file :
       {"rtcp/sr-sdes.bin", "rtcp/rr-sdes-pli.bin", "rtcp/twcc-run-length.bin"}) {
    const auto bytes = test::ReadTestData(file);
    ASSERT_FALSE(bytes.empty()) << file;
    EXPECT_EQ(PacketClassifier::Classify(bytes), PacketKind::kRtcp) << file;
    EXPECT_TRUE(PacketClassifier::LooksLikeRtcp(bytes.data(), bytes.size())) << file;
  }
}

TEST(PacketClassifierTest, FirstByteRanges) {
  // STUN binding request, DTLS ClientHello record, TURN ChannelData, ZRTP.
  const std::array<uint8_t, 12> stun = {0x00, 0x01, 0x00, 0x00, 0x21, 0x12, 0xA4, 0x42};
  const std::array<uint8_t, 13> dtls = {0x16, 0xFE, 0xFD};
  const std::array<uint8_t, 4> turn = {0x40, 0x00, 0x00, 0x00};
  const std::array<uint8_t, 4> zrtp = {0x10, 0x00};
  EXPECT_EQ(PacketClassifier::Classify(stun), PacketKind::kStun);
  EXPECT_EQ(PacketClassifier::Classify(dtls), PacketKind::kDtls);
  EXPECT_EQ(PacketClassifier::Classify(turn), PacketKind::kTurnChannel);
  EXPECT_EQ(PacketClassifier::Classify(zrtp), PacketKind::kZrtp);
  EXPECT_EQ(PacketClassifier::Classify(nullptr, 0), PacketKind::kUnknown);
  const std::array<uint8_t, 1> high = {0xFF};
  EXPECT_EQ(PacketClassifier::Classify(high), PacketKind::kUnknown);
}

TEST(PacketClassifierTest, Rfc5761PayloadTypeRange) {
  std::array<uint8_t, 12> packet = {0x80, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1};
  for (int second = 0; second < 256; ++second) {
    packet[1] = static_cast<uint8_t>(second);
    const int pt = second & 0x7F;
    const bool rtcp = pt >= 64 && pt <= 95;
    EXPECT_EQ(PacketClassifier::LooksLikeRtcp(packet), rtcp) << second;
    EXPECT_EQ(PacketClassifier::LooksLikeRtp(packet), !rtcp) << second;
  }
  // Too short for either.
  EXPECT_FALSE(PacketClassifier::LooksLikeRtcp(packet.data(), 7));
  EXPECT_FALSE(PacketClassifier::LooksLikeRtp(packet.data(), 11));
  EXPECT_EQ(std::string(ToString(PacketKind::kDtls)), "dtls");
}

}  // namespace
}  // namespace vc::common::rtp
