#include <gtest/gtest.h>

#include <sstream>

#include "common/sdp/IceCandidate.hpp"
#include "tests/common/sdp/SdpTestData.hpp"

namespace vc::common::sdp {
namespace {

TEST(IceCandidateTest, ParsesRealChromiumTrickleCandidates) {
  std::istringstream lines(test::ReadSdpFile("chromium-candidates.txt"));
  std::string line;
  int count = 0;
  while (std::getline(lines, line)) {
    if (line.empty()) continue;
    auto c = ParseIceCandidate(line);
    ASSERT_TRUE(c) << line;
    EXPECT_EQ(c->component, 1u);
    EXPECT_EQ(c->transport, "udp");
    EXPECT_EQ(c->type, "host");
    EXPECT_NE(c->address.find(".local"), std::string::npos);  // mDNS-obfuscated host
    EXPECT_EQ(c->generation, 0u);
    ASSERT_EQ(c->extensions.size(), 2u);
    EXPECT_EQ(c->extensions[0].first, "ufrag");
    EXPECT_EQ(c->extensions[1], (std::pair<std::string, std::string>{"network-cost", "999"}));
    EXPECT_EQ(WriteIceCandidate(*c), line);  // Chromium's field order is ours
    ++count;
  }
  EXPECT_EQ(count, 2);
}

TEST(IceCandidateTest, ParsesLibniceCandidateWithAndWithoutPrefix) {
  auto with = ParseIceCandidate("candidate:1 1 UDP 2015363327 127.0.0.1 40211 typ host");
  auto without = ParseIceCandidate("1 1 UDP 2015363327 127.0.0.1 40211 typ host");
  auto sdp_line = ParseIceCandidate("a=candidate:1 1 UDP 2015363327 127.0.0.1 40211 typ host\r\n");
  ASSERT_TRUE(with && without && sdp_line);
  EXPECT_EQ(with->foundation, "1");
  EXPECT_EQ(with->priority, 2015363327u);
  EXPECT_EQ(with->address, "127.0.0.1");
  EXPECT_EQ(with->port, 40211);
  EXPECT_EQ(WriteIceCandidate(*without), WriteIceCandidate(*with));
  EXPECT_EQ(WriteIceCandidate(*sdp_line), WriteIceCandidate(*with));
}

TEST(IceCandidateTest, ParsesRelatedAddressAndTcpType) {
  auto srflx = ParseIceCandidate(
      "candidate:842163049 1 udp 1677729535 203.0.113.7 50123 typ srflx raddr 10.0.0.2 rport 50123 "
      "generation 3 network-id 1");
  ASSERT_TRUE(srflx);
  EXPECT_EQ(srflx->type, "srflx");
  EXPECT_EQ(srflx->related_address, "10.0.0.2");
  EXPECT_EQ(srflx->related_port, 50123);
  EXPECT_EQ(srflx->generation, 3u);
  EXPECT_EQ(
      WriteIceCandidate(*srflx),
      "candidate:842163049 1 udp 1677729535 203.0.113.7 50123 typ srflx raddr 10.0.0.2 rport 50123 "
      "generation 3 network-id 1");

  auto tcp =
      ParseIceCandidate("candidate:3 1 TCP 1010827519 fd00::2 41285 typ host tcptype passive");
  ASSERT_TRUE(tcp);
  EXPECT_EQ(tcp->address, "fd00::2");
  EXPECT_EQ(tcp->tcp_type, "passive");
}

TEST(IceCandidateTest, WritesOurOwnCandidate) {
  IceCandidate c;
  c.foundation = "1";
  c.transport = "UDP";
  c.priority = 2015363327;
  c.address = "127.0.0.1";
  c.port = 40211;
  c.type = "host";
  EXPECT_EQ(WriteIceCandidate(c), "candidate:1 1 UDP 2015363327 127.0.0.1 40211 typ host");
}

TEST(IceCandidateTest, RejectsGarbage) {
  const char* bad[] = {
      "",
      "candidate:",
      "candidate:1 1 udp 1 127.0.0.1 9 typ",                    // no type
      "candidate:1 1 udp 1 127.0.0.1 9 host host",              // no "typ"
      "candidate:1 0 udp 1 127.0.0.1 9 typ host",               // component 0
      "candidate:1 257 udp 1 127.0.0.1 9 typ host",             // component > 256
      "candidate:1 1 udp -1 127.0.0.1 9 typ host",              // negative priority
      "candidate:1 1 udp 4294967296 127.0.0.1 9 typ host",      // priority > 32 bits
      "candidate:1 1 udp 1 127.0.0.1 65536 typ host",           // port > 16 bits
      "candidate:1 1 udp 1 127.0.0.1 9x typ host",              // trailing junk in number
      "candidate:1 1 udp 1 127.0.0.1 9 typ host raddr",         // dangling extension name
      "candidate:1 1 udp 1 127.0.0.1 9 typ srflx rport abc",    // bad rport
      "candidate:1 1 udp 1 127.0.0.1 9 typ host generation x",  // bad generation
      "candidate:f@o 1 udp 1 127.0.0.1 9 typ host",             // foundation not ice-chars
      "candidate:123456789012345678901234567890123 1 udp 1 a 9 typ host",  // foundation > 32
      "candidate:1 1 udp 1 127.0.0.\x01 9 typ host",                       // control byte
      "{\"candidate\":\"x\"}",
  };
  for (const char* text : bad) EXPECT_FALSE(ParseIceCandidate(text)) << text;
}

}  // namespace
}  // namespace vc::common::sdp
