// A talker on a lossy, jittery link: a UDP impairment relay between one webrtcbin participant and
// vc-mcu drops 10% of its media at random and reorders some. The others must keep hearing its tone
// without dropouts longer than one 20 ms frame (the MCU conceals and recovers with FEC), and after
// a 2 s burst of 200 ms jitter the MCU's buffer for that talker must come back down within 5 s.
#include <arpa/inet.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>
#include <sstream>

#include "tests/impairment/ToneContinuity.hpp"
#include "tests/impairment/UdpImpairmentRelay.hpp"
#include "tests/integration/McuFixture.hpp"
#include "tests/integration/PeerSession.hpp"

namespace vc::tests::impairment {
namespace {

using namespace std::chrono_literals;
using integration::McuFixture;
using integration::PeerSession;
using integration::ReceivedMedia;
using integration::SignalingClient;
using integration::WebrtcbinPeer;

constexpr char kRoom[] = "lossy-link";
constexpr int kLossyHz = 440;

// "candidate:F 1 UDP P 127.0.0.1 5000 typ host ..." with the address and port replaced; other
// transports (TCP) are dropped so that every packet takes the relay.
std::optional<std::string> ThroughRelay(const std::string& candidate, uint16_t port) {
  std::istringstream fields(candidate);
  std::vector<std::string> parts;
  for (std::string part; fields >> part;) parts.push_back(part);
  if (parts.size() < 8 || (parts[2] != "UDP" && parts[2] != "udp")) return std::nullopt;
  parts[4] = "127.0.0.1";
  parts[5] = std::to_string(port);
  std::string text;
  for (const auto& part : parts) text += (text.empty() ? "" : " ") + part;
  return text;
}

struct Party {
  Party(uint16_t mcu_port, int hz) : client(mcu_port), peer({.tone_hz = hz}), session(client, peer) {}
  SignalingClient client;
  WebrtcbinPeer peer;
  PeerSession session;
  std::string id;
};

class LossyTalker : public McuFixture {
 protected:
  void PumpAll(std::chrono::milliseconds duration) {
    const auto end = std::chrono::steady_clock::now() + duration;
    while (std::chrono::steady_clock::now() < end) {
      for (auto* party : parties_) party->session.Pump(10ms);
    }
  }
  bool PumpAllUntil(const std::function<bool()>& done, std::chrono::milliseconds timeout) {
    const auto end = std::chrono::steady_clock::now() + timeout;
    while (!done()) {
      if (std::chrono::steady_clock::now() >= end) return false;
      PumpAll(50ms);
    }
    return true;
  }
  void Join(Party& party, const std::string& name) {
    party.peer.Start();
    const auto joined = party.session.Join(kRoom, name, 10s);
    ASSERT_TRUE(joined) << party.session.Describe();
    party.id = joined->value("id", "");
    parties_.push_back(&party);
  }
  double Gauge(const std::string& name, const std::string& participant) {
    return Counter(name, {{"participant", participant}});
  }

  std::vector<Party*> parties_;
};

TEST_F(LossyTalker, OthersHearItWithoutGapsAndItsBufferRecoversAfterJitter) {
  sockaddr_in mcu{};
  mcu.sin_family = AF_INET;
  mcu.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  Party lossy(Port(), kLossyHz);
  Party left(Port(), 660);
  Party right(Port(), 880);

  // The MCU's candidate port is only known from its answer: the relay learns where to send when
  // the first of the MCU's UDP candidates passes by; until then it drops (ICE retries).
  UdpImpairmentRelay relay(std::nullopt, 20261125);
  bool relay_aimed = false;
  lossy.session.SetCandidateRewrites(
      [&](const std::string& c) { return ThroughRelay(c, relay.mcu_facing_port()); },
      [&](const std::string& c) -> std::optional<std::string> {
        const auto parsed = PeerSession::ParseCandidate(c);
        if (!parsed || parsed->transport != "udp") return std::nullopt;
        if (!relay_aimed) {
          mcu.sin_port = htons(parsed->port);
          relay.SetMcu(mcu);
          relay_aimed = true;
        }
        return ThroughRelay(c, relay.peer_facing_port());
      });
  ASSERT_NO_FATAL_FAILURE(Join(left, "Phòng GD Mỹ Đức"));
  ASSERT_NO_FATAL_FAILURE(Join(right, "Phòng GD Ba Vì"));
  ASSERT_NO_FATAL_FAILURE(Join(lossy, "Trường TH Xã Vùng Cao"));
  ASSERT_TRUE(PumpAllUntil([&] { return lossy.peer.ConnectionState() == "connected"; }, 30s))
      << lossy.session.Describe();
  ASSERT_TRUE(PumpAllUntil([&] { return left.peer.Media().AudioSamples() > ReceivedMedia::kSampleRate; }, 30s))
      << left.session.Describe();

  relay.Set({.loss = 0.10, .reorder = 0.05});
  PumpAll(2s);  // let the buffers settle on the impaired link
  int longest_gap_ms = 0;
  for (int round = 0; round < 8; ++round) {
    PumpAll(1s);
    for (Party* listener : {&left, &right}) {
      const auto recent = listener->peer.Media().RecentAudio(ReceivedMedia::kSampleRate);
      const auto continuity = MeasureToneContinuity(recent, ReceivedMedia::kSampleRate, kLossyHz);
      EXPECT_GT(continuity.windows, 50) << "too little audio reached the listener";
      longest_gap_ms = std::max(longest_gap_ms, static_cast<int>(continuity.longest_gap.count()));
    }
  }
  const auto counters = relay.Counters();
  const double concealed = Counter("vc_audio_frames_concealed_total", {{"participant", lossy.id}}) +
                           Counter("vc_audio_frames_fec_total", {{"participant", lossy.id}});
  std::cout << "[lossy] relay dropped " << counters.dropped_up << ", reordered " << counters.reordered_up
            << ", forwarded " << counters.forwarded_up << "; MCU concealed+FEC frames " << concealed
            << "; longest gap heard " << longest_gap_ms << " ms\n";
  EXPECT_GT(counters.dropped_up, 20u);
  EXPECT_GT(concealed, 0.0) << Metrics();
  EXPECT_LE(longest_gap_ms, 20) << "a dropout longer than one frame";

  // A 2 s burst of 200 ms jitter, then a clean link again.
  relay.Set({});
  PumpAll(3s);
  const double before = Gauge("vc_audio_jitter_target_ms", lossy.id);
  relay.Set({.jitter = 200ms});
  PumpAll(2s);
  const double during = Gauge("vc_audio_jitter_target_ms", lossy.id);
  relay.Set({});
  const auto burst_end = std::chrono::steady_clock::now();
  double after = during;
  const bool recovered = PumpAllUntil([&] {
    after = Gauge("vc_audio_jitter_target_ms", lossy.id);
    return after <= before + 20.0;
  }, 5s);
  const auto took = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - burst_end);
  std::cout << "[lossy] jitter buffer target: " << before << " ms before, " << during
            << " ms after the burst, " << after << " ms " << took.count() << " ms later\n";
  EXPECT_GT(during, before + 40.0) << "the buffer did not grow with the jitter";
  EXPECT_TRUE(recovered) << "buffer still " << after << " ms 5 s after the burst (was " << before << ")";
  ExpectMcuHealthy();
}

}  // namespace
}  // namespace vc::tests::impairment
