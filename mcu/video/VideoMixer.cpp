#include "mcu/video/VideoMixer.hpp"

#include <libyuv/scale.h>

#include <algorithm>
#include <array>
#include <condition_variable>
#include <mutex>
#include <stdexcept>
#include <string_view>
#include <thread>

#include "common/log/Log.hpp"
#include "mcu/video/KeyframeGate.hpp"
#include "mcu/video/LayoutEngine.hpp"
#include "mcu/video/SourceDecoder.hpp"
#include "mcu/video/VideoComposer.hpp"
#include "mcu/video/Vp8Encoder.hpp"
#include "mcu/video/WorkerPool.hpp"

namespace vc::mcu::video {
namespace {

constexpr std::string_view kLog = "video";

struct Source {
  std::string name;
  std::shared_ptr<SourceDecoder> decoder;
};

void Validate(const VideoMixerConfig& c) {
  if (c.fps < 1 || c.fps > 120) throw std::invalid_argument("VideoMixer: fps must be 1..120");
  if (c.canvas_width < 16 || c.canvas_height < 16 || c.canvas_width % 2 || c.canvas_height % 2 ||
      c.canvas_width > 7680 || c.canvas_height > 4320)
    throw std::invalid_argument("VideoMixer: canvas size must be even, 16..7680 x 16..4320");
  for (const Tier& t : c.tiers.tiers())
    if (t.width > c.canvas_width || t.height > c.canvas_height)
      throw std::invalid_argument("VideoMixer: a tier is larger than the canvas");
}

}  // namespace

class VideoMixer::Impl {
 public:
  Impl(VideoMixerConfig config, Listener& listener)
      : config_((Validate(config), std::move(config))),
        listener_(listener),
        tiers_in_use_(static_cast<size_t>(config_.tiers.size()), false),
        composer_(config_.canvas_width, config_.canvas_height, config_.font_family),
        encoders_(static_cast<size_t>(config_.tiers.size())),
        epoch_(Clock::now()),
        pool_(config_.worker_threads) {
    for (int i = 0; i < config_.tiers.size(); ++i) gates_.emplace_back(config_.keyframe_interval);
    stats_.encodes.assign(static_cast<size_t>(config_.tiers.size()), 0);
    stats_.keyframes.assign(static_cast<size_t>(config_.tiers.size()), 0);
    if (!config_.manual_tick) ticker_ = std::thread([this] { RunTicks(); });
  }

  ~Impl() {
    {
      std::lock_guard lock(run_mutex_);
      stop_ = true;
    }
    run_cv_.notify_all();
    if (ticker_.joinable()) ticker_.join();
    // pool_ is destroyed right after this body: it finishes queued drains (which may still call
    // the listener) before ~VideoMixer returns.
  }

  void AddSource(SourceId id, std::string name) {
    std::lock_guard lock(state_mutex_);
    if (sources_.count(id)) {
      sources_[id].name = std::move(name);
      return;
    }
    sources_[id] = Source{std::move(name), std::make_shared<SourceDecoder>(config_.max_queued_frames)};
    join_order_.push_back(id);
    std::lock_guard stats_lock(stats_mutex_);
    stats_.frames_decoded[id];
  }

  void RemoveSource(SourceId id) {
    std::lock_guard lock(state_mutex_);
    if (!sources_.erase(id)) return;
    join_order_.erase(std::remove(join_order_.begin(), join_order_.end(), id), join_order_.end());
    forget_.push_back(id);
    if (active_speaker_ == id) active_speaker_.reset();
  }

  void SetSourceName(SourceId id, std::string name) {
    std::lock_guard lock(state_mutex_);
    if (auto it = sources_.find(id); it != sources_.end()) it->second.name = std::move(name);
  }

  void PushFrame(SourceId id, EncodedFrame frame) {
    std::shared_ptr<SourceDecoder> decoder;
    {
      std::lock_guard lock(state_mutex_);
      auto it = sources_.find(id);
      if (it == sources_.end()) return;
      decoder = it->second.decoder;
    }
    if (decoder->Push(std::move(frame))) pool_.Post([this, id, decoder] { Drain(id, *decoder); });
  }

  void SetLayout(Layout layout) {
    std::lock_guard lock(state_mutex_);
    layout_ = layout;
  }
  void SetActiveSpeaker(std::optional<SourceId> id) {
    std::lock_guard lock(state_mutex_);
    active_speaker_ = id;
  }
  void SetTierInUse(int tier, bool in_use) {
    std::lock_guard lock(state_mutex_);
    if (tier < 0 || tier >= config_.tiers.size()) return;
    tiers_in_use_[static_cast<size_t>(tier)] = in_use;
  }
  void RequestKeyframe(int tier) {
    std::lock_guard lock(state_mutex_);
    if (tier < 0 || tier >= config_.tiers.size()) return;
    gates_[static_cast<size_t>(tier)].Request();
  }

  void Tick(Clock::time_point now) {
    if (config_.manual_tick) pool_.WaitIdle();
    std::lock_guard tick_lock(tick_mutex_);
    DoTick(now);
  }
  void WaitForDecodes() { pool_.WaitIdle(); }

