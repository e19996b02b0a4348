#pragma once
// A non-echo room's video (issue 4): every participant's VP8 (RTX unwrapped) is assembled into
// frames (FrameAssembler: NACK and PLI/FIR back to the sender) and pushed into one VideoMixer,
// which composes the room's layout and encodes once per quality tier in use. Each tier's frame
// is packetized once; each receiver's stream (VideoSendStream) only rewrites the RTP header and
// SRTP-protects. Receivers' NACKs are served from their stream's history (RTX when negotiated),
// their PLI/FIR become a rate-limited keyframe of their tier, their REMB and loss move them
// between tiers (TierSelector, hysteresis; switches happen at the new tier's keyframe). A new
// receiver starts at a keyframe. A participant's content share (its content m-line) is one more
// mixer source (ContentShares), shown large in the presenter layout. Media thread only; the
// mixer's threads post back to it.
#include <glib.h>

#include <array>
#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "mcu/engine/MediaThread.hpp"
#include "mcu/metrics/McuMetrics.hpp"
#include "mcu/room/ContentShares.hpp"
#include "mcu/room/VideoLeg.hpp"
#include "mcu/room/VideoSendStream.hpp"
#include "mcu/video/FrameAssembler.hpp"
#include "mcu/video/TierSelector.hpp"
#include "mcu/video/VideoMixer.hpp"
#include "mcu/video/Vp8Packetizer.hpp"

namespace vc::mcu::room {

class Participant;

class VideoConference : public video::VideoMixer::Listener {
 public:
  // A recording of the composite: a consumer of tier 0 (1280x720) like a receiver.
  class RecordingSink {
   public:
    virtual ~RecordingSink() = default;
    // Media thread; every encoded frame of tier 0 while the sink is set.
    virtual void OnVideoConferenceRecordedFrame(
        const std::shared_ptr<const video::EncodedFrame>& frame) = 0;
  };
  using Clock = std::chrono::steady_clock;
  using NowFunction = std::function<Clock::time_point()>;
  static constexpr std::chrono::milliseconds kFeedbackInterval{20};
  static constexpr std::chrono::milliseconds kKeyframeRetry{500};
  static constexpr std::chrono::milliseconds kTierUpdateInterval{200};
  static constexpr std::chrono::seconds kSenderReportInterval{1};

  // One receiver's view, for the admin API, metrics and tests.
  struct ReceiverInfo {
    std::optional<int> tier;         // what it gets now (none before its first keyframe)
    int wanted_tier = 0;             // what the selector chose
    std::optional<uint64_t> remb_bps;
    uint64_t frames_sent = 0, keyframes_sent = 0, nacks_served = 0, keyframe_requests = 0;
  };

  VideoConference(GMainContext* context, metrics::McuMetrics& metrics, std::string room,
                  video::VideoMixerConfig config = {}, NowFunction now = [] { return Clock::now(); });
  ~VideoConference() override;
  VideoConference(const VideoConference&) = delete;
  VideoConference& operator=(const VideoConference&) = delete;

  void Add(Participant& participant);
  void Remove(Participant& participant);
  void OnRtp(Participant& participant, const uint8_t* data, size_t len);
  void OnRtcp(Participant& participant, const uint8_t* data, size_t len);

  // presenter: speaker: the participant pinned large. presenter: its content share large and
  // its camera first in the filmstrip (none named: the share that began last, and its sharer);
  // without a share, its camera large. A share starting or stopping re-applies the layout.
  void SetLayout(video::Layout::Kind kind, const Participant* presenter);
  void SetActiveSpeaker(const Participant* speaker);
  void SetDisplayName(const Participant& participant, const std::string& name);

  // Non-null: tier 0 stays encoded and each of its frames goes to the sink, starting with a
  // keyframe asked for now. Null: the recording ended.
  void SetRecordingSink(RecordingSink* sink);
  // The recorded tier's next frame as a keyframe (a recorder dropped a frame).
  void RequestRecordingKeyframe();
  static constexpr int kRecordedTier = 0;
  const video::Tier& recorded_tier() const { return config_.tiers.at(kRecordedTier); }

  std::optional<ReceiverInfo> Receiver(const Participant& participant) const;
  video::VideoMixerStats MixerStats() const { return mixer_->Stats(); }

 private:
  struct Member {
    Participant* participant = nullptr;
    video::SourceId source = 0;
    std::optional<VideoLeg> leg;  // once its offer is negotiated
    std::unique_ptr<video::FrameAssembler> assembler;
    std::unique_ptr<VideoSendStream> stream;  // when it accepts our video
    std::unique_ptr<video::TierSelector> selector;
    int wanted_tier = 0;
    std::optional<uint64_t> remb_bps;
    double loss = 0;
    Clock::time_point last_keyframe_ask{};
    Clock::time_point last_sender_keyframe_request{};
    uint64_t nacks_served = 0, keyframe_requests = 0;
    uint64_t frames_decoded_reported = 0;
  };
  // The mixer's threads reach us only through this, posted onto the media thread; cleared
  // (on the media thread) once the mixer has stopped.
  struct Alive {
    VideoConference* self = nullptr;
    GMainContext* context = nullptr;
  };

  // video::VideoMixer::Listener (mixer threads)
  void OnVideoMixerFrame(int tier, std::shared_ptr<const video::EncodedFrame> frame) override;
  void OnVideoMixerKeyframeNeeded(video::SourceId source) override;
  void Post(std::function<void(VideoConference&)> fn);

  void ApplyLayout();
  void DeliverFrame(const std::shared_ptr<const PacketizedFrame>& frame);
  void OnFeedbackTimer();
  void AskSenderForKeyframe(Member& member, Clock::time_point now, bool forced);
  void UpdateTier(Member& member, Clock::time_point now);
  void UpdateTiersInUse();
  void SendSenderReports(Clock::time_point now);
  void UpdateMetrics();
  Member* Find(const Participant& participant);
  Member* FindSource(video::SourceId source);
  VideoLeg* LegOf(Member& member);
  bool SendRtcp(Member& member, size_t len);

  // Passed by argument.
  metrics::McuMetrics& metrics_;
  const std::string room_;
  NowFunction now_;
  const video::VideoMixerConfig config_;
  // Allocated by this.
  std::shared_ptr<Alive> alive_;
  std::unique_ptr<video::VideoMixer> mixer_;
  std::vector<std::unique_ptr<video::Vp8Packetizer>> packetizers_;  // per tier, mixer thread
  engine::GlibTimer timer_;
  std::map<const Participant*, Member> members_;
  video::SourceId next_source_ = 1;
  std::unique_ptr<ContentShares> content_;
  video::Layout::Kind layout_kind_ = video::Layout::kGrid;
  const Participant* presenter_ = nullptr;
  std::vector<bool> tier_in_use_;
  RecordingSink* recording_sink_ = nullptr;  // borrowed, media thread
  std::atomic<bool> recording_{false};        // read by the mixer's thread
  Clock::time_point next_sender_reports_{}, next_metrics_{}, next_tier_update_{};
  video::VideoMixerStats reported_{};
  uint64_t nacks_served_reported_ = 0, nacks_served_ = 0;
  std::mt19937 random_{std::random_device{}()};
  std::array<uint8_t, 1500> rtcp_{};
};

}  // namespace vc::mcu::room
