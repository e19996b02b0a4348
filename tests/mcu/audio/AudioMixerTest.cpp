// AudioMixer end to end on synthetic senders (tones encoded with libopus): who hears what, the
// cheap path for silent senders, mute, shared encodes, joins/leaves without gaps, loss.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <memory>
#include <random>
#include <set>

#include "mcu/audio/AudioMixer.hpp"
#include "tests/mcu/audio/AudioTestSignals.hpp"

namespace vc::mcu::audio {
namespace {

using namespace std::chrono_literals;
using test::StreamDecoder;
using test::ToneAmplitude;
using test::ToneSender;

constexpr size_t kHalfSecond = 24000;

class Conference {
 public:
  explicit Conference(AudioMixerConfig config = {}) : mixer(config) {}

  ToneSender& AddSender(ParticipantKey key, double freq, double amplitude, int frame_ms = 20,
                        bool with_level = true, int channels = 1) {
    mixer.AddParticipant(key);
    senders[key] = std::make_unique<ToneSender>(freq, amplitude, frame_ms, with_level, channels);
    decoders[key] = std::make_unique<StreamDecoder>();
    return *senders[key];
  }
  void AddListener(ParticipantKey key) {
    mixer.AddParticipant(key);
    decoders[key] = std::make_unique<StreamDecoder>();
  }
  void Remove(ParticipantKey key) {
    mixer.RemoveParticipant(key);
    senders.erase(key);
    decoders.erase(key);
  }
  // One 20 ms tick: every sender's packet arrives shortly before the mix.
  void Tick() {
    for (auto& [key, sender] : senders) {
      const int frames = sender->frame_ms() / 20;
      if (frames > 1 && tick % frames != 0) continue;
      for (int sent = 0; sent < std::max(1, 20 / sender->frame_ms()); ++sent) {
        const AudioPacket packet = sender->Next(now - 3ms);
        if (!drop || !drop(key)) mixer.Push(key, packet);
      }
    }
    outputs = mixer.Mix(now);
    for (const MixOutput& out : outputs) {
      auto it = decoders.find(out.receiver);
      if (it != decoders.end()) it->second->Decode(*out.frame);
    }
    now += 20ms;
    ++tick;
  }
  void Run(int ticks) {
    for (int i = 0; i < ticks; ++i) Tick();
  }
  std::span<const float> Heard(ParticipantKey key, size_t samples = kHalfSecond) {
    return decoders.at(key)->Tail(samples);
  }
  const MixOutput* OutputFor(ParticipantKey key) const {
    for (const MixOutput& out : outputs) {
      if (out.receiver == key) return &out;
    }
    return nullptr;
  }

