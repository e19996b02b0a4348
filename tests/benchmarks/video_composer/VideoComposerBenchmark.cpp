// Cost of the MCU's video core per output second (30 fps 1280x720 composite) with N = 4, 9, 16,
// 25, 49 senders of 640x360 VP8 at 15 fps (each sends a new frame every other tick):
//   BM_MixerTick/N      the whole VideoMixer: decode on the worker pool + compose + encode 720p
//   BM_MixerTickAllTiers/N   the same with all three tiers in use (720p + 360p + 180p encodes)
//   BM_Compose/N        composition alone (pictures already decoded; half get new ones per tick)
//   BM_Encode/tier      one encode of a changing composite at 720p, 360p, 180p
//   BM_Decode           one 640x360 frame of a sender
// Process CPU time (all threads). `cpu_per_output_s` = CPU seconds per second of output video
// (1.0 = one core busy); see docs/benchmarks.md for the GStreamer baseline beside it.
#include <benchmark/benchmark.h>

#include <libyuv/scale.h>

#include <algorithm>
#include <memory>
#include <vector>

#include "mcu/video/LayoutEngine.hpp"
#include "mcu/video/VideoComposer.hpp"
#include "mcu/video/VideoMixer.hpp"
#include "mcu/video/Vp8Decoder.hpp"
#include "mcu/video/Vp8Encoder.hpp"

