// Cost of the MCU's video core per output second (30 fps 1280x720 composite) with N = 4, 9, 16,
// 25, 49 senders of 640x360 VP8 at 15 fps (each sends a new frame every other tick):
//   BM_MixerTick/N/R    the whole VideoMixer: decode on the worker pool + compose + encode 720p,
//                       output packetized once and copied per receiver (R = 1 or 50)
//   BM_MixerTickAllTiers/N/1 the same with all three tiers in use (720p + 360p + 180p encodes)
//   BM_Compose/N        composition alone (pictures already decoded; half get new ones per tick)
//   BM_Encode/tier      one encode of a changing composite at 720p, 360p, 180p
//   BM_Decode           one 640x360 frame of a sender
// Process CPU time (all threads). `cpu_per_output_s` = CPU seconds per second of output video
// (1.0 = one core busy); see docs/benchmarks.md for the GStreamer baseline beside it.
#include <benchmark/benchmark.h>

#include <libyuv/scale.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <memory>
#include <vector>

#include "mcu/video/LayoutEngine.hpp"
#include "mcu/video/VideoComposer.hpp"
#include "mcu/video/VideoMixer.hpp"
#include "mcu/video/Vp8Decoder.hpp"
#include "mcu/video/Vp8Encoder.hpp"
#include "mcu/video/Vp8Packetizer.hpp"

namespace {

using namespace vc::mcu::video;
using namespace std::chrono_literals;

constexpr int kSequences = 4;   // distinct sender streams, shared round-robin by the senders
// 10 s at 15 fps, keyframe at 0 only (looped). VC_VIDEO_BENCH_FRAMES=30 (the `make test`
// smoke run) makes the set-up 5x cheaper.
int Frames() {
  static const int frames = [] {
    const char* env = std::getenv("VC_VIDEO_BENCH_FRAMES");
    const int n = env ? std::atoi(env) : 150;
    return std::clamp(n, 30, 150);
  }();
  return frames;
}
constexpr int kDecodedKept = 30;  // decoded pictures kept for BM_Compose / BM_Encode
constexpr double kOutputFps = 30.0;

std::shared_ptr<I420Frame> Picture(int seq, int i) {
  auto f = I420Frame::Create(640, 360);
  for (int y = 0; y < 360; ++y)
    for (int x = 0; x < 640; ++x)
      f->data_y()[y * f->stride_y() + x] = static_cast<uint8_t>(16 + ((x * (seq + 1) + y * 2) % 200));
  for (int y = 0; y < 180; ++y)
    for (int x = 0; x < 320; ++x) {
      f->data_u()[y * f->stride_uv() + x] = static_cast<uint8_t>(90 + seq * 20 + (x % 16));
      f->data_v()[y * f->stride_uv() + x] = static_cast<uint8_t>(160 - seq * 20 + (y % 16));
    }
  // A room camera: a still, detailed background and a moving "head" with some texture, plus
  // sensor noise over the whole picture (so no block is ever exactly static).
  const int hx = (100 + i * 6) % 500 & ~1;
  for (int y = 80; y < 240; ++y)
    for (int x = hx; x < hx + 120; ++x)
      f->data_y()[y * f->stride_y() + x] = static_cast<uint8_t>(150 + ((x - hx) * 3 + y + i * 5) % 60);
  uint32_t noise = static_cast<uint32_t>(seq * 7919 + i * 104729);
  for (int y = 0; y < 360; ++y)
    for (int x = 0; x < 640; ++x) {
      noise = noise * 1664525u + 1013904223u;
      uint8_t& p = f->data_y()[y * f->stride_y() + x];
      p = static_cast<uint8_t>(std::clamp(p + static_cast<int>(noise >> 30) - 1, 16, 235));
    }
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
      for (int i = 0; i < Frames(); ++i) {
        auto frame = encoder.Encode(*Picture(q, i), static_cast<uint32_t>(i * 6000), false);
        auto picture = decoder.Decode(*frame);
        if (i < kDecodedKept) s.decoded.back().push_back(std::move(picture));
        s.encoded.back().push_back(std::move(*frame));
      }
    }
    return s;
  }();
  return streams;
}

