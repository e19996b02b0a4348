#pragma once
// One participant's content share (slides, HDMI capture) as the room receives it: the VP8 of the
// negotiated content section (its own SSRC, RTX unwrapped) assembled into frames, with NACK and
// PLI/FIR back toward that stream exactly as for the camera. Sharing starts with the first
// content packet and stops when none came for kIdle (vc-room stops sending when it stops
// sharing; a browser's track may simply end). Pure packet work on the media thread: the
// conference owns the mixer source and decides where the RTCP goes.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <vector>

#include "mcu/negotiation/Negotiation.hpp"
#include "mcu/room/VideoLeg.hpp"
#include "mcu/video/FrameAssembler.hpp"

namespace vc::mcu::room {

class ContentInput {
 public:
  using Clock = std::chrono::steady_clock;
  static constexpr std::chrono::seconds kIdle{2};

  // nullptr when the negotiation accepted no content section.
  static std::unique_ptr<ContentInput> FromNegotiation(const negotiation::Negotiation& negotiation);
  explicit ContentInput(VideoLeg leg) : leg_(std::move(leg)) {}

  // False when `rtp` is not content. Else the frames it completed go to `frames`; `started`
  // is set when this packet began a share (the caller adds the mixer source).
  bool OnRtp(std::span<const uint8_t> rtp, Clock::time_point now,
             std::vector<video::EncodedFrame>& frames, bool& started);
  // Sharing, and its last packet is older than kIdle: the share is over (forgets its state).
  bool TakeStopped(Clock::time_point now);
  void Stop();  // the participant leaves or renegotiates
  bool sharing() const { return assembler_ != nullptr; }

  // RTCP to send now (NACKs, then a keyframe request if one is due), written to `out`; 0 when
  // nothing. `nacked` counts the sequences asked for.
  size_t WriteFeedback(std::span<uint8_t> out, Clock::time_point now, size_t& nacked);
  // A decode error in the mixer: ask for a keyframe at the next feedback.
  void RequestKeyframe();

 private:
  size_t WriteKeyframeRequest(std::span<uint8_t> out, Clock::time_point now);

  VideoLeg leg_;
  std::unique_ptr<video::FrameAssembler> assembler_;  // while sharing
  Clock::time_point last_packet_{};
  Clock::time_point last_keyframe_request_{};
  bool keyframe_wanted_ = false;
};

}  // namespace vc::mcu::room
