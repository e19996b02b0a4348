#pragma once
// One sender's pre-encoded video: kFrames pictures of 640x360 at 15 fps (a moving gradient and
// box in the sender's own colours, the FrameCode band on top), encoded once with libvpx like a
// WebRTC sender (realtime, CBR 500 kb/s, error resilient), frame 0 the only keyframe. Replayed
// in a loop with fresh RTP timestamps; a PLI restarts the loop at the keyframe. Also written as
// IVF for the GStreamer baseline, which then decodes the very same bitstream.
#include <filesystem>
#include <vector>

#include "mcu/video/VideoTypes.hpp"

namespace vc::tests::video_load {

class SenderClip {
 public:
  static constexpr int kFrames = 150;  // 10 s: the baseline script takes its IVF input as 10 s
  static constexpr int kFps = 15;
  static constexpr int kBitrate = 500'000;

  // Throws std::runtime_error when libvpx fails.
  explicit SenderClip(int sender);

  // Frame i (0..kFrames-1) carries FrameCode {sender, i}; frame 0 is a keyframe.
  const mcu::video::EncodedFrame& Frame(int index) const { return frames_[static_cast<size_t>(index)]; }
  size_t Bytes() const;
  // Throws std::runtime_error when the file cannot be written.
  void WriteIvf(const std::filesystem::path& path) const;

 private:
  std::vector<mcu::video::EncodedFrame> frames_;
};

}  // namespace vc::tests::video_load
