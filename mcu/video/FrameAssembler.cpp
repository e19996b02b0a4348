#include "mcu/video/FrameAssembler.hpp"

#include <algorithm>

#include "mcu/video/Vp8Depacketizer.hpp"

namespace vc::mcu::video {

FrameAssembler::FrameAssembler(FrameAssemblerConfig config) : config_(config) {}

int64_t FrameAssembler::Unwrap(uint16_t sequence) {
  // Nearest candidate to the last value, so reordering across the wrap stays ordered.
  if (!last_unwrapped_) {
    last_unwrapped_ = 65536 + static_cast<int64_t>(sequence);
    return *last_unwrapped_;
  }
  const auto delta = static_cast<int16_t>(static_cast<uint16_t>(sequence - static_cast<uint16_t>(*last_unwrapped_)));
  const int64_t unwrapped = *last_unwrapped_ + delta;
  if (delta > 0) last_unwrapped_ = unwrapped;
  return unwrapped;
}

void FrameAssembler::Insert(const RtpVideoPacket& packet) {
  ++stats_.packets_received;
  const auto view = Vp8Depacketizer::Parse(packet.payload);
  if (!view) {
    ++stats_.packets_malformed;
    return;
  }
  int64_t seq = Unwrap(packet.sequence);
  constexpr int64_t kStaleDistance = 3000;  // far beyond any retransmission's lateness
  if (last_emitted_ && seq < *last_emitted_ - kStaleDistance) {
    if (++stale_run_ < config_.restart_after_stale) {
      ++stats_.packets_duplicate;
      return;
    }
    Restart();
    seq = Unwrap(packet.sequence);
  } else {
    stale_run_ = 0;
  }
  if ((last_emitted_ && seq <= *last_emitted_) || packets_.count(seq)) {
    ++stats_.packets_duplicate;
    return;
  }
  TrackHoles(seq, packet.arrival);
  Packet& p = packets_[seq];
  p.timestamp = packet.timestamp;
  p.marker = packet.marker;
  p.frame_start = view->IsFrameStart();
  p.keyframe = p.frame_start && view->IsKeyframe();
  if (auto size = view->KeyframeSize()) std::tie(p.width, p.height) = *size;
  p.partition_index = view->partition_index;
  p.partition_start = view->start_of_partition;
  p.vp8.assign(view->vp8.begin(), view->vp8.end());
  p.arrival = packet.arrival;
  if (p.keyframe) keyframe_starts_.insert(seq);
  if (packets_.size() > config_.max_packets) {
    Flush();
    return;
  }
  Assemble();
}

void FrameAssembler::TrackHoles(int64_t seq, Clock::time_point arrival) {
  if (!highest_) {
    highest_ = seq;
    return;
  }
  if (seq <= *highest_) {
    holes_.erase(seq);  // a retransmission or a reordered packet filled it
    return;
  }
  if (static_cast<size_t>(seq - *highest_ - 1) + holes_.size() > config_.max_nack_list) {
    // Too much missing to repair: start over from the next keyframe.
    holes_.clear();
    DropThrough(seq - 1);
    NeedKeyframe();
  } else {
    for (int64_t s = *highest_ + 1; s < seq; ++s) holes_[s] = Hole{arrival, std::nullopt, 0};
  }
  highest_ = seq;
}

std::optional<int64_t> FrameAssembler::CompleteFrameEnd(int64_t first) const {
  auto it = packets_.find(first);
  if (it == packets_.end() || !it->second.frame_start) return std::nullopt;
  const uint32_t timestamp = it->second.timestamp;
  for (int64_t s = first;; ++s) {
    if (it == packets_.end() || it->first != s) return std::nullopt;
    if (it->second.marker) return s;
    auto next = std::next(it);
    // A sender that forgets the marker: the next frame's start ends this one.
    if (next != packets_.end() && next->first == s + 1 &&
        (next->second.timestamp != timestamp || next->second.frame_start))
      return s;
    it = next;
  }
}

void FrameAssembler::Assemble() {
  while (true) {
    if (!waiting_for_keyframe_ && last_emitted_) {
      const int64_t next = *last_emitted_ + 1;
      auto it = packets_.find(next);
      if (it != packets_.end() && !it->second.frame_start) {
        NeedKeyframe();  // a frame's tail without its start: the stream is broken here
        continue;
      }
      if (auto end = CompleteFrameEnd(next)) {
        Emit(next, *end);
        continue;
      }
    }
    // A complete keyframe anywhere ahead is decodable on its own: jump to it.
    bool jumped = false;
    for (int64_t start : keyframe_starts_) {
      if (auto end = CompleteFrameEnd(start)) {
        DropThrough(start - 1);
        Emit(start, *end);
        jumped = true;
        break;
      }
    }
    if (jumped) continue;
    // Waiting for a keyframe we have asked for: complete delta frames are useless, drop them
    // now to keep the buffer small (unless a keyframe is already partly here before them).
    if (waiting_for_keyframe_ && keyframe_wanted_) {
      const int64_t before = keyframe_starts_.empty() ? INT64_MAX : *keyframe_starts_.begin();
      std::optional<int64_t> drop;
      for (const auto& [seq, p] : packets_) {
        if (seq >= before) break;
        if (p.frame_start)
          if (auto end = CompleteFrameEnd(seq)) drop = *end;
      }
      if (drop) {
        DropThrough(*drop);
        continue;
      }
    } else if (waiting_for_keyframe_) {
      // Nothing usable yet: a complete delta frame with no keyframe start before it means the
      // stream's keyframe was missed (we joined late or it was lost): ask for one.
      for (const auto& [seq, p] : packets_) {
        if (p.keyframe) break;
        if (p.frame_start && !p.keyframe && CompleteFrameEnd(seq)) {
          keyframe_wanted_ = true;
          break;
        }
      }
      if (keyframe_wanted_) continue;
    }
    return;
  }
}

void FrameAssembler::Emit(int64_t first, int64_t last) {
  EncodedFrame frame;
  const Packet& head = packets_.at(first);
  frame.rtp_timestamp = head.timestamp;
  frame.keyframe = head.keyframe;
  frame.width = head.keyframe ? head.width : 0;
  frame.height = head.keyframe ? head.height : 0;
  frame.capture = head.arrival;
  size_t partition_bytes = 0;
  for (int64_t s = first; s <= last; ++s) {
    const Packet& p = packets_.at(s);
    if (p.partition_start && s != first) {
      frame.partition_sizes.push_back(partition_bytes);
      partition_bytes = 0;
    }
    partition_bytes += p.vp8.size();
    frame.data.insert(frame.data.end(), p.vp8.begin(), p.vp8.end());
    frame.capture = std::max(frame.capture, p.arrival);
  }
  if (!frame.partition_sizes.empty()) frame.partition_sizes.push_back(partition_bytes);
  packets_.erase(packets_.begin(), packets_.upper_bound(last));
  holes_.erase(holes_.begin(), holes_.upper_bound(last));
  keyframe_starts_.erase(keyframe_starts_.begin(), keyframe_starts_.upper_bound(last));
  last_emitted_ = last;
  if (frame.keyframe) {
    waiting_for_keyframe_ = false;
    keyframe_wanted_ = false;
    ++stats_.keyframes_emitted;
  }
  ++stats_.frames_emitted;
  ready_.push_back(std::move(frame));
  if (ready_.size() > config_.max_frames) {
    // The consumer is behind: what is queued can no longer be decoded in order with gaps.
    stats_.frames_dropped += ready_.size();
    ready_.clear();
    NeedKeyframe();
  }
}

void FrameAssembler::DropThrough(int64_t last) {
  if (last_emitted_ && last <= *last_emitted_) return;
  for (auto it = packets_.begin(); it != packets_.end() && it->first <= last; ++it)
    if (it->second.frame_start) ++stats_.frames_dropped;
  packets_.erase(packets_.begin(), packets_.upper_bound(last));
  holes_.erase(holes_.begin(), holes_.upper_bound(last));
  keyframe_starts_.erase(keyframe_starts_.begin(), keyframe_starts_.upper_bound(last));
  last_emitted_ = last;
}

void FrameAssembler::NeedKeyframe() {
  waiting_for_keyframe_ = true;
  keyframe_wanted_ = true;
}

void FrameAssembler::Restart() {
  ++stats_.restarts;
  packets_.clear();
  holes_.clear();
  keyframe_starts_.clear();
  ready_.clear();
  last_unwrapped_.reset();
  highest_.reset();
  last_emitted_.reset();
  stale_run_ = 0;
  waiting_for_keyframe_ = true;
  keyframe_wanted_ = true;  // the new stream's delta frames need its keyframe
}

void FrameAssembler::Flush() {
  ++stats_.overflows;
  if (highest_) DropThrough(*highest_);
  packets_.clear();
  holes_.clear();
  keyframe_starts_.clear();
  NeedKeyframe();
}

std::optional<EncodedFrame> FrameAssembler::PopFrame() {
  if (ready_.empty()) return std::nullopt;
  EncodedFrame frame = std::move(ready_.front());
  ready_.pop_front();
  return frame;
}

std::vector<uint16_t> FrameAssembler::TakeNacks(Clock::time_point now) {
  std::vector<uint16_t> out;
  bool gave_up = false;
  for (auto it = holes_.begin(); it != holes_.end();) {
    Hole& hole = it->second;
    const bool spaced = !hole.last_nack || now - *hole.last_nack >= config_.rtt;
    if (now - hole.first_missing >= config_.max_wait ||
        (hole.retries >= config_.max_nack_retries && spaced)) {
      ++stats_.sequences_given_up;
      gave_up = true;
      it = holes_.erase(it);
      continue;
    }
    if (spaced && now - hole.first_missing >= config_.reorder_wait) {
      out.push_back(static_cast<uint16_t>(it->first & 0xffff));
      hole.last_nack = now;
      ++hole.retries;
    }
    ++it;
  }
  stats_.nacks_sent += out.size();
  if (gave_up) {
    NeedKeyframe();
    Assemble();
  }
  return out;
}

bool FrameAssembler::TakeKeyframeRequest(Clock::time_point now) {
  if (!waiting_for_keyframe_ || !keyframe_wanted_) return false;
  if (last_keyframe_request_ && now - *last_keyframe_request_ < config_.keyframe_request_interval)
    return false;
  last_keyframe_request_ = now;
  ++stats_.keyframe_requests;
  return true;
}

void FrameAssembler::RequestKeyframe() {
  stats_.frames_dropped += ready_.size();
  ready_.clear();
  NeedKeyframe();
  Assemble();
}

void FrameAssembler::SetRtt(std::chrono::milliseconds rtt) {
  config_.rtt = std::clamp(rtt, std::chrono::milliseconds(5), std::chrono::milliseconds(1000));
}

}  // namespace vc::mcu::video