// What the room does with each output frame, minus SRTP: packetize once per tier, then per
// receiver copy each payload behind its own 12-byte RTP header (SSRC, sequence rewritten).
// SRTP per receiver packet is measured by packet_path_benchmark (BM_SrtpForward).
class PacketizingListener : public VideoMixer::Listener {
 public:
  explicit PacketizingListener(int receivers) : receivers_(receivers), sequences_(static_cast<size_t>(receivers), 0) {}
  void OnVideoMixerFrame(int, std::shared_ptr<const EncodedFrame> f) override {
    bytes += f->data.size();
    for (const auto& payload : packetizer_.Packetize(*f)) {
      for (int r = 0; r < receivers_; ++r) {
        buffer_.resize(12 + payload.bytes.size());
        uint16_t& seq = sequences_[static_cast<size_t>(r)];
        buffer_[0] = 0x80;
        buffer_[1] = static_cast<uint8_t>((payload.marker ? 0x80 : 0) | 96);
        buffer_[2] = static_cast<uint8_t>(seq >> 8);
        buffer_[3] = static_cast<uint8_t>(seq++);
        std::memcpy(buffer_.data() + 4, &f->rtp_timestamp, 4);
        std::memcpy(buffer_.data() + 8, &r, 4);
        std::memcpy(buffer_.data() + 12, payload.bytes.data(), payload.bytes.size());
        benchmark::DoNotOptimize(buffer_.data());
        ++packets_sent;
      }
    }
  }
  void OnVideoMixerKeyframeNeeded(SourceId) override {}
  size_t bytes = 0;
  uint64_t packets_sent = 0;

 private:
  int receivers_;
  std::vector<uint16_t> sequences_;
  Vp8Packetizer packetizer_{1200};
  std::vector<uint8_t> buffer_;
};

void SetOutputCounters(benchmark::State& state) {
  // CPU time per iteration (one 30 fps tick) over the tick period: CPU s per output second.
  state.counters["cpu_per_output_s"] = benchmark::Counter(
      1.0 / kOutputFps, benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}

void MixerTick(benchmark::State& state, bool all_tiers) {
  const Streams& streams = GetStreams();
  const int n = static_cast<int>(state.range(0));
  const int receivers = static_cast<int>(state.range(1));
  VideoMixerConfig config;
  config.manual_tick = true;
  PacketizingListener listener(receivers);
  VideoMixer mixer(config, listener);
  for (int t = 0; t < (all_tiers ? 3 : 1); ++t) mixer.SetTierInUse(t, true);
  for (int s = 0; s < n; ++s) mixer.AddSource(static_cast<SourceId>(s), "Điểm cầu " + std::to_string(s + 1));
  // Frame 0 (the keyframe) of every sender first.
  for (int s = 0; s < n; ++s) mixer.PushFrame(static_cast<SourceId>(s), streams.encoded[s % kSequences][0]);
  Clock::time_point now = Clock::time_point{} + 100s;
  int64_t tick = 0;
  std::vector<int> next(static_cast<size_t>(n), 1);
  auto one_tick = [&] {
    // 15 fps senders: on every other tick, a new frame from each (phases spread by sender).
    for (int s = 0; s < n; ++s) {
      if ((tick + s) % 2 != 0) continue;
      int& i = next[static_cast<size_t>(s)];
      EncodedFrame frame = streams.encoded[s % kSequences][static_cast<size_t>(i)];
      // Arrival phases spread over the tick period, as real senders' are.
      frame.capture = now - std::chrono::microseconds((s * 7919) % 33333);
      mixer.PushFrame(static_cast<SourceId>(s), std::move(frame));
      i = (i + 1) % Frames();
    }
    mixer.Tick(now);
    now += 33333us;
    ++tick;
  };
  // One second first: the encoder's first keyframe and rate control settle outside the timing.
  for (int i = 0; i < 30; ++i) one_tick();
  listener.bytes = 0;
  listener.packets_sent = 0;
  const int64_t primed = tick;
  for (auto _ : state) one_tick();
  tick -= primed;
  SetOutputCounters(state);
  const auto stats = mixer.Stats();
  state.counters["decode_errors"] = static_cast<double>(stats.decode_errors);
  state.counters["delay_p50_ms"] = static_cast<double>(stats.mixer_delay_p50.count()) / 1000.0;
  state.counters["delay_p95_ms"] = static_cast<double>(stats.mixer_delay_p95.count()) / 1000.0;
  state.counters["receiver_packets_per_s"] = static_cast<double>(listener.packets_sent) /
                                             (static_cast<double>(std::max<int64_t>(tick, 1)) / kOutputFps);
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
            streams.decoded[s % kSequences][static_cast<size_t>((tick / 2 + 1) % kDecodedKept)];
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
  for (auto _ : state) benchmark::DoNotOptimize(decoder.Decode(streams.encoded[0][i++ % Frames()]));
}

// Args: senders, receivers (all on the 720p tier; 50 receivers still mean one encode).
BENCHMARK(BM_MixerTick)->Args({4, 1})->Args({9, 1})->Args({16, 1})->Args({25, 1})->Args({49, 1})
    ->Args({25, 50})->MeasureProcessCPUTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_MixerTickAllTiers)->Args({25, 1})->MeasureProcessCPUTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Compose)->Arg(4)->Arg(9)->Arg(16)->Arg(25)->Arg(49)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Encode)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Decode)->Unit(benchmark::kMillisecond);

