#include "tests/load/LoadRun.hpp"

#include <glib.h>

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <memory>
#include <vector>

#include "mcu/dtls/Certificate.hpp"
#include "mcu/metrics/McuMetrics.hpp"
#include "tests/benchmarks/echo_load/ProcessCpu.hpp"
#include "tests/load/JanusAudioBridgeSignaler.hpp"
#include "tests/load/LoadParticipant.hpp"
#include "tests/load/GlibLoop.hpp"
#include "tests/load/McuSignaler.hpp"

namespace vc::tests::load {
namespace {

using namespace std::chrono_literals;
using Duration = Clock::duration;
constexpr auto kFrame = 20ms;
constexpr auto kJoinSpacing = 10ms;     // between two joins: the server sees a stream of them
constexpr auto kSetupPoll = 2ms;        // loop wake-up while signaling is busy
constexpr auto kMaxMarkerDelay = 600ms;  // an onset later than this is not the marker's

double Ms(Duration duration) { return std::chrono::duration<double, std::milli>(duration).count(); }

class Run {
 public:
  explicit Run(const LoadOptions& options)
      : options_(options), context_(g_main_context_new()), certificate_(mcu::dtls::Certificate::Generate()) {
    config_.context = context_.get();
    config_.metrics = &metrics_;
    config_.certificate = certificate_;
    config_.ice.local_addresses = {"127.0.0.1"};
    config_.ice.controlling = true;
    config_.sdp_address = "127.0.0.1";
    config_.connect_timeout_ms = static_cast<unsigned>(options.setup_timeout_seconds * 1000);
    for (int k = 0; k < options.talkers; ++k) {
      speech_.push_back(std::make_unique<OpusClip>(OpusClip::Speech(150 + 23.0 * (k % 5), 0.37 * k, k == 0)));
    }
    silence_ = std::make_unique<OpusClip>(OpusClip::Silence());
    if (options.target == Target::kMcu) mcu_endpoint_ = WsEndpoint::Parse(options.mcu_url);
    else janus_endpoint_ = HttpEndpoint::Parse(options.janus_url);
    CreateParticipants();
  }

  ~Run() {
    participants_.clear();  // signalers and connections before the loop and io they use
    io_work_.reset();
  }

  LoadResult Execute();

 private:
  void CreateParticipants();
  bool IsProbe(int index) const;
  void StartNextJoin(Clock::time_point now);
  void SendDueFrames(Clock::time_point now);
  void StartWindow(Clock::time_point now);
  LoadResult Finish(Clock::time_point now);
  void LeaveAll();