namespace {

using namespace vc::mcu::video;
using namespace std::chrono_literals;

constexpr int kSequences = 4;   // distinct sender streams, shared round-robin by the senders
constexpr int kFrames = 60;     // 4 s at 15 fps, keyframe at 0 only (looped)
constexpr double kOutputFps = 30.0;

std::shared_ptr<I420Frame> Picture(int seq, int i) {
  auto f = I420Frame::Create(640, 360);
  for (int y = 0; y < 360; ++y)
    for (int x = 0; x < 640; ++x)
      f->data_y()[y * f->stride_y() + x] = static_cast<uint8_t>(16 + ((x * (seq + 1) + y * 2 + i * 3) % 200));
  for (int y = 0; y < 180; ++y)
    for (int x = 0; x < 320; ++x) {
      f->data_u()[y * f->stride_uv() + x] = static_cast<uint8_t>(90 + seq * 20 + (x % 16));
      f->data_v()[y * f->stride_uv() + x] = static_cast<uint8_t>(160 - seq * 20 + (y % 16));
    }
  // A moving "head" so every frame changes like a camera picture.
  f->FillRect((100 + i * 6) % 500 & ~1, 80, 120, 160, 180, 110, 150);
  return f;
}

struct Streams {
  std::vector<std::vector<EncodedFrame>> encoded;                 // [sequence][frame]
  std::vector<std::vector<std::shared_ptr<I420Frame>>> decoded;   // [sequence][frame]
};

const Streams& GetStreams() {
  static const Streams streams = [] {
    Streams s;
    for (int q = 0; q < kSequences; ++q) {
      Vp8EncoderConfig config;
      config.width = 640;
      config.height = 360;
      config.fps = 15;
      config.bitrate_bps = 500'000;
      Vp8Encoder encoder(config);
      Vp8Decoder decoder;
      s.encoded.emplace_back();
      s.decoded.emplace_back();
      for (int i = 0; i < kFrames; ++i) {
        auto frame = encoder.Encode(*Picture(q, i), static_cast<uint32_t>(i * 6000), false);
        s.decoded.back().push_back(decoder.Decode(*frame));
        s.encoded.back().push_back(std::move(*frame));
      }
    }
    return s;
  }();
  return streams;
}

class NullListener : public VideoMixer::Listener {
 public:
  void OnVideoMixerFrame(int, std::shared_ptr<const EncodedFrame> f) override { bytes += f->data.size(); }
  void OnVideoMixerKeyframeNeeded(SourceId) override {}
  size_t bytes = 0;
};

void SetOutputCounters(benchmark::State& state) {
  // CPU time per iteration (one 30 fps tick) over the tick period: CPU s per output second.
  state.counters["cpu_per_output_s"] = benchmark::Counter(
      1.0 / kOutputFps, benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}

void MixerTick(benchmark::State& state, bool all_tiers) {
  const Streams& streams = GetStreams();
  const int n = static_cast<int>(state.range(0));
  VideoMixerConfig config;
  config.manual_tick = true;
  NullListener listener;
  VideoMixer mixer(config, listener);
  for (int t = 0; t < (all_tiers ? 3 : 1); ++t) mixer.SetTierInUse(t, true);
  for (int s = 0; s < n; ++s) mixer.AddSource(static_cast<SourceId>(s), "Điểm cầu " + std::to_string(s + 1));
  // Frame 0 (the keyframe) of every sender first.
  for (int s = 0; s < n; ++s) mixer.PushFrame(static_cast<SourceId>(s), streams.encoded[s % kSequences][0]);
  Clock::time_point now = Clock::time_point{} + 100s;
  int64_t tick = 0;
  std::vector<int> next(static_cast<size_t>(n), 1);
  for (auto _ : state) {
    // 15 fps senders: on every other tick, a new frame from each (phases spread by sender).
    for (int s = 0; s < n; ++s) {
      if ((tick + s) % 2 != 0) continue;
      int& i = next[static_cast<size_t>(s)];
      mixer.PushFrame(static_cast<SourceId>(s), streams.encoded[s % kSequences][static_cast<size_t>(i)]);
      i = (i + 1) % kFrames;
    }
    mixer.Tick(now);
    now += 33333us;
    ++tick;
  }
  SetOutputCounters(state);
  const auto stats = mixer.Stats();
  state.counters["decode_errors"] = static_cast<double>(stats.decode_errors);
  state.counters["out_kbps"] = static_cast<double>(listener.bytes) * 8 / 1000.0 /
                               (static_cast<double>(std::max<int64_t>(tick, 1)) / kOutputFps);
}

void BM_MixerTick(benchmark::State& state) { MixerTick(state, false); }
void BM_MixerTickAllTiers(benchmark::State& state) { MixerTick(state, true); }

void BM_Compose(benchmark::State& state) {
  const Streams& streams = GetStreams();
  const int n = static_cast<int>(state.range(0));
  VideoComposer composer(1280, 720);
  std::vector<ComposeSource> sources;
  std::vector<SourceId> ids;
  for (int s = 0; s < n; ++s) {
    sources.push_back({static_cast<SourceId>(s), "Điểm cầu " + std::to_string(s + 1),
                       streams.decoded[s % kSequences][0]});
    ids.push_back(static_cast<SourceId>(s));
  }
  const auto tiles = LayoutEngine::Compute({}, ids, SourceId{0}, 1280, 720);
  int64_t tick = 0;
  for (auto _ : state) {
    for (int s = 0; s < n; ++s)
      if ((tick + s) % 2 == 0)
        sources[static_cast<size_t>(s)].picture =
            streams.decoded[s % kSequences][static_cast<size_t>((tick / 2 + 1) % kFrames)];
    benchmark::DoNotOptimize(composer.Compose(tiles, sources, SourceId{0}));
    ++tick;
  }
  SetOutputCounters(state);
  state.counters["scales_per_tick"] = static_cast<double>(composer.scales()) / static_cast<double>(tick);
}

void BM_Encode(benchmark::State& state) {
  const Tier tier = TierTable::Default().at(static_cast<int>(state.range(0)));
  const Streams& streams = GetStreams();
  // A 3x3 composite that changes every frame, scaled to the tier like the mixer does.
  VideoComposer composer(1280, 720);
  std::vector<ComposeSource> sources;
  std::vector<SourceId> ids;
  for (int s = 0; s < 9; ++s) {
    sources.push_back({static_cast<SourceId>(s), "Site", streams.decoded[s % kSequences][0]});
    ids.push_back(static_cast<SourceId>(s));
  }
  const auto tiles = LayoutEngine::Compute({}, ids, std::nullopt, 1280, 720);
  std::vector<std::shared_ptr<I420Frame>> inputs;
  for (int i = 0; i < 30; ++i) {
    for (int s = 0; s < 9; ++s) sources[static_cast<size_t>(s)].picture = streams.decoded[s % kSequences][static_cast<size_t>(i)];
    auto canvas = composer.Compose(tiles, sources, std::nullopt);
    auto scaled = I420Frame::Create(tier.width, tier.height);
    libyuv::I420Scale(canvas->data_y(), canvas->stride_y(), canvas->data_u(), canvas->stride_uv(),
                      canvas->data_v(), canvas->stride_uv(), 1280, 720, scaled->data_y(), scaled->stride_y(),
                      scaled->data_u(), scaled->stride_uv(), scaled->data_v(), scaled->stride_uv(),
                      tier.width, tier.height, libyuv::kFilterBox);
    inputs.push_back(scaled);
  }
  Vp8EncoderConfig config;
  config.width = tier.width;
  config.height = tier.height;
  config.bitrate_bps = tier.bitrate_bps;
  Vp8Encoder encoder(config);
  size_t i = 0, bytes = 0;
  for (auto _ : state) {
    auto f = encoder.Encode(*inputs[i++ % inputs.size()], 0, false);
    if (f) bytes += f->data.size();
  }
  SetOutputCounters(state);
  state.counters["kbps"] = static_cast<double>(bytes) * 8 / 1000.0 / (static_cast<double>(i) / kOutputFps);
}

void BM_Decode(benchmark::State& state) {
  const Streams& streams = GetStreams();
  Vp8Decoder decoder;
  size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize(decoder.Decode(streams.encoded[0][i++ % kFrames]));
}

BENCHMARK(BM_MixerTick)->Arg(4)->Arg(9)->Arg(16)->Arg(25)->Arg(49)->MeasureProcessCPUTime()->UseRealTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_MixerTickAllTiers)->Arg(25)->MeasureProcessCPUTime()->UseRealTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Compose)->Arg(4)->Arg(9)->Arg(16)->Arg(25)->Arg(49)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Encode)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Decode)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
