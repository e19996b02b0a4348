#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <random>
#include <vector>

#include "mcu/srtp/SrtpError.hpp"
#include "mcu/srtp/SrtpLibrary.hpp"
#include "mcu/srtp/SrtpSession.hpp"

namespace vc::mcu::srtp {
namespace {

using Direction = SrtpSession::Direction;

std::vector<uint8_t> Key(SrtpProfile profile, uint8_t seed) {
  std::vector<uint8_t> key(SrtpKeySaltLength(profile));
  for (size_t i = 0; i < key.size(); ++i) key[i] = static_cast<uint8_t>(seed + i * 7);
  return key;
}

struct Packet {
  std::array<uint8_t, 1500> bytes{};
  size_t len = 0;
};

Packet Rtp(uint16_t sequence, uint32_t ssrc, size_t payload = 100) {
  Packet p;
  const uint8_t header[12] = {0x80,
                              96,
                              static_cast<uint8_t>(sequence >> 8),
                              static_cast<uint8_t>(sequence),
                              0,
                              0,
                              0,
                              1,
                              static_cast<uint8_t>(ssrc >> 24),
                              static_cast<uint8_t>(ssrc >> 16),
                              static_cast<uint8_t>(ssrc >> 8),
                              static_cast<uint8_t>(ssrc)};
  std::copy(std::begin(header), std::end(header), p.bytes.begin());
  for (size_t i = 0; i < payload; ++i) p.bytes[12 + i] = static_cast<uint8_t>(i * 3);
  p.len = 12 + payload;
  return p;
}

Packet Rtcp(uint32_t ssrc) {
  Packet p;
  const uint8_t rr[8] = {0x80,
                         201,
                         0,
                         1,
                         static_cast<uint8_t>(ssrc >> 24),
                         static_cast<uint8_t>(ssrc >> 16),
                         static_cast<uint8_t>(ssrc >> 8),
                         static_cast<uint8_t>(ssrc)};
  std::copy(std::begin(rr), std::end(rr), p.bytes.begin());
  p.len = 8;
  return p;
}

class SrtpSessionTest : public ::testing::TestWithParam<SrtpProfile> {
 protected:
  SrtpProfile profile() const { return GetParam(); }
  SrtpSession sender_{Direction::kOutbound, GetParam(), Key(GetParam(), 1)};
  SrtpSession receiver_{Direction::kInbound, GetParam(), Key(GetParam(), 1)};
};

TEST_P(SrtpSessionTest, RtpRoundTripForSeveralSsrcs) {
  for (uint32_t ssrc : {1u, 0xdeadbeefu, 42u}) {
    for (uint16_t seq = 65530; seq != 5; ++seq) {  // Across the sequence number wrap.
      Packet p = Rtp(seq, ssrc);
      const Packet plain = p;
      ASSERT_TRUE(sender_.ProtectRtp(p.bytes.data(), &p.len, p.bytes.size()));
      EXPECT_EQ(p.len, plain.len + SrtpRtpOverhead(profile()));
      EXPECT_NE(0, std::memcmp(p.bytes.data() + 12, plain.bytes.data() + 12, 16));  // Encrypted.
      ASSERT_TRUE(receiver_.UnprotectRtp(p.bytes.data(), &p.len));
      ASSERT_EQ(p.len, plain.len);
      EXPECT_EQ(0, std::memcmp(p.bytes.data(), plain.bytes.data(), p.len));
    }
  }
}

TEST_P(SrtpSessionTest, RtcpRoundTrip) {
  for (int i = 0; i < 3; ++i) {
    Packet p = Rtcp(0x01020304);
    ASSERT_TRUE(sender_.ProtectRtcp(p.bytes.data(), &p.len, p.bytes.size()));
    EXPECT_EQ(p.len, 8 + SrtpRtcpOverhead(profile()));
    ASSERT_TRUE(receiver_.UnprotectRtcp(p.bytes.data(), &p.len));
    EXPECT_EQ(p.len, 8u);
    EXPECT_EQ(p.bytes[1], 201);
  }
}

TEST_P(SrtpSessionTest, TamperedReplayedAndForeignPacketsFail) {
  Packet p = Rtp(10, 5);
  ASSERT_TRUE(sender_.ProtectRtp(p.bytes.data(), &p.len, p.bytes.size()));
  Packet tampered = p;
  tampered.bytes[20] ^= 0x01;
  EXPECT_FALSE(receiver_.UnprotectRtp(tampered.bytes.data(), &tampered.len));
  Packet copy = p;
  ASSERT_TRUE(receiver_.UnprotectRtp(p.bytes.data(), &p.len));
  EXPECT_FALSE(receiver_.UnprotectRtp(copy.bytes.data(), &copy.len));  // Replay.

  SrtpSession other(Direction::kInbound, profile(), Key(profile(), 99));
  Packet q = Rtp(11, 5);
  ASSERT_TRUE(sender_.ProtectRtp(q.bytes.data(), &q.len, q.bytes.size()));
  EXPECT_FALSE(other.UnprotectRtp(q.bytes.data(), &q.len));
}

TEST_P(SrtpSessionTest, RetransmissionWithTheSameSequenceNumberIsAllowed) {
  for (int i = 0; i < 2; ++i) {
    Packet p = Rtp(77, 9);
    EXPECT_TRUE(sender_.ProtectRtp(p.bytes.data(), &p.len, p.bytes.size()));
  }
}

TEST_P(SrtpSessionTest, ReorderedPacketsInsideTheWindowAreAccepted) {
  std::vector<Packet> protected_packets;
  for (uint16_t seq = 100; seq < 400; ++seq) {
    Packet p = Rtp(seq, 3, 20);
    ASSERT_TRUE(sender_.ProtectRtp(p.bytes.data(), &p.len, p.bytes.size()));
    protected_packets.push_back(p);
  }
  std::reverse(protected_packets.begin() + 1, protected_packets.end());
  for (auto& p : protected_packets) {
    EXPECT_TRUE(receiver_.UnprotectRtp(p.bytes.data(), &p.len));
  }
}

TEST_P(SrtpSessionTest, BadArgumentsReturnFalse) {
  Packet p = Rtp(1, 1);
  EXPECT_FALSE(sender_.ProtectRtp(p.bytes.data(), &p.len, p.len + 3));  // No room for the tag.
  EXPECT_FALSE(receiver_.ProtectRtp(p.bytes.data(), &p.len, p.bytes.size()));  // Wrong direction.
  EXPECT_FALSE(sender_.UnprotectRtp(p.bytes.data(), &p.len));
  size_t short_len = 5;
  EXPECT_FALSE(sender_.ProtectRtp(p.bytes.data(), &short_len, p.bytes.size()));
  EXPECT_FALSE(receiver_.UnprotectRtcp(p.bytes.data(), &short_len));
  EXPECT_FALSE(sender_.ProtectRtp(nullptr, &p.len, 100));
}

TEST_P(SrtpSessionTest, GarbageNeverCrashes) {
  std::mt19937 rng(7);
  for (int i = 0; i < 2000; ++i) {
    Packet p;
    p.len = rng() % 300;
    for (size_t j = 0; j < p.len; ++j) p.bytes[j] = static_cast<uint8_t>(rng());
    if (p.len > 0 && i % 2 == 0) p.bytes[0] = 0x80 | (p.bytes[0] & 0x3f);
    Packet q = p;
    EXPECT_FALSE(receiver_.UnprotectRtp(p.bytes.data(), &p.len));
    EXPECT_FALSE(receiver_.UnprotectRtcp(q.bytes.data(), &q.len));
  }
}

TEST_P(SrtpSessionTest, WrongKeyLengthThrows) {
  std::vector<uint8_t> key(SrtpKeySaltLength(profile()) - 1);
  EXPECT_THROW(SrtpSession(Direction::kInbound, profile(), key), SrtpError);
  key.resize(SrtpKeySaltLength(profile()) + 2);
  EXPECT_THROW(SrtpSession(Direction::kOutbound, profile(), key), SrtpError);
}

INSTANTIATE_TEST_SUITE_P(Profiles, SrtpSessionTest,
                         ::testing::Values(SrtpProfile::kAes128CmSha1_80,
                                           SrtpProfile::kAeadAes128Gcm),
                         [](const ::testing::TestParamInfo<SrtpProfile>& info) {
                           return std::string(info.param == SrtpProfile::kAeadAes128Gcm ? "Gcm"
                                                                                        : "AesCm");
                         });

TEST(SrtpLibraryTest, InitIsIdempotent) {
  EXPECT_NO_THROW(EnsureSrtpInitialized());
  EXPECT_NO_THROW(EnsureSrtpInitialized());
}

TEST(SrtpProfileTest, KeyLengthsMatchRfc) {
  EXPECT_EQ(SrtpKeySaltLength(SrtpProfile::kAes128CmSha1_80), 30u);
  EXPECT_EQ(SrtpKeySaltLength(SrtpProfile::kAeadAes128Gcm), 28u);
  EXPECT_EQ(SrtpRtpOverhead(SrtpProfile::kAes128CmSha1_80), 10u);
  EXPECT_EQ(SrtpRtcpOverhead(SrtpProfile::kAeadAes128Gcm), 20u);
}

}  // namespace
}  // namespace vc::mcu::srtp