  VideoMixerStats Stats() const {
    std::lock_guard lock(stats_mutex_);
    VideoMixerStats out = stats_;
    if (delay_count_ > 0) {
      std::vector<std::chrono::microseconds> d(delays_.begin(), delays_.begin() + static_cast<long>(delay_count_));
      std::sort(d.begin(), d.end());
      out.mixer_delay_p50 = d[d.size() / 2];
      out.mixer_delay_p95 = d[std::min(d.size() - 1, d.size() * 95 / 100)];
    }
    return out;
  }
  const VideoMixerConfig& config() const { return config_; }

 private:
  void Drain(SourceId id, SourceDecoder& decoder) {
    const auto result = decoder.Drain();
    {
      std::lock_guard lock(stats_mutex_);
      if (auto it = stats_.frames_decoded.find(id); it != stats_.frames_decoded.end())
        it->second += result.decoded;
      stats_.decode_errors += result.errors;
      stats_.frames_dropped += result.dropped;
    }
    if (result.keyframe_needed) listener_.OnVideoMixerKeyframeNeeded(id);
  }

  // One output frame: snapshot the room, compose once, scale + encode per tier in use.
  void DoTick(Clock::time_point now) {
    const Clock::time_point started = Clock::now();
    std::vector<ComposeSource> sources;
    std::vector<Clock::time_point> captures;
    std::vector<SourceId> order;
    Layout layout;
    std::optional<SourceId> speaker;
    std::vector<bool> in_use;
    std::vector<bool> force_key(encoders_.size(), false);
    std::vector<SourceId> forget;
    {
      std::lock_guard lock(state_mutex_);
      order = join_order_;
      for (SourceId id : join_order_) {
        const Source& s = sources_.at(id);
        auto [picture, capture] = s.decoder->latest_with_capture();
        sources.push_back({id, s.name, std::move(picture)});
        captures.push_back(capture);
      }
      layout = layout_;
      speaker = active_speaker_;
      in_use = tiers_in_use_;
      for (size_t t = 0; t < encoders_.size(); ++t)
        if (in_use[t]) force_key[t] = gates_[t].TakeKeyframe(now);
      forget.swap(forget_);
    }
    for (SourceId id : forget) composer_.Forget(id);
    const auto tiles = LayoutEngine::Compute(layout, order, speaker, composer_.width(), composer_.height());
    const std::shared_ptr<I420Frame> canvas = composer_.Compose(tiles, sources, speaker);
    {
      std::lock_guard lock(stats_mutex_);
      ++stats_.frames_composed;
    }
    const auto rtp_timestamp = static_cast<uint32_t>(
        std::chrono::duration_cast<std::chrono::microseconds>(now - epoch_).count() * 9 / 100);
    for (size_t t = 0; t < encoders_.size(); ++t) {
      const Tier& tier = config_.tiers.at(static_cast<int>(t));
      if (!in_use[t]) {
        if (encoders_[t]) common::log::Info(kLog, "tier ", t, " encoder stopped (no receivers)");
        encoders_[t].reset();  // no receivers: no encoder (a new one starts with a keyframe)
        continue;
      }
      if (!encoders_[t]) {
        Vp8EncoderConfig ec;
        ec.width = tier.width;
        ec.height = tier.height;
        ec.bitrate_bps = tier.bitrate_bps;
        ec.fps = config_.fps;
        ec.cpu_used = config_.encoder_cpu_used;
        try {
          encoders_[t] = std::make_unique<Vp8Encoder>(ec);
        } catch (const std::exception& e) {
          common::log::Error(kLog, "tier ", t, " encoder not created: ", e.what());
          continue;  // tried again next tick; the other tiers go on
        }
        common::log::Info(kLog, "tier ", t, " encoder started ", tier.width, "x", tier.height, " at ",
                          tier.bitrate_bps / 1000, " kb/s");
        force_key[t] = true;
      }
      const I420Frame* picture = canvas.get();
      if (tier.width != canvas->width() || tier.height != canvas->height()) {
        if (!scaled_[t] || scaled_[t]->width() != tier.width || scaled_[t]->height() != tier.height)
          scaled_[t] = I420Frame::Create(tier.width, tier.height);
        I420Frame& out = *scaled_[t];
        libyuv::I420Scale(canvas->data_y(), canvas->stride_y(), canvas->data_u(), canvas->stride_uv(),
                          canvas->data_v(), canvas->stride_uv(), canvas->width(), canvas->height(),
                          out.data_y(), out.stride_y(), out.data_u(), out.stride_uv(), out.data_v(),
                          out.stride_uv(), out.width(), out.height(), libyuv::kFilterBox);
        picture = &out;
      }
      auto frame = encoders_[t]->Encode(*picture, rtp_timestamp, force_key[t]);
      if (!frame) continue;
      frame->capture = now;
      if (frame->keyframe) {
        std::lock_guard lock(state_mutex_);
        gates_[t].OnKeyframeSent(now);  // periodic or first keyframes count too
      }
      {
        std::lock_guard lock(stats_mutex_);
        ++stats_.encodes[t];
        if (frame->keyframe) ++stats_.keyframes[t];
      }
      listener_.OnVideoMixerFrame(static_cast<int>(t), std::make_shared<const EncodedFrame>(std::move(*frame)));
    }
    RecordDelays(now + (Clock::now() - started), sources, captures);
  }

