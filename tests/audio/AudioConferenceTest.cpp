// vc-mcu conference rooms with real WebRTC peers (GStreamer webrtcbin, each sending its own sine):
// everyone hears the others and never itself, only the loudest are mixed, chairs and the admin
// API mute, joins and leaves do not interrupt the others.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <unistd.h>
#include <thread>

#include "tests/audio/AdminHttp.hpp"
#include "tests/audio/AudioParty.hpp"
#include "tests/audio/AudioTestSupport.hpp"
#include "tests/integration/HttpProbe.hpp"
#include "tests/integration/McuFixture.hpp"

namespace vc::tests::audio {
namespace {

using namespace std::chrono_literals;
using integration::WebrtcbinPeer;
constexpr const char* kToken = "s3cret-token-for-tests";
constexpr int kRate = 48000;
// Tone power (ToneAnalyzer::Power over 0.5 s) of a tone that is heard: a mixed 0.3-volume sine
// measures about 1..15; one that is absent about 1e-5..1e-3 (codec noise).
constexpr double kPresent = 0.1;
constexpr double kAbsent = 0.01;

WebrtcbinPeer::Options Tone(int hz, double volume = 0.3) {
  WebrtcbinPeer::Options options;
  options.tone_hz = hz;
  options.volume = volume;
  options.video = false;
  options.audio_level = true;
  return options;
}

class AudioConference : public integration::McuFixture {
 protected:
  integration::McuProcess::Options ProcessOptions() override {
    token_file_ = std::filesystem::temp_directory_path() /
                  ("vc-audio-token-" + std::to_string(::getpid()));
    std::ofstream(token_file_) << kToken << "\n";
    integration::McuProcess::Options options;
    options.extra_arguments = {"--admin-token-file", token_file_.string()};
    return options;
  }
  void TearDown() override {
    McuFixture::TearDown();
    std::error_code ignored;
    std::filesystem::remove(token_file_, ignored);
  }

  // Every member hears every other member's tone (power above `floor`).
  static bool EveryoneHearsOthers(AudioParty& party, double floor = kPresent) {
    for (size_t i = 0; i < party.size(); ++i) {
      if (!party[i].peer) continue;
      for (size_t j = 0; j < party.size(); ++j) {
        if (i == j || !party[j].peer) continue;
        if (TonePower(*party[i].peer, party[j].tone_hz) < floor) return false;
      }
    }
    return true;
  }

