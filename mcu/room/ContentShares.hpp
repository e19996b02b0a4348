#pragma once
// The content shares of a video conference room: each participant's ContentInput (its content
// section's VP8) and, while it shares, its own VideoMixer source labelled "<name> · nội dung".
// A share begins with the first content packet and ends after ContentInput::kIdle without one,
// or when the participant leaves; then the mixer source goes (gone at the next composed frame)
// and `on_change` lets the conference re-apply its layout. Media thread only.
#include <array>
#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>

#include "mcu/room/ContentInput.hpp"
#include "mcu/video/VideoMixer.hpp"

namespace vc::mcu::room {

class Participant;

class ContentShares {
 public:
  using Clock = std::chrono::steady_clock;
  // Content sources are numbered apart from the cameras' (which count up from 1).
  static constexpr video::SourceId kFirstSource = 0x40000000;
  // RTCP toward a participant's content sender; returns whether it went out.
  using SendRtcp = std::function<bool(Participant&, const uint8_t*, size_t)>;

  ContentShares(video::VideoMixer& mixer, SendRtcp send_rtcp, std::function<void()> on_change);
  ~ContentShares();
  ContentShares(const ContentShares&) = delete;
  ContentShares& operator=(const ContentShares&) = delete;

  // Once the participant's offer is negotiated: whether it may share at all.
  void Negotiated(Participant& participant, const negotiation::Negotiation& negotiation);
  void Remove(const Participant& participant);
  // True when `rtp` was the participant's content (consumed).
  bool OnRtp(Participant& participant, std::span<const uint8_t> rtp, Clock::time_point now);
  // Every feedback interval: ends idle shares, sends NACK/PLI; returns the sequences NACKed.
  size_t OnFeedbackTimer(Clock::time_point now);
  // The mixer could not decode `source`: ask that share's sender for a keyframe.
  void OnKeyframeNeeded(video::SourceId source);
  void SetDisplayName(const Participant& participant, const std::string& name);

  // The participant's content source while it shares.
  std::optional<video::SourceId> Source(const Participant* participant) const;
  // Who began the share that is still on and began last (nullptr: nobody shares).
  const Participant* LatestSharer() const;

 private:
  struct Share {
    Participant* participant = nullptr;
    std::unique_ptr<ContentInput> input;
    std::optional<video::SourceId> source;  // while sharing
    uint64_t order = 0;                     // which share began last
  };
  void Stop(Share& share);

  // Passed by argument.
  video::VideoMixer& mixer_;
  SendRtcp send_rtcp_;
  std::function<void()> on_change_;
  // Allocated by this.
  std::map<const Participant*, Share> shares_;
  video::SourceId next_source_ = kFirstSource;
  uint64_t started_ = 0;
  std::array<uint8_t, 1500> rtcp_{};
};

}  // namespace vc::mcu::room
