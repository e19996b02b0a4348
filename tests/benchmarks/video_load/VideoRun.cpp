#include "tests/benchmarks/video_load/VideoRun.hpp"

#include <glib.h>

#include <algorithm>
#include <array>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <cmath>
#include <map>
#include <memory>
#include <optional>

#include "mcu/dtls/Certificate.hpp"
#include "mcu/metrics/McuMetrics.hpp"
#include "mcu/video/LayoutEngine.hpp"
#include "tests/benchmarks/echo_load/ProcessCpu.hpp"
#include "tests/benchmarks/video_load/VideoParticipant.hpp"
#include "tests/load/GlibLoop.hpp"
#include "tests/load/McuSignaler.hpp"

namespace vc::tests::video_load {
namespace {

using namespace std::chrono_literals;
using Duration = Clock::duration;
constexpr auto kFramePeriod = std::chrono::duration_cast<Duration>(1s) / SenderClip::kFps;
constexpr uint32_t kTimestampStep = 90000 / SenderClip::kFps;
constexpr auto kJoinSpacing = 10ms;
constexpr auto kSetupPoll = 2ms;
constexpr auto kMaxDelay = 3s;         // a code read later than this is not that send's
constexpr auto kUnseenTail = 500ms;    // sends this close to the window's end may not show yet
constexpr int kCanvasWidth = 1280, kCanvasHeight = 720;

double Ms(Duration duration) { return std::chrono::duration<double, std::milli>(duration).count(); }
Duration Seconds(double s) { return std::chrono::duration_cast<Duration>(std::chrono::duration<double>(s)); }

double Quantile(std::vector<double> values, double q) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  const auto rank = static_cast<size_t>(std::ceil(q * static_cast<double>(values.size())));
  return values[std::clamp<size_t>(rank, 1, values.size()) - 1];
}

class Run {
 public:
  Run(const VideoRunOptions& options, const std::vector<const SenderClip*>& clips)
      : options_(options), context_(g_main_context_new()), certificate_(mcu::dtls::Certificate::Generate()) {
    config_.context = context_.get();
    config_.metrics = &metrics_;
    config_.certificate = certificate_;
    config_.ice.local_addresses = {"127.0.0.1"};
    config_.ice.controlling = true;
    config_.sdp_address = "127.0.0.1";
    config_.connect_timeout_ms = static_cast<unsigned>(options.setup_timeout_seconds * 1000);
    const auto endpoint = load::WsEndpoint::Parse(options.mcu_url);
    const int total = std::max(options.senders, options.receivers);
    // The grid the MCU composes: every site in join order (beyond 49 not shown).
    std::vector<mcu::video::SourceId> order;
    for (int i = 0; i < total; ++i) order.push_back(static_cast<mcu::video::SourceId>(i));
    placements_ = mcu::video::LayoutEngine::Compute(mcu::video::Layout{}, order, std::nullopt,
                                                    kCanvasWidth, kCanvasHeight);
    sends_.resize(static_cast<size_t>(options.senders));
    for (int i = 0; i < total; ++i) {
      VideoParticipant::Role role;
      role.index = i;
      role.clip = i < options.senders ? clips[static_cast<size_t>(i)] : nullptr;
      role.receives = i < options.receivers;
      role.probe = i == 0 && options.receivers > 0;
      auto participant = std::make_unique<VideoParticipant>(
          config_, role, [this](FrameCode::Value value, Clock::time_point when) { OnCode(value, when); },
          [this](int width, int height) { return Tiles(width, height); });
      mcu::negotiation::OfferMedia media;
      media.audio = false;
      media.video = true;
      media.video_direction = role.clip == nullptr ? mcu::negotiation::Direction::kRecvOnly
                              : role.receives      ? mcu::negotiation::Direction::kSendRecv
                                                   : mcu::negotiation::Direction::kSendOnly;
      participant->SetSignaler(std::make_unique<load::McuSignaler>(
          io_, endpoint, options.room, "Site " + std::to_string(i + 1), participant->pc(), media));
      participants_.push_back(std::move(participant));
    }
  }

  ~Run() {
    participants_.clear();  // signalers and connections before the loop and io they use
    io_work_.reset();
  }

  nlohmann::json Execute();

 private:
  struct SendRecord {
    std::array<std::optional<Clock::time_point>, SenderClip::kFrames> at{};
    std::array<bool, SenderClip::kFrames> seen{};
  };

  std::vector<mcu::video::Rect> Tiles(int width, int height);
  void OnCode(FrameCode::Value value, Clock::time_point when);
  Clock::time_point SendDue(Clock::time_point now);
  nlohmann::json Finish(Clock::time_point now);