  const LoadOptions& options_;
  std::unique_ptr<GMainContext, load::MainContextDeleter> context_;
  boost::asio::io_context io_;
  // Keeps io_ from stopping while no socket is busy (poll would then do nothing forever).
  boost::asio::executor_work_guard<boost::asio::io_context::executor_type> io_work_ =
      boost::asio::make_work_guard(io_);
  mcu::metrics::McuMetrics metrics_;
  std::shared_ptr<const mcu::dtls::Certificate> certificate_;
  mcu::webrtc::PeerConnectionConfig config_;
  std::vector<std::unique_ptr<OpusClip>> speech_;
  std::unique_ptr<OpusClip> silence_;
  WsEndpoint mcu_endpoint_;
  HttpEndpoint janus_endpoint_;
  std::vector<std::unique_ptr<LoadParticipant>> participants_;
  size_t next_join_ = 0;
  Clock::time_point next_join_time_{};
  // The shared send timeline: frame i goes out at timeline_start_ + i * 20 ms.
  Clock::time_point timeline_start_{};
  uint64_t next_frame_ = 0;
  uint64_t packets_sent_ = 0;
  std::vector<Clock::time_point> marker_sends_, marker_arrivals_;
  // Window.
  Clock::time_point window_start_{};
  std::vector<ReceiveCounters> at_window_start_;
  uint64_t sent_at_window_start_ = 0;
  double load_cpu_at_start_ = 0;
  std::optional<double> server_cpu_at_start_;
};

bool Run::IsProbe(int index) const {
  // Talker 1 (the marked one; it hears itself in an echo room) and the first non-talkers (they
  // hear the mixes that contain it).
  if (options_.probes <= 0) return false;
  if (index == 0) return true;
  const int first_listener = std::min(options_.talkers, options_.participants);
  return index >= first_listener && index < first_listener + options_.probes - 1;
}

void Run::CreateParticipants() {
  for (int i = 0; i < options_.participants; ++i) {
    LoadParticipant::Role role;
    role.index = i;
    role.clip = i < options_.talkers ? speech_[static_cast<size_t>(i)].get() : silence_.get();
    role.probe = IsProbe(i);
    auto participant = std::make_unique<LoadParticipant>(
        config_, role, [this](Clock::time_point arrival) { marker_arrivals_.push_back(arrival); });
    const std::string name = "load-" + std::to_string(i + 1);
    if (options_.target == Target::kMcu) {
      participant->SetSignaler(std::make_unique<McuSignaler>(io_, mcu_endpoint_, options_.room, name,
                                                             participant->pc()));
    } else {
      participant->SetSignaler(std::make_unique<JanusAudioBridgeSignaler>(
          context_.get(), janus_endpoint_, std::stoull(options_.room), i == 0, name,
          participant->pc()));
    }
    participants_.push_back(std::move(participant));
  }
}

void Run::StartNextJoin(Clock::time_point now) {
  if (next_join_ >= participants_.size() || now < next_join_time_) return;
  auto& participant = *participants_[next_join_++];
  participant.MarkStarted();
  participant.signaler()->Start();
  next_join_time_ = now + kJoinSpacing;
}

void Run::SendDueFrames(Clock::time_point now) {
  while (timeline_start_ + next_frame_ * kFrame <= now) {
    for (auto& participant : participants_) {
      if (!participant->SendFrame(next_frame_)) continue;
      ++packets_sent_;
      if (participant->role().index == 0 && next_frame_ % OpusClip::kCycleFrames == OpusClip::kMarkerFrame &&
          options_.talkers > 0) {
        marker_sends_.push_back(Clock::now());
      }
    }
    ++next_frame_;
  }
}

void Run::StartWindow(Clock::time_point now) {
  window_start_ = now;
  at_window_start_.clear();
  for (auto& participant : participants_) at_window_start_.push_back(participant->counters());
  sent_at_window_start_ = packets_sent_;
  load_cpu_at_start_ = benchmarks::ProcessCpu::SelfSeconds();
  if (options_.server_pid > 0) server_cpu_at_start_ = benchmarks::ProcessCpu::Seconds(options_.server_pid);
}

LoadResult Run::Execute() {
  const auto start = Clock::now();
  const auto setup_deadline = start + std::chrono::duration_cast<Duration>(
                                          std::chrono::duration<double>(options_.setup_timeout_seconds));
  timeline_start_ = start;
  next_join_time_ = start;
  enum class Phase { kSetup, kWarmup, kWindow } phase = Phase::kSetup;
  Clock::time_point phase_end = setup_deadline;
  while (true) {
    const auto now = Clock::now();
    io_.poll();
    if (phase == Phase::kSetup) StartNextJoin(now);  // no joins after the setup deadline
    SendDueFrames(now);
    if (phase == Phase::kSetup) {
      bool settled = next_join_ >= participants_.size();
      for (auto& participant : participants_) {
        settled = settled && (participant->connected() || participant->failed());
      }
      if (settled || now >= setup_deadline) {
        phase = Phase::kWarmup;
        phase_end = now + std::chrono::duration_cast<Duration>(std::chrono::duration<double>(options_.warmup_seconds));
      }
    } else if (phase == Phase::kWarmup && now >= phase_end) {
      phase = Phase::kWindow;
      StartWindow(now);
      phase_end = now + std::chrono::duration_cast<Duration>(std::chrono::duration<double>(options_.seconds));
    } else if (phase == Phase::kWindow && now >= phase_end) {
      return Finish(now);
    }
    const auto next_frame_time = timeline_start_ + next_frame_ * kFrame;
    Duration wait = std::min<Duration>(next_frame_time - Clock::now(), phase_end - Clock::now());
    if (phase == Phase::kSetup) wait = std::min<Duration>(wait, kSetupPoll);
    load::IterateAtMost(context_.get(), std::max<Duration>(wait, Duration::zero()));
  }
}

LoadResult Run::Finish(Clock::time_point now) {
  LoadResult result;
  result.target = options_.target == Target::kMcu ? "mcu" : "janus";
  result.room = options_.room;
  result.participants = options_.participants;
  result.talkers = options_.talkers;
  result.window_seconds = std::chrono::duration<double>(now - window_start_).count();
  result.load_cpu_per_s = (benchmarks::ProcessCpu::SelfSeconds() - load_cpu_at_start_) / result.window_seconds;
  if (server_cpu_at_start_) {
    if (const auto cpu = benchmarks::ProcessCpu::Seconds(options_.server_pid)) {
      result.server_cpu_per_s = (*cpu - *server_cpu_at_start_) / result.window_seconds;
    }
  }
  result.packets_sent = packets_sent_ - sent_at_window_start_;
  std::vector<double> setup_ms;
  for (size_t i = 0; i < participants_.size(); ++i) {
    const auto& participant = *participants_[i];
    if (participant.failed() || !participant.connected()) {
      ++result.failed;
      if (result.first_failure.empty()) {
        result.first_failure = "load-" + std::to_string(i + 1) + ": " +
                               (participant.failed() ? participant.failure() : "did not connect in time");
      }
      continue;
    }
    ++result.connected;
    setup_ms.push_back(Ms(*participant.connected_at() - participant.started_at()));
    const auto end = participant.counters();
    const auto& begin = at_window_start_[i];
    result.packets_received += end.packets - begin.packets;
    result.packets_expected += end.expected - begin.expected;
    if (participant.role().probe) {
      ++result.probes;
      result.decoded_frames += end.frames - begin.frames;
      result.concealed_frames += end.concealed - begin.concealed;
      result.silent_frames += end.silent_frames - begin.silent_frames;
      result.silence_gaps += end.silence_gaps - begin.silence_gaps;
    }
  }
  result.setup_ms_p50 = Quantile(setup_ms, 0.5);
  result.setup_ms_p95 = Quantile(setup_ms, 0.95);
  // Each onset a probe heard in the window, against the latest marker sent before it.
  std::vector<double> delays;
  for (const auto& send : marker_sends_) result.markers_sent += send >= window_start_ ? 1 : 0;
  for (const auto& arrival : marker_arrivals_) {
    if (arrival < window_start_) continue;
    const auto after = std::upper_bound(marker_sends_.begin(), marker_sends_.end(), arrival);
    if (after == marker_sends_.begin()) continue;
    const auto delay = arrival - *std::prev(after);
    if (delay > kMaxMarkerDelay) continue;
    delays.push_back(Ms(delay));
  }
  result.markers_heard = delays.size();
  if (!delays.empty()) {
    result.delay_ms_p50 = Quantile(delays, 0.5);
    result.delay_ms_p95 = Quantile(delays, 0.95);
  }
  LeaveAll();
  return result;
}

void Run::LeaveAll() {
  // Janus's leaves are blocking requests: an overloaded server must not hold the report long.
  const auto deadline = Clock::now() + 5s;
  for (auto& participant : participants_) {
    if (Clock::now() < deadline) participant->signaler()->Leave();
  }
  io_.run_for(std::chrono::milliseconds(300));  // the leaves go out; the MCU closes the sockets
}

}  // namespace

LoadResult RunLoad(const LoadOptions& options) {
  Run run(options);
  return run.Execute();
}

}  // namespace vc::tests::load