// The senders' streams as IVF files (DIR/sender-0.ivf ..), so that the GStreamer baseline
// decodes exactly the same VP8 bitstreams.
bool WriteIvf(const std::string& dir) {
  const Streams& streams = GetStreams();
  auto le = [](std::string& out, uint64_t v, int bytes) {
    for (int i = 0; i < bytes; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
  };
  for (int q = 0; q < kSequences; ++q) {
    std::string out = "DKIF";
    le(out, 0, 2);
    le(out, 32, 2);
    out += "VP80";
    le(out, 640, 2);
    le(out, 360, 2);
    le(out, 15, 4);  // frame rate
    le(out, 1, 4);   // time scale
    le(out, Frames(), 4);
    le(out, 0, 4);
    for (int i = 0; i < Frames(); ++i) {
      const auto& f = streams.encoded[static_cast<size_t>(q)][static_cast<size_t>(i)];
      le(out, f.data.size(), 4);
      le(out, static_cast<uint64_t>(i), 8);
      out.append(reinterpret_cast<const char*>(f.data.data()), f.data.size());
    }
    const std::string path = dir + "/sender-" + std::to_string(q) + ".ivf";
    FILE* file = std::fopen(path.c_str(), "wb");
    if (!file || std::fwrite(out.data(), 1, out.size(), file) != out.size()) {
      std::fprintf(stderr, "video_composer_benchmark: cannot write %s: %s\n", path.c_str(), std::strerror(errno));
      if (file) std::fclose(file);
      return false;
    }
    std::fclose(file);
    std::fprintf(stderr, "video_composer_benchmark: wrote %s (%d frames)\n", path.c_str(), Frames());
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg.starts_with("--write-sender-ivf=")) return WriteIvf(std::string(arg.substr(19))) ? 0 : 1;
    if (arg == "--help")
      std::printf("video_composer_benchmark [--write-sender-ivf=DIR] [Google Benchmark flags]\n"
                  "  --write-sender-ivf=DIR  write the 4 sender streams (640x360 15 fps VP8, 10 s) and exit\n");
  }
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