  const VideoRunOptions& options_;
  std::unique_ptr<GMainContext, load::MainContextDeleter> context_;
  boost::asio::io_context io_;
  boost::asio::executor_work_guard<boost::asio::io_context::executor_type> io_work_ =
      boost::asio::make_work_guard(io_);
  mcu::metrics::McuMetrics metrics_;
  std::shared_ptr<const mcu::dtls::Certificate> certificate_;
  mcu::webrtc::PeerConnectionConfig config_;
  std::vector<mcu::video::TilePlacement> placements_;
  std::map<std::pair<int, int>, std::vector<mcu::video::Rect>> tiles_by_size_;
  std::vector<std::unique_ptr<VideoParticipant>> participants_;
  // Sender i sends frame f at timeline_start_ + (i / N + f) * period: spread like real sites.
  Clock::time_point timeline_start_{};
  std::vector<uint64_t> next_frame_;
  std::vector<SendRecord> sends_;
  std::vector<uint32_t> timestamp_base_;
  // Window.
  bool in_window_ = false;
  Clock::time_point window_start_{};
  std::vector<double> delays_ms_;
  std::vector<VideoCounters> at_start_;
  double self_cpu_at_start_ = 0;
  std::optional<double> server_cpu_at_start_;
};

std::vector<mcu::video::Rect> Run::Tiles(int width, int height) {
  auto& tiles = tiles_by_size_[{width, height}];
  if (tiles.empty()) {
    for (const auto& placement : placements_) {
      if (static_cast<int>(placement.source) >= options_.senders) continue;  // name tiles
      mcu::video::Rect cell = placement.cell;
      if (width != kCanvasWidth || height != kCanvasHeight) {  // a lower tier: same layout, scaled
        cell = {cell.x * width / kCanvasWidth, cell.y * height / kCanvasHeight,
                cell.width * width / kCanvasWidth, cell.height * height / kCanvasHeight};
      }
      tiles.push_back(mcu::video::LayoutEngine::Fit(cell, FrameCode::kSourceWidth, FrameCode::kSourceHeight));
    }
  }
  return tiles;
}

void Run::OnCode(FrameCode::Value value, Clock::time_point when) {
  if (value.sender >= options_.senders || value.index >= SenderClip::kFrames) return;
  auto& record = sends_[static_cast<size_t>(value.sender)];
  const auto& sent = record.at[static_cast<size_t>(value.index)];
  if (!sent || record.seen[static_cast<size_t>(value.index)] || when - *sent > kMaxDelay || when < *sent) return;
  record.seen[static_cast<size_t>(value.index)] = true;
  if (in_window_ && *sent >= window_start_) delays_ms_.push_back(Ms(when - *sent));
}

Clock::time_point Run::SendDue(Clock::time_point now) {
  Clock::time_point next = now + 1s;
  for (int i = 0; i < options_.senders; ++i) {
    auto& participant = *participants_[static_cast<size_t>(i)];
    const auto offset = kFramePeriod * i / options_.senders;
    while (true) {
      const auto due = timeline_start_ + offset + kFramePeriod * static_cast<int64_t>(next_frame_[i]);
      if (due > now) {
        next = std::min(next, due);
        break;
      }
      const uint32_t timestamp = timestamp_base_[i] + static_cast<uint32_t>(next_frame_[i]) * kTimestampStep;
      ++next_frame_[i];
      if (const auto index = participant.SendNextFrame(timestamp)) {
        const auto at = Clock::now();
        auto& record = sends_[static_cast<size_t>(i)];
        record.at[static_cast<size_t>(*index)] = at;
        record.seen[static_cast<size_t>(*index)] = false;
      }
    }
  }
  return next;
}

nlohmann::json Run::Execute() {
  const auto start = Clock::now();
  const auto setup_deadline = start + Seconds(options_.setup_timeout_seconds);
  timeline_start_ = start;
  next_frame_.assign(static_cast<size_t>(options_.senders), 0);
  for (int i = 0; i < options_.senders; ++i) timestamp_base_.push_back(g_random_int());
  size_t next_join = 0;
  Clock::time_point next_join_time = start;
  enum class Phase { kSetup, kWarmup, kWindow } phase = Phase::kSetup;
  Clock::time_point phase_end = setup_deadline;
  while (true) {
    const auto now = Clock::now();
    io_.poll();
    if (phase == Phase::kSetup && next_join < participants_.size() && now >= next_join_time) {
      participants_[next_join]->MarkStarted();
      participants_[next_join++]->signaler()->Start();
      next_join_time = now + kJoinSpacing;
    }
    const auto next_send = SendDue(now);
    for (auto& participant : participants_) participant->Poll(now);
    if (phase == Phase::kSetup) {
      bool settled = next_join >= participants_.size();
      for (auto& participant : participants_) settled = settled && (participant->connected() || participant->failed());
      if (settled || now >= setup_deadline) {
        phase = Phase::kWarmup;
        phase_end = now + Seconds(options_.warmup_seconds);
      }
    } else if (phase == Phase::kWarmup && now >= phase_end) {
      phase = Phase::kWindow;
      in_window_ = true;
      window_start_ = now;
      for (auto& participant : participants_) at_start_.push_back(participant->counters());
      self_cpu_at_start_ = benchmarks::ProcessCpu::SelfSeconds();
      if (options_.server_pid > 0) server_cpu_at_start_ = benchmarks::ProcessCpu::Seconds(options_.server_pid);
      phase_end = now + Seconds(options_.seconds);
    } else if (phase == Phase::kWindow && now >= phase_end) {
      return Finish(now);
    }
    Duration wait = std::min<Duration>(next_send - Clock::now(), phase_end - Clock::now());
    if (phase == Phase::kSetup) wait = std::min<Duration>(wait, kSetupPoll);
    load::IterateAtMost(context_.get(), std::max<Duration>(wait, Duration::zero()));
  }
}

nlohmann::json Run::Finish(Clock::time_point now) {
  nlohmann::json out;
  const double window = std::chrono::duration<double>(now - window_start_).count();
  std::optional<double> server_cpu;
  if (server_cpu_at_start_) {
    if (const auto cpu = benchmarks::ProcessCpu::Seconds(options_.server_pid)) server_cpu = *cpu - *server_cpu_at_start_;
  }
  const double self_cpu = benchmarks::ProcessCpu::SelfSeconds() - self_cpu_at_start_;
  int connected = 0, failed = 0;
  std::string first_failure;
  double receiver_fps_min = -1, probe_fps = 0, bytes = 0;
  uint64_t decoded = 0, decode_errors = 0, keyframe_requests = 0;
  for (size_t i = 0; i < participants_.size(); ++i) {
    const auto& participant = *participants_[i];
    if (participant.failed() || !participant.connected()) {
      ++failed;
      if (first_failure.empty()) {
        first_failure = "site " + std::to_string(i + 1) + ": " +
                        (participant.failed() ? participant.failure() : "did not connect in time");
      }
      continue;
    }
    ++connected;
    const auto& end = participant.counters();
    const auto& begin = at_start_[i];
    keyframe_requests += end.keyframe_requests - begin.keyframe_requests;
    if (!participant.role().receives) continue;
    const double fps = static_cast<double>(end.frames - begin.frames) / window;
    receiver_fps_min = receiver_fps_min < 0 ? fps : std::min(receiver_fps_min, fps);
    bytes += static_cast<double>(end.bytes - begin.bytes);
    if (participant.role().probe) {
      probe_fps = fps;
      decoded = end.decoded - begin.decoded;
      decode_errors = end.decode_errors - begin.decode_errors;
    }
  }
  // Sender frames the probe read back, of those sent in the window (but its last 0.5 s), for the
  // senders the grid shows.
  uint64_t sent = 0, seen = 0;
  const int shown = std::min(options_.senders, mcu::video::LayoutEngine::kMaxGridColumns *
                                                   mcu::video::LayoutEngine::kMaxGridColumns);
  for (int s = 0; s < shown; ++s) {
    const auto& record = sends_[static_cast<size_t>(s)];
    for (int k = 0; k < SenderClip::kFrames; ++k) {
      const auto& at = record.at[static_cast<size_t>(k)];
      if (!at || *at < window_start_ || *at > now - kUnseenTail) continue;
      ++sent;
      seen += record.seen[static_cast<size_t>(k)] ? 1 : 0;
    }
  }
  out["senders"] = options_.senders;
  out["receivers"] = options_.receivers;
  out["sites"] = participants_.size();
  out["connected"] = connected;
  out["failed"] = failed;
  out["first_failure"] = first_failure;
  out["window_s"] = window;
  if (server_cpu) {
    out["server_cpu_per_s"] = *server_cpu / window;
    // Per second of output video: CPU / (frames delivered / configured rate).
    if (probe_fps > 0) out["server_cpu_per_output_s"] = *server_cpu / window * options_.output_fps / probe_fps;
  }
  out["output_fps"] = probe_fps;
  out["receiver_fps_min"] = std::max(0.0, receiver_fps_min);
  out["receiver_mbps"] = bytes * 8 / window / 1e6;
  out["probe_decoded"] = decoded;
  out["probe_decode_errors"] = decode_errors;
  out["delay_samples"] = delays_ms_.size();
  if (!delays_ms_.empty()) {
    out["delay_ms_p50"] = Quantile(delays_ms_, 0.5);
    out["delay_ms_p95"] = Quantile(delays_ms_, 0.95);
  }
  out["frames_seen_ratio"] = sent > 0 ? static_cast<double>(seen) / static_cast<double>(sent) : 0.0;
  out["sender_keyframe_requests"] = keyframe_requests;
  out["load_cpu_per_s"] = self_cpu / window;
  // Leave politely; the MCU closes the sockets.
  for (auto& participant : participants_) participant->signaler()->Leave();
  io_.run_for(std::chrono::milliseconds(300));
  return out;
}

}  // namespace

nlohmann::json RunVideo(const VideoRunOptions& options, const std::vector<const SenderClip*>& clips) {
  if (static_cast<int>(clips.size()) < options.senders) throw std::invalid_argument("RunVideo: a clip per sender");
  Run run(options, clips);
  return run.Execute();
}

}  // namespace vc::tests::video_load
