#include "mcu/video/SourceDecoder.hpp"

namespace vc::mcu::video {
namespace {
bool IsKeyframe(const EncodedFrame& f) { return !f.data.empty() && (f.data[0] & 0x01) == 0; }
}  // namespace

SourceDecoder::SourceDecoder(size_t max_queued) : max_queued_(std::max<size_t>(1, max_queued)) {}

bool SourceDecoder::Push(EncodedFrame frame) {
  std::lock_guard lock(mutex_);
  const bool key = IsKeyframe(frame);
  if (key) {
    // A keyframe makes everything queued before it useless: decode from here.
    dropped_pending_ += queue_.size();
    queue_.clear();
    waiting_for_keyframe_ = false;
  }
  if (waiting_for_keyframe_) {
    ++dropped_pending_;
    if (++dropped_while_waiting_ % kReRequestEvery == 0) report_ = true;
  } else if (queue_.size() >= max_queued_) {
    // The workers are behind: flush, ask for a keyframe, catch up from it.
    dropped_pending_ += queue_.size() + 1;
    queue_.clear();
    waiting_for_keyframe_ = true;
    dropped_while_waiting_ = 0;
    report_ = true;
  } else {
    queue_.push_back(std::move(frame));
  }
  if (scheduled_ || (queue_.empty() && !report_)) return false;
  scheduled_ = true;
  return true;
}

SourceDecoder::DrainResult SourceDecoder::Drain() {
  DrainResult result;
  std::unique_lock lock(mutex_);
  while (!queue_.empty()) {
    EncodedFrame frame = std::move(queue_.front());
    queue_.pop_front();
    lock.unlock();
    auto picture = decoder_.Decode(frame);
    lock.lock();
    if (picture) {
      ++result.decoded;
      latest_ = std::move(picture);
      latest_capture_ = frame.capture;
    } else {
      ++result.errors;
      // Everything after an undecodable frame references garbage: wait for a keyframe.
      dropped_pending_ += queue_.size();
      queue_.clear();
      waiting_for_keyframe_ = true;
      dropped_while_waiting_ = 0;
      report_ = true;
    }
  }
  result.dropped = dropped_pending_;
  dropped_pending_ = 0;
  result.keyframe_needed = report_;
  report_ = false;
  scheduled_ = false;
  return result;
}

std::pair<std::shared_ptr<const I420Frame>, Clock::time_point> SourceDecoder::latest_with_capture() const {
  std::lock_guard lock(mutex_);
  return {latest_, latest_capture_};
}

std::shared_ptr<const I420Frame> SourceDecoder::latest() const {
  std::lock_guard lock(mutex_);
  return latest_;
}

}  // namespace vc::mcu::video
