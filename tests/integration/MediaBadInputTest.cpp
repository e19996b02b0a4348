// Bad input on the media path while a real webrtcbin session runs: junk datagrams on the MCU's
// media port (from a stranger, then spoofed from the peer's own port), and a DTLS handshake that must fail because the offer's fingerprint is wrong.

#include "tests/integration/McuFixture.hpp"
#include "tests/integration/PeerSession.hpp"
#include "tests/integration/SpoofedUdpSender.hpp"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/udp.hpp>

#include <iostream>
#include <random>
#include <sstream>

namespace vc::tests::integration {
namespace {

using namespace std::chrono_literals;
namespace asio = boost::asio;

// Every hex digit of the a=fingerprint value replaced by another: well-formed, but wrong for
// webrtcbin's real certificate.
std::string WithWrongFingerprint(const std::string& sdp) {
  std::istringstream lines(sdp);
  std::string line;
  std::string out;
  while (std::getline(lines, line)) {
    if (line.rfind("a=fingerprint:", 0) == 0) {
      for (size_t i = line.find(' '); i != std::string::npos && i < line.size(); ++i) {
        const char c = line[i];
        if (std::isxdigit(static_cast<unsigned char>(c))) {
          const int value = std::stoi(std::string(1, c), nullptr, 16);
          line[i] = "0123456789ABCDEF"[(value + 5) % 16];
        }
      }
    }
    out += line + "\n";
  }
  return out;
}

std::vector<std::vector<uint8_t>> JunkDatagrams() {
  std::mt19937 random(2024);
  std::uniform_int_distribution<int> byte(0, 255);
  std::vector<std::vector<uint8_t>> junk;
  for (size_t size : {1u, 2u, 7u, 11u, 12u, 13u, 100u, 500u, 1200u}) {  // random bytes
    std::vector<uint8_t> d(size);
    for (auto& b : d) b = static_cast<uint8_t>(byte(random));
    junk.push_back(d);
  }
  junk.push_back({0x80, 0x6f, 0x00});                        // RTP (PT 111), truncated header
  junk.push_back({0x90, 0xe0, 0x00, 0x01, 0, 0, 0, 1, 0, 0});  // RTP with extension bit, truncated
  std::vector<uint8_t> rtp(172, 0xab);                       // full RTP, payload not SRTP-authentic
  rtp[0] = 0x80;
  rtp[1] = 0x6f;
  junk.push_back(rtp);
  junk.push_back({0x80, 0xc8, 0x00, 0x06, 1, 2, 3});         // RTCP SR, truncated
  junk.push_back({0x00, 0x01, 0x00, 0x50, 0x21, 0x12, 0xa4, 0x42, 1, 2, 3});  // STUN, short
  junk.push_back({0x16, 0xfe, 0xfd, 0x00, 0x00, 0x00});       // DTLS record header, truncated
  junk.push_back({0x17, 0xfe, 0xfd, 0, 1, 0, 0, 0, 0, 0, 9, 0x01, 0x00, 1, 2});  // DTLS app data
  return junk;
}

class MediaBadInput : public McuFixture {};

TEST_F(MediaBadInput, JunkDatagramsAreDroppedAndTheSessionContinues) {
  SignalingClient client(Port());
  WebrtcbinPeer peer({.tone_hz = 660});
  PeerSession session(client, peer);
  peer.Start();
  ASSERT_TRUE(session.Join("echo-junk", "Trường Tiểu học Vân Hồ", 5s)) << session.Describe();
  ASSERT_TRUE(session.PumpUntil(
      [&] { return peer.Media().HearsTone(660) && peer.Media().Video().frames >= 10; }, 60s))
      << session.Describe();

  std::optional<PeerSession::Candidate> target;
  for (const auto& c : session.McuCandidates()) {
    if (c.transport == "udp" && c.address == "127.0.0.1") target = c;
  }
  ASSERT_TRUE(target) << "the MCU offered no UDP candidate on 127.0.0.1\n" << session.Describe();

  std::optional<PeerSession::Candidate> own;
  for (const auto& c : session.PeerCandidates()) {
    if (c.transport == "udp" && c.address == "127.0.0.1") own = c;
  }
  ASSERT_TRUE(own) << "the peer sent no UDP candidate on 127.0.0.1\n" << session.Describe();
  const auto junk = JunkDatagrams();

  // 1. From a stranger's port: ICE does not know it, so it must simply be ignored.
  int frames_before = peer.Media().Video().frames;
  asio::io_context io;
  asio::ip::udp::socket socket(io, asio::ip::udp::endpoint(asio::ip::udp::v4(), 0));
  const asio::ip::udp::endpoint media(asio::ip::make_address("127.0.0.1"), target->port);
  for (int round = 0; round < 10; ++round) {  // interleaved with the real media
    for (const auto& datagram : junk) socket.send_to(asio::buffer(datagram), media);
    socket.send_to(asio::buffer(static_cast<const void*>(nullptr), 0), media);  // empty
    session.Pump(100ms);
  }
  session.Pump(1s);
  EXPECT_GE(peer.Media().Video().frames - frames_before, 10)
      << "video stalled after junk from a foreign port\n" << session.Describe();

  // 2. From the peer's own address and port: it reaches the MCU's DTLS/SRTP/RTP demultiplexing,
  // which must drop and count it and keep the session going.
  SpoofedUdpSender spoofed;
  if (!spoofed.Available()) GTEST_SKIP() << "cannot spoof the peer's port: " << spoofed.Error();
  const std::string metrics_before = Metrics();
  const double dropped_before = HttpProbe::CounterSum(metrics_before, "vc_packets_dropped_total");
  frames_before = peer.Media().Video().frames;
  for (int round = 0; round < 20; ++round) {
    for (const auto& datagram : junk) spoofed.Send(own->port, target->port, datagram);
    spoofed.Send(own->port, target->port, {});
    session.Pump(100ms);
  }
  session.Pump(2s);

  const int frames_after = peer.Media().Video().frames;
  EXPECT_GE(frames_after - frames_before, 20) << "video stalled\n" << session.Describe();
  EXPECT_TRUE(peer.Media().HearsTone(660))
      << "dominant " << peer.Media().RecentDominantFrequency().value_or(0) << " Hz";
  EXPECT_TRUE(session.Errors().empty()) << session.Describe();
  const std::string metrics = Metrics();
  const double dropped_after = HttpProbe::CounterSum(metrics, "vc_packets_dropped_total");
  EXPECT_GT(dropped_after, dropped_before)
      << "junk from 127.0.0.1:" << own->port << " to port " << target->port
      << " was not counted as dropped; metrics:\n" << metrics;
  std::cout << "[junk] vc_packets_dropped_total " << dropped_before << " -> " << dropped_after
            << " (";
  for (const char* reason : {"not_rtp", "rtp_parse", "rtcp_parse", "srtp_auth", "unknown_ssrc",
                             "srtp_not_ready", "no_route"}) {
    std::cout << reason << " +"
              << HttpProbe::CounterSum(metrics, "vc_packets_dropped_total", {{"reason", reason}}) -
                     HttpProbe::CounterSum(metrics_before, "vc_packets_dropped_total",
                                           {{"reason", reason}})
              << " ";
  }
  std::cout << "), video frames +" << (frames_after - frames_before) << "\n";
  ExpectMcuHealthy();
}

TEST_F(MediaBadInput, WrongFingerprintFailsDtlsAndIsReported) {
  SignalingClient client(Port());
  WebrtcbinPeer peer({.tone_hz = 660});
  PeerSession session(client, peer);
  session.SetOfferFilter(&WithWrongFingerprint);
  peer.Start();
  ASSERT_TRUE(session.Join("echo-dtls", "Trường THCS Mỹ Đức", 5s)) << session.Describe();

  const bool failed = session.PumpUntil([&] { return session.HasError("media_failed"); }, 40s);
  EXPECT_TRUE(failed) << "no media_failed error within 40 s\n" << session.Describe();
  EXPECT_TRUE(session.Answered()) << "the offer itself was fine apart from the fingerprint";
  EXPECT_GE(Counter("vc_dtls_handshakes_total", {{"result", "failed"}}), 1.0) << Metrics();
  EXPECT_TRUE(client.WaitClosed(5s)) << "media_failed is fatal: the socket should close";
  EXPECT_EQ(peer.Media().Video().frames, 0) << "media flowed despite a wrong fingerprint";
  ExpectMcuHealthy();
}

}  // namespace
}  // namespace vc::tests::integration