  // For each picture shown for the first time: capture -> end of this tick (tick thread only).
  void RecordDelays(Clock::time_point done, const std::vector<ComposeSource>& sources,
                    const std::vector<Clock::time_point>& captures) {
    std::map<SourceId, const I420Frame*> shown;
    std::lock_guard lock(stats_mutex_);
    for (size_t i = 0; i < sources.size(); ++i) {
      const I420Frame* picture = sources[i].picture.get();
      shown[sources[i].id] = picture;
      auto it = last_shown_.find(sources[i].id);
      if (!picture || (it != last_shown_.end() && it->second == picture)) continue;
      if (captures[i] == Clock::time_point{} || captures[i] > done) continue;
      delays_[delay_next_++ % delays_.size()] =
          std::chrono::duration_cast<std::chrono::microseconds>(done - captures[i]);
      delay_count_ = std::min(delay_count_ + 1, delays_.size());
    }
    last_shown_ = std::move(shown);
  }

  // Absolute deadlines (epoch + k * period): a slow tick shortens the next wait instead of
  // drifting; when more than a period behind, skip to the next deadline and count it.
  void RunTicks() {
    const auto period = std::chrono::duration_cast<Clock::duration>(std::chrono::seconds(1)) / config_.fps;
    const Clock::time_point start = Clock::now();
    int64_t k = 0;
    std::unique_lock lock(run_mutex_);
    while (!stop_) {
      const Clock::time_point deadline = start + k * period;
      if (run_cv_.wait_until(lock, deadline, [this] { return stop_; })) break;
      lock.unlock();
      {
        std::lock_guard tick_lock(tick_mutex_);
        DoTick(deadline);
      }
      lock.lock();
      ++k;
      const int64_t due = (Clock::now() - start) / period;
      if (due > k) {
        std::lock_guard stats_lock(stats_mutex_);
        stats_.ticks_late += static_cast<uint64_t>(due - k);
        k = due + 1;
      }
    }
  }

  const VideoMixerConfig config_;
  Listener& listener_;

  // state_mutex_: what the control and media threads change.
  mutable std::mutex state_mutex_;
  std::map<SourceId, Source> sources_;
  std::vector<SourceId> join_order_;
  std::vector<SourceId> forget_;
  Layout layout_;
  std::optional<SourceId> active_speaker_;
  std::vector<bool> tiers_in_use_;
  std::vector<KeyframeGate> gates_;

  // Tick thread only (tick_mutex_ serializes a manual Tick with the ticker).
  std::mutex tick_mutex_;
  VideoComposer composer_;
  std::vector<std::unique_ptr<Vp8Encoder>> encoders_;
  std::map<size_t, std::shared_ptr<I420Frame>> scaled_;
  const Clock::time_point epoch_;

  mutable std::mutex stats_mutex_;
  VideoMixerStats stats_;
  std::map<SourceId, const I420Frame*> last_shown_;  // identity only (tick thread, stats_mutex_)
  std::array<std::chrono::microseconds, 1024> delays_{};
  size_t delay_next_ = 0;
  size_t delay_count_ = 0;

  std::mutex run_mutex_;
  std::condition_variable run_cv_;
  bool stop_ = false;
  std::thread ticker_;
  // Last: destroyed first, so queued drains finish while everything they touch still exists.
  WorkerPool pool_;
};

VideoMixer::VideoMixer(VideoMixerConfig config, Listener& listener)
    : impl_(std::make_unique<Impl>(std::move(config), listener)) {}
VideoMixer::~VideoMixer() = default;
void VideoMixer::AddSource(SourceId id, std::string name) { impl_->AddSource(id, std::move(name)); }
void VideoMixer::RemoveSource(SourceId id) { impl_->RemoveSource(id); }
void VideoMixer::SetSourceName(SourceId id, std::string name) { impl_->SetSourceName(id, std::move(name)); }
void VideoMixer::PushFrame(SourceId id, EncodedFrame frame) { impl_->PushFrame(id, std::move(frame)); }
void VideoMixer::SetLayout(Layout layout) { impl_->SetLayout(layout); }
void VideoMixer::SetActiveSpeaker(std::optional<SourceId> id) { impl_->SetActiveSpeaker(id); }
void VideoMixer::SetTierInUse(int tier, bool in_use) { impl_->SetTierInUse(tier, in_use); }
void VideoMixer::RequestKeyframe(int tier) { impl_->RequestKeyframe(tier); }
void VideoMixer::Tick(Clock::time_point now) { impl_->Tick(now); }
void VideoMixer::WaitForDecodes() { impl_->WaitForDecodes(); }
VideoMixerStats VideoMixer::Stats() const { return impl_->Stats(); }
const VideoMixerConfig& VideoMixer::config() const { return impl_->config(); }

}  // namespace vc::mcu::video
