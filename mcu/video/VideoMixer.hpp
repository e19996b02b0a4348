#pragma once
// One room's video: encoded VP8 frames of every source go in (PushFrame, any thread,
// non-blocking), are decoded on a worker pool, and at a steady frame rate (absolute deadlines)
// the latest picture of each source is composed into the layout, scaled to every tier in use
// and encoded once per tier; the Listener gets each tier's frame (shared by all its receivers).
// A source that stalls keeps its last picture; one that has not decoded yet shows its name.
// Thread-safe; the Listener is called from the mixer's tick thread (or Tick's caller).
#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "mcu/video/Layout.hpp"
#include "mcu/video/TierTable.hpp"
#include "mcu/video/VideoTypes.hpp"

namespace vc::mcu::video {

struct VideoMixerConfig {
  int fps = 30;
  int canvas_width = 1280;
  int canvas_height = 720;
  TierTable tiers = TierTable::Default();
  int worker_threads = 0;          // 0: std::thread::hardware_concurrency()
  std::string font_family = "Noto Sans";
  bool manual_tick = false;        // tests/benchmarks: no tick thread; call Tick(now)
  size_t max_queued_frames = 8;    // per source, waiting for decode; overflow -> flush + keyframe
  std::chrono::milliseconds keyframe_interval{500};  // KeyframeGate per tier
  int encoder_cpu_used = 12;
};

struct VideoMixerStats {
  uint64_t frames_composed = 0;
  uint64_t ticks_late = 0;                 // deadlines missed (ticks skipped to catch up)
  std::vector<uint64_t> encodes;           // per tier
  std::vector<uint64_t> keyframes;         // per tier
  uint64_t decode_errors = 0;
  uint64_t frames_dropped = 0;             // source queue overflow
  std::map<SourceId, uint64_t> frames_decoded;
  // Delay the mixer adds: from a source frame's EncodedFrame::capture (its arrival) to the end
  // of the first tick whose output contains it, over the last 1024 such frames (frames with a
  // default capture time are not counted).
  std::chrono::microseconds mixer_delay_p50{0};
  std::chrono::microseconds mixer_delay_p95{0};
};

class VideoMixer {
 public:
  class Listener {
   public:
    virtual ~Listener() = default;
    virtual void OnVideoMixerFrame(int tier, std::shared_ptr<const EncodedFrame> frame) = 0;
    virtual void OnVideoMixerKeyframeNeeded(SourceId source) = 0;
  };

  // Throws std::invalid_argument on a bad config (control plane).
  VideoMixer(VideoMixerConfig config, Listener& listener);
  ~VideoMixer();  // stops the tick thread and workers; no Listener call after it returns
  VideoMixer(const VideoMixer&) = delete;
  VideoMixer& operator=(const VideoMixer&) = delete;

  void AddSource(SourceId id, std::string display_name);
  void RemoveSource(SourceId id);
  void SetSourceName(SourceId id, std::string display_name);
  // Non-blocking; unknown sources are ignored.
  void PushFrame(SourceId id, EncodedFrame frame);
  void SetLayout(Layout layout);
  void SetActiveSpeaker(std::optional<SourceId> id);
  void SetTierInUse(int tier, bool in_use);
  void RequestKeyframe(int tier);

  // manual_tick mode: compose and encode one frame as of `now`. Waits for decodes already
  // queued to finish first, so tests are deterministic.
  void Tick(Clock::time_point now);
  // Waits until every queued decode is done (tests, benchmarks).
  void WaitForDecodes();

  VideoMixerStats Stats() const;
  const VideoMixerConfig& config() const;

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace vc::mcu::video