  std::filesystem::path token_file_;
};

TEST_F(AudioConference, EachHearsTheOthersNotItself) {
  AudioParty party(Port(), "giao-ban");
  for (int hz : {440, 660, 880}) party.Join(Tone(hz), "Site " + std::to_string(hz));
  ASSERT_TRUE(party.PumpAll([&] { return EveryoneHearsOthers(party); }, 60s)) << party.Describe();
  // Own tone at least 20 dB under the weakest other one, for everyone in the same half second.
  // Polled, because a starved test machine can make one window quiet; a tone that is mixed in
  // never passes.
  auto own_and_weakest = [&](size_t i) {
    const auto& peer = *party[i].peer;
    double weakest_other = 1e9;
    for (size_t j = 0; j < party.size(); ++j) {
      if (j != i) weakest_other = std::min(weakest_other, TonePower(peer, party[j].tone_hz));
    }
    return std::make_pair(TonePower(peer, party[i].tone_hz), weakest_other);
  };
  auto nobody_hears_itself = [&] {
    for (size_t i = 0; i < party.size(); ++i) {
      auto [own, weakest_other] = own_and_weakest(i);
      if (weakest_other < kPresent || own > 0.01 * weakest_other) return false;
    }
    return true;
  };
  const bool separated = party.PumpAll(nobody_hears_itself, 20s);
  for (size_t i = 0; i < party.size(); ++i) {
    auto [own, weakest_other] = own_and_weakest(i);
    std::cout << "[audio] " << party[i].id << " (" << party[i].tone_hz << " Hz): own " << own
              << ", weakest other " << weakest_other << "\n";
  }
  EXPECT_TRUE(separated) << "someone hears itself or misses another\n" << party.Describe();
  ExpectMcuHealthy();
}

TEST_F(AudioConference, OnlyTheLoudestAreMixedAndSilentOnesAreNotDecoded) {
  AudioParty party(Port(), "talkers");
  const std::vector<std::pair<int, double>> senders = {
      {440, 0.3}, {660, 0.3}, {1000, 0.001}, {1200, 0.001}, {1400, 0.001}, {1600, 0.001}};
  for (auto [hz, volume] : senders) party.Join(Tone(hz, volume), "Site " + std::to_string(hz));
  auto hears_loud = [&] {
    for (size_t i = 0; i < party.size(); ++i) {
      for (size_t j = 0; j < 2; ++j) {
        if (i != j && TonePower(*party[i].peer, party[j].tone_hz) < kPresent) return false;
      }
    }
    return true;
  };
  ASSERT_TRUE(party.PumpAll(hears_loud, 90s)) << party.Describe();
  party.PumpFor(4s);  // /metrics is refreshed once a second
  std::cout << "[audio] webrtcbin offers RFC 6464 levels: " << std::boolalpha
            << (party[0].session->SentOffer().find("ssrc-audio-level") != std::string::npos)
            << "\n";

  // Active-speaker events name the loud two only.
  std::set<std::string> last_speakers;
  for (const auto& m : party[3].session->OtherMessages()) {
    if (m.value("type", "") != "active_speaker") continue;
    last_speakers.clear();
    for (const auto& id : m["participants"]) last_speakers.insert(id.get<std::string>());
  }
  EXPECT_EQ(last_speakers, (std::set<std::string>{party[0].id, party[1].id}));

  // The talker set is the two loud ones.
  auto rooms = AdminRequest(Port(), "GET", "/api/v1/rooms", kToken);
  ASSERT_EQ(rooms.status, 200) << rooms.body << rooms.error;
  auto json = nlohmann::json::parse(rooms.body);
  std::set<std::string> talking;
  for (const auto& p : json["rooms"][0]["participants"]) {
    if (p["talking"].get<bool>()) talking.insert(p["id"].get<std::string>());
  }
  EXPECT_EQ(talking, (std::set<std::string>{party[0].id, party[1].id})) << rooms.body;

  // Silent senders are not decoded; the loud ones are.
  const std::string metrics = Metrics();
  for (size_t i = 0; i < party.size(); ++i) {
    const double not_decoded = integration::HttpProbe::CounterSum(
        metrics, "vc_audio_frames_not_decoded_total", {{"participant", party[i].id}});
    std::cout << "[audio] " << party[i].id << " (" << party[i].tone_hz
              << " Hz) frames not decoded: " << not_decoded << "\n";
    if (i < 2) {
      EXPECT_LT(not_decoded, 50) << "a loud talker was skipped";
    } else {
      EXPECT_GT(not_decoded, 100) << "a silent sender was decoded";
    }
  }
  // The mixes hold the two loud tones: a silent site hears both, a loud one hears the other.
  for (size_t i = 2; i < party.size(); ++i) {
    EXPECT_GT(TonePower(*party[i].peer, 440), kPresent);
    EXPECT_GT(TonePower(*party[i].peer, 660), kPresent);
  }
  EXPECT_GT(metrics.find("vc_audio_jitter_target_ms{"), 0u);
  ExpectMcuHealthy();
}

// Where (ms before now) the tone at `hz` disappeared from what `peer` received, measured
// backwards from the end of its recent audio; nullopt if it is still there.
std::optional<double> GoneMsAgo(const WebrtcbinPeer& peer, double hz) {
  auto samples = peer.Media().RecentAudio(kRate * 2);
  auto gone = ToneGoneAt(samples, hz, 0.01);
  if (!gone) return std::nullopt;
  return 1000.0 * static_cast<double>(samples.size() - *gone) / kRate;
}

TEST_F(AudioConference, ChairAndAdminMuteAndUnmute) {
  AudioParty party(Port(), "mute-room");
  party.Join(Tone(440), "Chair", "chair");
  party.Join(Tone(660), "Site B");
  party.Join(Tone(880), "Site C");
  ASSERT_TRUE(party.PumpAll([&] { return EveryoneHearsOthers(party); }, 60s)) << party.Describe();
  party.PumpFor(1500ms);

  // A non-chair may not mute.
  party[1].client->Send({{"type", "mute"}, {"participant", party[2].id}, {"muted", true}});
  ASSERT_TRUE(party.PumpAll([&] { return party[1].session->HasError("not_chair"); }, 10s));

  // The chair mutes B: C stops hearing 660 Hz within 200 ms of the MCU applying it.
  const auto sent = std::chrono::steady_clock::now();
  party[0].client->Send({{"type", "mute"}, {"participant", party[1].id}, {"muted", true}});
  party.PumpFor(1000ms);
  const auto now = std::chrono::steady_clock::now();
  auto gone_ago = GoneMsAgo(*party[2].peer, 660);
  ASSERT_TRUE(gone_ago.has_value()) << "660 Hz still heard after mute\n" << party.Describe();
  const double since_send =
      std::chrono::duration<double, std::milli>(now - sent).count() - *gone_ago;
  std::cout << "[audio] mute -> tone gone at the receiver after " << since_send << " ms\n";
  // 200 ms for the MCU plus the receiver's own jitter buffer (webrtcbin latency=100) and the
  // analysis window (40 ms).
  EXPECT_LT(since_send, 200 + 100 + 40 + 60);
  EXPECT_GT(TonePower(*party[2].peer, 440), kPresent) << "the chair is still heard";
  bool told = false;
  for (const auto& m : party[1].session->OtherMessages()) {
    told = told || (m.value("type", "") == "muted" && m.value("muted", false) &&
                    m.value("by", "") == "chair");
  }
  EXPECT_TRUE(told) << party.Describe();

  // Unmute: the tone comes back.
  party[0].client->Send({{"type", "mute"}, {"participant", party[1].id}, {"muted", false}});
  EXPECT_TRUE(party.PumpAll([&] { return TonePower(*party[2].peer, 660) > kPresent; }, 5s));

  // mute_all: B and C silent for the chair, the chair still heard.
  party[0].client->Send({{"type", "mute_all"}, {"muted", true}});
  EXPECT_TRUE(party.PumpAll(
      [&] {
        return TonePower(*party[0].peer, 660) < kAbsent && TonePower(*party[0].peer, 880) < kAbsent;
      },
      5s))
      << party.Describe();
  EXPECT_GT(TonePower(*party[1].peer, 440), kPresent);
  party[0].client->Send({{"type", "mute_all"}, {"muted", false}});
  EXPECT_TRUE(party.PumpAll([&] { return EveryoneHearsOthers(party); }, 5s));

  // Admin API: 401 without or with a wrong token, 404 for unknown ids, 400 for bad JSON.
  const std::string target = "/api/v1/rooms/mute-room/participants/" + party[2].id + "/mute";
  EXPECT_EQ(AdminRequest(Port(), "POST", target, "", R"({"muted":true})").status, 401);
  EXPECT_EQ(AdminRequest(Port(), "POST", target, "wrong", R"({"muted":true})").status, 401);
  EXPECT_EQ(AdminRequest(Port(), "POST", target, kToken, "{nope").status, 400);
  EXPECT_EQ(AdminRequest(Port(), "POST", "/api/v1/rooms/none/mute_all", kToken, "").status, 404);
  auto muted = AdminRequest(Port(), "POST", target, kToken, R"({"muted":true})");
  EXPECT_EQ(muted.status, 200) << muted.body << muted.error;
  EXPECT_TRUE(party.PumpAll([&] { return TonePower(*party[0].peer, 880) < kAbsent; }, 5s))
      << party.Describe();
  auto list = AdminRequest(Port(), "GET", "/api/v1/rooms", kToken);
  EXPECT_NE(list.body.find("\"muted\":true"), std::string::npos) << list.body;
  EXPECT_EQ(AdminRequest(Port(), "POST", target, kToken, R"({"muted":false})").status, 200);
  EXPECT_TRUE(party.PumpAll([&] { return TonePower(*party[0].peer, 880) > kPresent; }, 5s));
  ExpectMcuHealthy();
}

TEST_F(AudioConference, JoinAndLeaveDoNotInterruptTheOthers) {
  AudioParty party(Port(), "churn");
  for (int hz : {440, 660, 880}) party.Join(Tone(hz), "Site " + std::to_string(hz));
  ASSERT_TRUE(party.PumpAll([&] { return EveryoneHearsOthers(party); }, 60s)) << party.Describe();
  party.PumpFor(1s);

  AudioRecorder recorder;
  recorder.Reset(party[0].peer->Media().AudioSamples());
  auto record_for = [&](std::chrono::milliseconds duration) {
    const auto end = std::chrono::steady_clock::now() + duration;
    while (std::chrono::steady_clock::now() < end) {
      party.PumpFor(200ms);
      recorder.Poll(party[0].peer->Media());
    }
  };
  const auto start = std::chrono::steady_clock::now();
  record_for(1500ms);
  const size_t late = party.Join(Tone(1000), "Late site");
  record_for(3000ms);
  party.Leave(late);
  record_for(2000ms);
  const double elapsed_s =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  const auto& samples = recorder.samples();
  const size_t dropouts = CountDropouts(samples);
  std::cout << "[audio] join/leave: " << samples.size() << " samples in " << elapsed_s
            << " s, dropouts (10 ms windows under 30% of median RMS): " << dropouts << "\n";
  EXPECT_EQ(dropouts, 0u) << party.Describe();
  // The stream itself kept flowing (no missing stretch): within 10% of real time.
  EXPECT_GT(static_cast<double>(samples.size()), 0.9 * elapsed_s * kRate);
  ExpectMcuHealthy();
}

}  // namespace
}  // namespace vc::tests::audio
