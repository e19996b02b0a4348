#include "tests/benchmarks/echo_load/EchoRound.hpp"

#include <atomic>
#include <memory>
#include <thread>

#include "tests/benchmarks/echo_load/ProcessCpu.hpp"

namespace vc::tests::benchmarks {
namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;
using integration::WebrtcbinPeer;

constexpr auto kWatchInterval = 2ms;  // resolution of the first-media times
constexpr auto kTeardownAllowance = 10s;
// After the last peer's first frame: jitter buffers release what they held, which would inflate
// the frame rate of a short window.
constexpr auto kSettle = 1s;

double MillisecondsBetween(Clock::time_point from, Clock::time_point to) {
  return std::chrono::duration<double, std::milli>(to - from).count();
}

}  // namespace

EchoRound::Result EchoRound::Run(EchoSignaler& signaler, const Options& options) {
  const int count = options.peers;
  std::vector<std::unique_ptr<WebrtcbinPeer>> peers;
  for (int i = 0; i < count; ++i) {
    peers.push_back(
        std::make_unique<WebrtcbinPeer>(WebrtcbinPeer::Options{.tone_hz = 440 + 60 * i}));
  }
  Result result;
  result.peers.resize(static_cast<size_t>(count));
  std::vector<Clock::time_point> started(static_cast<size_t>(count));
  std::vector<std::atomic<bool>> has_started(static_cast<size_t>(count));
  std::atomic<bool> stop{false};
  // Signaling threads give up on their own by this time even if stop is never set.
  const auto thread_deadline =
      Clock::now() + options.setup_timeout + kSettle + options.window + kTeardownAllowance;

  std::vector<std::thread> threads;
  for (int i = 0; i < count; ++i) {
    threads.emplace_back([&, i] {
      const auto index = static_cast<size_t>(i);
      started[index] = Clock::now();
      has_started[index] = true;
      try {
        peers[index]->Start();
        result.peers[index].error = signaler.Run(*peers[index], i, stop, thread_deadline);
      } catch (const std::exception& failure) {
        result.peers[index].error = failure.what();
      }
    });
  }

  // Watch for first returned media; the signaling threads only write their own slots.
  const auto setup_deadline = Clock::now() + options.setup_timeout;
  std::vector<std::optional<Clock::time_point>> first_video(static_cast<size_t>(count));
  std::vector<std::optional<Clock::time_point>> first_audio(static_cast<size_t>(count));
  while (Clock::now() < setup_deadline) {
    bool all = true;
    for (size_t i = 0; i < peers.size(); ++i) {
      const auto& media = peers[i]->Media();
      const auto now = Clock::now();
      if (!first_video[i] && media.Video().frames > 0) first_video[i] = now;
      if (!first_audio[i] && media.AudioSamples() > 0) first_audio[i] = now;
      all = all && first_video[i] && first_audio[i];
    }
    if (all) {
      result.all_flowing = true;
      break;
    }
    std::this_thread::sleep_for(kWatchInterval);
  }

  if (result.all_flowing) {
    std::this_thread::sleep_for(kSettle);
    std::vector<int> frames_before;
    for (const auto& peer : peers) frames_before.push_back(peer->Media().Video().frames);
    const auto cpu_before = ProcessCpu::Seconds(options.server_pid);
    const auto window_start = Clock::now();
    std::this_thread::sleep_for(options.window);
    const auto cpu_after = ProcessCpu::Seconds(options.server_pid);
    const double seconds = std::chrono::duration<double>(Clock::now() - window_start).count();
    for (size_t i = 0; i < peers.size(); ++i) {
      const int frames = peers[i]->Media().Video().frames - frames_before[i];
      result.peers[i].frames_per_second = frames / seconds;
    }
    if (cpu_before && cpu_after)
      result.cpu_seconds_per_second = (*cpu_after - *cpu_before) / seconds;
  }

  stop = true;
  for (auto& thread : threads) thread.join();
  for (size_t i = 0; i < peers.size(); ++i) {
    if (!has_started[i]) continue;
    if (first_video[i])
      result.peers[i].first_video_ms = MillisecondsBetween(started[i], *first_video[i]);
    if (first_audio[i])
      result.peers[i].first_audio_ms = MillisecondsBetween(started[i], *first_audio[i]);
    if (result.peers[i].error.empty() && !(first_video[i] && first_audio[i])) {
      result.peers[i].error = "no returned " + std::string(first_video[i] ? "audio" : "video") +
                              " within the setup timeout (connection " +
                              peers[i]->ConnectionState() + ")";
    }
  }
  peers.clear();  // pipelines to NULL before the next round starts
  return result;
}

}  // namespace vc::tests::benchmarks
