// DTLS-SRTP end to end in memory: the keys each side exports drive SrtpSessions that interoperate.
#include <gtest/gtest.h>

#include <array>
#include <vector>

#include "mcu/srtp/SrtpSession.hpp"
#include "tests/mcu/dtls/DtlsTestPeer.hpp"

namespace vc::mcu::dtls {
namespace {

using srtp::SrtpProfile;
using srtp::SrtpSession;
using test::DtlsTestPeer;
using Direction = SrtpSession::Direction;

std::vector<uint8_t> RtpPacket(uint16_t sequence, uint32_t ssrc) {
  std::vector<uint8_t> packet = {0x80,
                                 111,
                                 static_cast<uint8_t>(sequence >> 8),
                                 static_cast<uint8_t>(sequence),
                                 0,
                                 0,
                                 0x10,
                                 0,
                                 static_cast<uint8_t>(ssrc >> 24),
                                 static_cast<uint8_t>(ssrc >> 16),
                                 static_cast<uint8_t>(ssrc >> 8),
                                 static_cast<uint8_t>(ssrc)};
  for (int i = 0; i < 160; ++i) packet.push_back(static_cast<uint8_t>(i));
  return packet;
}

// Protects with `from`'s local key and unprotects with `to`'s remote key.
void ExpectRtpFlows(const SrtpKeyMaterial& from, const SrtpKeyMaterial& to) {
  SrtpSession outbound(Direction::kOutbound, from.profile, from.local_key_salt);
  SrtpSession inbound(Direction::kInbound, to.profile, to.remote_key_salt);
  for (uint16_t seq = 1000; seq < 1010; ++seq) {
    const auto plain = RtpPacket(seq, 0x11223344);
    std::array<uint8_t, 1500> buffer{};
    std::copy(plain.begin(), plain.end(), buffer.begin());
    size_t len = plain.size();
    ASSERT_TRUE(outbound.ProtectRtp(buffer.data(), &len, buffer.size()));
    EXPECT_EQ(len, plain.size() + srtp::SrtpRtpOverhead(from.profile));
    ASSERT_TRUE(inbound.UnprotectRtp(buffer.data(), &len));
    ASSERT_EQ(len, plain.size());
    EXPECT_TRUE(std::equal(plain.begin(), plain.end(), buffer.begin()));
  }
  // RTCP: a minimal receiver report.
  std::array<uint8_t, 64> rtcp{0x80, 201, 0, 1, 0x11, 0x22, 0x33, 0x44};
  size_t len = 8;
  ASSERT_TRUE(outbound.ProtectRtcp(rtcp.data(), &len, rtcp.size()));
  ASSERT_TRUE(inbound.UnprotectRtcp(rtcp.data(), &len));
  EXPECT_EQ(len, 8u);
  EXPECT_EQ(rtcp[1], 201);
}

class DtlsSrtpTest : public ::testing::TestWithParam<SrtpProfile> {};

TEST_P(DtlsSrtpTest, ExportedKeysProtectAndUnprotectBothWays) {
  DtlsTransport::Options options;
  options.srtp_profiles = {GetParam()};
  DtlsTestPeer client(options);
  DtlsTestPeer server(options);
  test::StartPair(client, server);
  test::Pump(client, server);
  ASSERT_TRUE(client.keys && server.keys);
  ASSERT_EQ(client.keys->profile, GetParam());
  ExpectRtpFlows(*client.keys, *server.keys);
  ExpectRtpFlows(*server.keys, *client.keys);

  // Our own key does not open what we sent: local and remote keys really differ.
  SrtpSession outbound(Direction::kOutbound, GetParam(), client.keys->local_key_salt);
  SrtpSession wrong(Direction::kInbound, GetParam(), client.keys->remote_key_salt);
  auto packet = RtpPacket(1, 7);
  packet.resize(packet.size() + 16);
  size_t len = packet.size() - 16;
  ASSERT_TRUE(outbound.ProtectRtp(packet.data(), &len, packet.size()));
  EXPECT_FALSE(wrong.UnprotectRtp(packet.data(), &len));
}

INSTANTIATE_TEST_SUITE_P(Profiles, DtlsSrtpTest,
                         ::testing::Values(SrtpProfile::kAes128CmSha1_80,
                                           SrtpProfile::kAeadAes128Gcm),
                         [](const ::testing::TestParamInfo<SrtpProfile>& info) {
                           return std::string(info.param == SrtpProfile::kAeadAes128Gcm ? "Gcm"
                                                                                        : "AesCm");
                         });

}  // namespace
}  // namespace vc::mcu::dtls