  AudioMixer mixer;
  std::map<ParticipantKey, std::unique_ptr<ToneSender>> senders;
  std::map<ParticipantKey, std::unique_ptr<StreamDecoder>> decoders;
  std::vector<MixOutput> outputs;
  std::function<bool(ParticipantKey)> drop;
  Clock::time_point now = Clock::time_point{} + 5000s;
  int tick = 0;
};

TEST(AudioMixerTest, EachHearsTheOthersAndNotItself) {
  Conference c;
  const std::map<ParticipantKey, double> tones{{1, 440.0}, {2, 660.0}, {3, 880.0}};
  for (const auto& [key, freq] : tones) c.AddSender(key, freq, 0.2);
  c.AddListener(4);
  c.Run(100);
  for (const auto& [receiver, own] : tones) {
    for (const auto& [other, freq] : tones) {
      const double amplitude = ToneAmplitude(c.Heard(receiver), freq);
      if (other == receiver) {
        EXPECT_LT(amplitude, 0.005) << receiver << " hears itself";
      } else {
        EXPECT_GT(amplitude, 0.03) << receiver << " does not hear " << other;
      }
    }
  }
  for (const auto& [key, freq] : tones) EXPECT_GT(ToneAmplitude(c.Heard(4), freq), 0.03);
  EXPECT_EQ(c.mixer.ActiveTalkers().size(), 3u);
}

TEST(AudioMixerTest, OnlyLoudSendersAreMixedAndSilentOnesAreNotDecoded) {
  Conference c;
  c.AddSender(1, 440.0, 0.2);
  c.AddSender(2, 660.0, 0.2);
  const double quiet = test::SineAmplitudeForDbov(-60.0);
  for (ParticipantKey key = 3; key <= 6; ++key) c.AddSender(key, 300.0 + 200.0 * key, quiet);
  c.Run(100);
  const std::vector<ParticipantKey> talkers = c.mixer.ActiveTalkers();
  EXPECT_EQ(std::set<ParticipantKey>(talkers.begin(), talkers.end()),
            (std::set<ParticipantKey>{1, 2}));
  for (const MixOutput& out : c.outputs) {
    for (ParticipantKey contributor : out.frame->contributors) {
      EXPECT_TRUE(contributor == 1 || contributor == 2) << contributor << " mixed";
    }
  }
  for (ParticipantKey key = 3; key <= 6; ++key) {
    const SenderStats stats = *c.mixer.Stats(key);
    EXPECT_EQ(stats.frames_decoded, 0u) << key;
    EXPECT_GE(stats.frames_not_decoded, 90u) << key;
    EXPECT_FALSE(stats.talking);
    EXPECT_LT(ToneAmplitude(c.Heard(1), 300.0 + 200.0 * key), 0.002);
  }
  EXPECT_GE(c.mixer.Stats(1)->frames_decoded, 90u);
  EXPECT_GT(ToneAmplitude(c.Heard(3), 440.0), 0.03);
}

TEST(AudioMixerTest, MutedToneDisappearsWithin200MsAndReturns) {
  Conference c;
  c.AddSender(1, 440.0, 0.2);
  c.AddSender(2, 660.0, 0.2);
  c.AddListener(3);
  c.Run(50);
  ASSERT_GT(ToneAmplitude(c.Heard(3, 4800), 440.0), 0.03);
  c.mixer.SetMuted(1, true);
  c.Run(10);  // 200 ms
  EXPECT_LT(ToneAmplitude(c.Heard(3, 2880), 440.0), 0.005);
  EXPECT_LT(ToneAmplitude(c.Heard(2, 2880), 440.0), 0.005);
  EXPECT_GT(ToneAmplitude(c.Heard(1, 2880), 660.0), 0.03) << "muted still hears the others";
  EXPECT_TRUE(c.mixer.Stats(1)->muted);
  c.mixer.SetMuted(1, false);
  c.Run(10);
  EXPECT_GT(ToneAmplitude(c.Heard(3, 2880), 440.0), 0.03);
}

TEST(AudioMixerTest, EachDistinctMixIsEncodedOnceAndShared) {
  Conference c;
  c.AddSender(1, 440.0, 0.2);
  c.AddSender(2, 660.0, 0.2);
  c.AddSender(3, 880.0, 0.2);
  for (ParticipantKey key = 4; key <= 10; ++key) c.AddSender(key, 1000.0, 0.0);
  c.Run(20);
  for (int i = 0; i < 50; ++i) {
    c.Tick();
    ASSERT_EQ(c.outputs.size(), 10u);
    EXPECT_LE(c.mixer.last_encode_count(), 4u);
    const EncodedAudio* common = c.OutputFor(4)->frame.get();
    for (ParticipantKey key = 5; key <= 10; ++key) EXPECT_EQ(c.OutputFor(key)->frame.get(), common);
    for (ParticipantKey key = 1; key <= 3; ++key) EXPECT_NE(c.OutputFor(key)->frame.get(), common);
  }
}

// Lowest RMS over 10 ms windows of what a receiver decoded since `from`: a gap shows as ~0.
double MinRms(std::span<const float> pcm, size_t from) {
  double lowest = 1.0;
  for (size_t start = from; start + 480 <= pcm.size(); start += 480) {
    double sum = 0;
    for (float x : pcm.subspan(start, 480)) sum += static_cast<double>(x) * x;
    lowest = std::min(lowest, std::sqrt(sum / 480.0));
  }
  return lowest;
}

// Longest run (ms) of 10 ms windows whose RMS is under a tenth of the median window's.
int LongestGapMs(std::span<const float> pcm, size_t from) {
  std::vector<double> rms;
  for (size_t start = from; start + 480 <= pcm.size(); start += 480) {
    rms.push_back(MinRms(pcm.subspan(start, 480), 0));
  }
  if (rms.empty()) return 0;
  std::vector<double> sorted = rms;
  std::nth_element(sorted.begin(), sorted.begin() + sorted.size() / 2, sorted.end());
  const double threshold = sorted[sorted.size() / 2] / 10.0;
  int longest = 0;
  int run = 0;
  for (double r : rms) {
    run = r < threshold ? run + 10 : 0;
    longest = std::max(longest, run);
  }
  return longest;
}

TEST(AudioMixerTest, JoinsAndLeavesDoNotInterruptTheOthers) {
  Conference c;
  c.AddSender(1, 440.0, 0.2);
  c.AddSender(2, 660.0, 0.2);
  c.AddListener(3);
  c.Run(50);
  const size_t from = c.decoders.at(3)->pcm().size();
  c.AddListener(4);
  c.Run(10);
  c.AddSender(5, 880.0, 0.2);  // a third talker joins...
  c.Run(30);
  c.Remove(4);
  c.Run(10);
  c.Remove(5);  // ...and leaves while talking
  c.Run(10);
  c.Remove(2);
  c.Run(30);
  const std::vector<float>& pcm = c.decoders.at(3)->pcm();
  EXPECT_GT(MinRms(pcm, from), 0.03) << "gap in the listener's audio";
  EXPECT_GT(ToneAmplitude(c.Heard(3), 440.0), 0.05);
}

// 10% random loss between one sender and the mixer.
void RunLossy(Conference& c, size_t* from) {
  c.AddListener(2);
  auto random = std::make_shared<std::mt19937>(7);
  c.drop = [random](ParticipantKey key) {
    return key == 1 && std::bernoulli_distribution(0.1)(*random);
  };
  c.Run(30);
  *from = c.decoders.at(2)->pcm().size();
  c.Run(200);
}

TEST(AudioMixerTest, LossySenderIsConcealedWithoutGaps) {
  Conference c;
  c.AddSender(1, 440.0, 0.2).set_fec(false);
  size_t from = 0;
  RunLossy(c, &from);
  const SenderStats stats = *c.mixer.Stats(1);
  EXPECT_GT(stats.frames_concealed + stats.frames_fec_recovered, 10u);
  EXPECT_LE(LongestGapMs(c.decoders.at(2)->pcm(), from), 20) << "gap in the listener's audio";
  EXPECT_GT(ToneAmplitude(c.Heard(2), 440.0), 0.05);
}

TEST(AudioMixerTest, LossySenderWithFecIsRecoveredFromTheNextPacket) {
  Conference c;
  c.AddSender(1, 440.0, 0.2);
  size_t from = 0;
  RunLossy(c, &from);
  const SenderStats stats = *c.mixer.Stats(1);
  EXPECT_GT(stats.frames_fec_recovered, 10u);
  // libopus' in-band FEC (SILK LBRR) renders a steady pure tone ~10 dB low for a frame or two,
  // so only "no silence" is checked here; speech fares better.
  EXPECT_LE(LongestGapMs(c.decoders.at(2)->pcm(), from), 60);
  EXPECT_GT(ToneAmplitude(c.Heard(2), 440.0), 0.05);
}

TEST(AudioMixerTest, SendersWithoutLevelAreSelectedByEnergy) {
  Conference c;
  c.AddSender(1, 440.0, 0.2, 20, false);
  c.AddSender(2, 660.0, 0.0005, 20, false);
  c.AddSender(3, 880.0, 0.2, 20, false);
  c.Run(50);
  const std::vector<ParticipantKey> talkers = c.mixer.ActiveTalkers();
  EXPECT_EQ(std::set<ParticipantKey>(talkers.begin(), talkers.end()),
            (std::set<ParticipantKey>{1, 3}));
  EXPECT_GT(ToneAmplitude(c.Heard(2), 440.0), 0.03);
}

TEST(AudioMixerTest, StereoAnd60MsPacketsAreMixed) {
  Conference c;
  c.AddSender(1, 440.0, 0.2, 60, true, 2);
  c.AddSender(2, 660.0, 0.2, 10);
  c.AddListener(3);
  c.Run(60);
  const size_t from = c.decoders.at(3)->pcm().size();
  c.Run(60);
  EXPECT_GT(MinRms(c.decoders.at(3)->pcm(), from), 0.03);
  EXPECT_GT(ToneAmplitude(c.Heard(3), 440.0), 0.03);
  EXPECT_GT(ToneAmplitude(c.Heard(3), 660.0), 0.03);
}

TEST(AudioMixerTest, SoleTalkerHearsSilence) {
  Conference c;
  c.AddSender(1, 440.0, 0.2);
  c.AddListener(2);
  c.Run(50);
  ASSERT_EQ(c.outputs.size(), 2u);
  EXPECT_LT(ToneAmplitude(c.Heard(1), 440.0), 0.005);
  EXPECT_GT(c.OutputFor(1)->frame->level_dbov, 90);
  EXPECT_FALSE(c.OutputFor(1)->frame->opus.empty());
  EXPECT_TRUE(c.OutputFor(2)->frame->voice);
  EXPECT_EQ(c.OutputFor(2)->frame->contributors, std::vector<ParticipantKey>{1});
  EXPECT_TRUE(c.OutputFor(2)->frame->newest_ingress.has_value());
}

TEST(AudioMixerTest, MalformedAndUnknownPacketsAreHarmless) {
  Conference c;
  c.AddListener(1);
  const std::vector<uint8_t> garbage{};
  AudioPacket packet;
  packet.payload = garbage;
  c.mixer.Push(1, packet);
  c.mixer.Push(99, packet);
  c.mixer.SetMuted(99, true);
  c.mixer.SetReceiverLoss(1, 0.3);
  c.Run(3);
  EXPECT_EQ(c.mixer.Stats(1)->packets_malformed, 1u);
  EXPECT_FALSE(c.mixer.Stats(99).has_value());
  EXPECT_EQ(c.outputs.size(), 1u);
}

}  // namespace
}  // namespace vc::mcu::audio
