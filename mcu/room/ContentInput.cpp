#include "mcu/room/ContentInput.hpp"

namespace vc::mcu::room {
namespace {
// The assembler paces its own keyframe requests; decoder errors come on top of those.
constexpr std::chrono::milliseconds kKeyframeSpacing{300};
}  // namespace

std::unique_ptr<ContentInput> ContentInput::FromNegotiation(
    const negotiation::Negotiation& negotiation) {
  auto leg = VideoLeg::FromContent(negotiation);
  if (!leg || !leg->sends()) return nullptr;
  return std::make_unique<ContentInput>(std::move(*leg));
}

bool ContentInput::OnRtp(std::span<const uint8_t> rtp, Clock::time_point now,
                         std::vector<video::EncodedFrame>& frames, bool& started) {
  auto incoming = leg_.ParseIncoming(rtp);
  if (!incoming) return false;
  started = false;
  if (!assembler_) {
    assembler_ = std::make_unique<video::FrameAssembler>();
    // A share may begin mid-stream (a restarted sender, a lost first packet): start at a keyframe.
    keyframe_wanted_ = true;
    started = true;
  }
  last_packet_ = now;
  assembler_->Insert(video::RtpVideoPacket{incoming->sequence, incoming->timestamp,
                                           incoming->marker, incoming->payload, now});
  while (auto frame = assembler_->PopFrame()) {
    if (frame->keyframe) keyframe_wanted_ = false;
    frames.push_back(std::move(*frame));
  }
  return true;
}

bool ContentInput::TakeStopped(Clock::time_point now) {
  if (!assembler_ || now - last_packet_ < kIdle) return false;
  Stop();
  return true;
}

void ContentInput::Stop() {
  assembler_.reset();
  keyframe_wanted_ = false;
}

void ContentInput::RequestKeyframe() {
  if (!assembler_) return;
  assembler_->RequestKeyframe();
  keyframe_wanted_ = true;
}

size_t ContentInput::WriteFeedback(std::span<uint8_t> out, Clock::time_point now, size_t& nacked) {
  nacked = 0;
  if (!assembler_) return 0;
  size_t used = 0;
  auto lost = assembler_->TakeNacks(now);
  if (!lost.empty()) {
    used = leg_.WriteNack(out, lost);
    if (used != 0) nacked = lost.size();
  }
  if (assembler_->TakeKeyframeRequest(now)) keyframe_wanted_ = true;
  if (keyframe_wanted_) used += WriteKeyframeRequest(out.subspan(used), now);
  return used;
}

size_t ContentInput::WriteKeyframeRequest(std::span<uint8_t> out, Clock::time_point now) {
  if (now - last_keyframe_request_ < kKeyframeSpacing) return 0;
  const size_t len = leg_.WriteKeyframeRequest(out);
  if (len != 0) last_keyframe_request_ = now;
  return len;
}

}  // namespace vc::mcu::room
