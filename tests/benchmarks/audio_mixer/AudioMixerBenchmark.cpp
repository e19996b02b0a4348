// Cost of the audio conference core per 20 ms tick: Push of every participant's packet plus
// Mix(), at N = 10, 50, 100 participants with K = 3 talkers (the others send silence with an
// RFC 6464 level of 127, as a WebRTC client without DTX does); and the cost of one silent Push.
#include <benchmark/benchmark.h>
#include <opus/opus.h>

#include <cmath>
#include <memory>
#include <numbers>
#include <vector>

#include "mcu/audio/AudioLevel.hpp"
#include "mcu/audio/AudioMixer.hpp"

namespace {

using namespace vc::mcu::audio;
using namespace std::chrono_literals;

constexpr int kTalkers = 3;
constexpr int kPrecoded = 50;  // one second of packets, replayed in a loop

struct Precoded {
  std::vector<std::vector<uint8_t>> payloads;
  std::vector<uint8_t> levels;
};

// One second of a sender's packets: a speech-like tone (or silence) encoded once up front.
Precoded Encode(double frequency, double amplitude) {
  int error = 0;
  ::OpusEncoder* encoder = opus_encoder_create(48000, 1, OPUS_APPLICATION_VOIP, &error);
  opus_encoder_ctl(encoder, OPUS_SET_BITRATE(32000));
  opus_encoder_ctl(encoder, OPUS_SET_INBAND_FEC(1));
  Precoded out;
  std::vector<float> pcm(960);
  for (int f = 0; f < kPrecoded; ++f) {
    for (int i = 0; i < 960; ++i) {
      // A 4 Hz envelope makes the level vary like syllables.
      const double t = (f * 960 + i) / 48000.0;
      const double envelope = 0.6 + 0.4 * std::sin(2 * std::numbers::pi * 4.0 * t);
      pcm[static_cast<size_t>(i)] =
          static_cast<float>(amplitude * envelope * std::sin(2 * std::numbers::pi * frequency * t));
    }
    std::vector<uint8_t> payload(1500);
    const int n = opus_encode_float(encoder, pcm.data(), 960, payload.data(), 1500);
    payload.resize(static_cast<size_t>(std::max(n, 1)));
    out.payloads.push_back(std::move(payload));
    out.levels.push_back(amplitude > 0 ? LevelFromPcm(pcm) : 127);
  }
  opus_encoder_destroy(encoder);
  return out;
}

class Room {
 public:
  explicit Room(int participants) : speech_(Encode(220.0, 0.2)), silence_(Encode(0, 0)) {
    for (int key = 0; key < participants; ++key)
      mixer_.AddParticipant(static_cast<ParticipantKey>(key));
    participants_ = participants;
  }

  void Tick() {
    for (int key = 0; key < participants_; ++key) PushOne(key);
    benchmark::DoNotOptimize(mixer_.Mix(now_));
    now_ += 20ms;
    ++tick_;
  }

  void PushOne(int key) {
    const Precoded& source = key < kTalkers ? speech_ : silence_;
    const size_t i = static_cast<size_t>(tick_ % kPrecoded);
    AudioPacket packet;
    packet.sequence = static_cast<uint16_t>(tick_);
    packet.timestamp = static_cast<uint32_t>(tick_ * 960);
    packet.level_dbov = source.levels[i];
    packet.payload = source.payloads[i];
    packet.arrival = now_ - 2ms;
    mixer_.Push(static_cast<ParticipantKey>(key), packet);
  }

  void MixOnly() {
    benchmark::DoNotOptimize(mixer_.Mix(now_));
    now_ += 20ms;
    ++tick_;
  }

  AudioMixer& mixer() { return mixer_; }
  int participants() const { return participants_; }

 private:
  Precoded speech_;
  Precoded silence_;
  AudioMixer mixer_;
  int participants_ = 0;
  int64_t tick_ = 0;
  Clock::time_point now_ = Clock::time_point{} + 1000s;
};

// Push of every participant's packet and one Mix(): the work of one 20 ms tick.
void BM_MixTick(benchmark::State& state) {
  Room room(static_cast<int>(state.range(0)));
  for (int i = 0; i < 100; ++i) room.Tick();  // jitter buffers primed, talkers selected
  size_t encodes = 0;
  for (auto _ : state) {
    room.Tick();
    encodes += room.mixer().last_encode_count();
  }
  state.counters["encodes_per_tick"] =
      benchmark::Counter(static_cast<double>(encodes) / static_cast<double>(state.iterations()));
  state.counters["talkers"] = static_cast<double>(room.mixer().ActiveTalkers().size());
  // CPU seconds per second of conference (one tick is 20 ms of it): the share of one core.
  state.counters["core_share"] = benchmark::Counter(
      0.02, benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_MixTick)->Arg(10)->Arg(50)->Arg(100)->Unit(benchmark::kMicrosecond);

// One silent sender's Push (RFC 6464 level 127): copy into the jitter buffer, no decode.
void BM_SilentPush(benchmark::State& state) {
  Room room(100);
  for (int i = 0; i < 100; ++i) room.Tick();
  for (auto _ : state) {
    for (int key = kTalkers; key < room.participants(); ++key) room.PushOne(key);
    state.PauseTiming();
    room.MixOnly();
    state.ResumeTiming();
  }
  state.SetItemsProcessed(state.iterations() * (room.participants() - kTalkers));
}
BENCHMARK(BM_SilentPush)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
