// The test-side pieces on their own, without vc-mcu: the tone analyzer, the metrics reader, and
// two WebrtcbinPeers connected to each other directly (proves the peer code before blaming an MCU).

#include "tests/integration/HttpProbe.hpp"
#include "tests/integration/PeerSession.hpp"
#include "tests/integration/ToneAnalyzer.hpp"
#include "tests/integration/WebrtcbinPeer.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <random>
#include <thread>

namespace vc::tests::integration {
namespace {

using namespace std::chrono_literals;
using Kind = WebrtcbinPeer::Outgoing::Kind;

TEST(ToneAnalyzer, FindsSineInNoise) {
  std::mt19937 random(7);
  std::normal_distribution<double> noise(0.0, 2000.0);
  std::vector<int16_t> samples(24000);
  for (size_t i = 0; i < samples.size(); ++i) {
    const double tone = 8000.0 * std::sin(2.0 * std::numbers::pi * 660.0 * i / 48000.0);
    samples[i] = static_cast<int16_t>(tone + noise(random));
  }
  EXPECT_NEAR(ToneAnalyzer::DominantFrequency(samples, 48000), 660.0, 5.0);
  EXPECT_GT(ToneAnalyzer::Rms(samples), 0.1);
}

TEST(HttpProbe, SumsCounterSamplesMatchingLabels) {
  const std::string text =
      "# HELP vc_packets_dropped_total Dropped.\n# TYPE vc_packets_dropped_total counter\n"
      "vc_packets_dropped_total{reason=\"not_rtp\"} 3\n"
      "vc_packets_dropped_total{reason=\"srtp_auth\",room=\"a\"} 4\n"
      "vc_packets_dropped_total_extra 100\n"
      "vc_dtls_handshakes_total{result=\"failed\"} 1\n";
  EXPECT_EQ(HttpProbe::CounterSum(text, "vc_packets_dropped_total"), 7.0);
  EXPECT_EQ(HttpProbe::CounterSum(text, "vc_packets_dropped_total", {{"reason", "srtp_auth"}}), 4.0);
  EXPECT_EQ(HttpProbe::CounterSum(text, "vc_dtls_handshakes_total", {{"result", "ok"}}), 0.0);
}

TEST(PeerSession, ParsesCandidatesWithAndWithoutPrefix) {
  const auto a = PeerSession::ParseCandidate("candidate:1 1 UDP 2015363327 127.0.0.1 40211 typ host");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->transport, "udp");
  EXPECT_EQ(a->address, "127.0.0.1");
  EXPECT_EQ(a->port, 40211);
  EXPECT_TRUE(PeerSession::ParseCandidate("1 1 udp 1 ::1 5 typ host"));
  EXPECT_FALSE(PeerSession::ParseCandidate("candidate:garbage"));
}

void Relay(WebrtcbinPeer& from, WebrtcbinPeer& to) {
  while (auto out = from.WaitOutgoing(0ms)) {
    if (out->kind == Kind::kCandidate) {
      to.AddRemoteCandidate(out->mline_index, out->text);
    } else {
      to.SetRemoteDescription(out->kind, out->text);
    }
  }
}

TEST(WebrtcbinPeer, TwoPeersExchangeToneAndVideoDirectly) {
  WebrtcbinPeer offerer({.tone_hz = 440, .role = WebrtcbinPeer::Role::kOfferer});
  WebrtcbinPeer answerer({.tone_hz = 880, .role = WebrtcbinPeer::Role::kAnswerer});
  answerer.Start();
  offerer.Start();
  const auto deadline = std::chrono::steady_clock::now() + 40s;
  bool done = false;
  while (!done && std::chrono::steady_clock::now() < deadline) {
    Relay(offerer, answerer);
    Relay(answerer, offerer);
    std::this_thread::sleep_for(50ms);
    done = offerer.Media().HearsTone(880) && answerer.Media().HearsTone(440) &&
           offerer.Media().Video().frames >= 10 && answerer.Media().Video().frames >= 10;
  }
  std::string errors;
  for (const auto& e : offerer.Errors()) errors += "offerer: " + e + "\n";
  for (const auto& e : answerer.Errors()) errors += "answerer: " + e + "\n";
  ASSERT_TRUE(done) << "offerer frames " << offerer.Media().Video().frames << " samples "
                    << offerer.Media().AudioSamples() << "; answerer frames "
                    << answerer.Media().Video().frames << " samples "
                    << answerer.Media().AudioSamples() << "\n" << errors;
  EXPECT_EQ(offerer.Media().Video().width, 320);
  EXPECT_EQ(offerer.Media().Video().height, 240);
}

}  // namespace
}  // namespace vc::tests::integration
