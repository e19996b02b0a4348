#pragma once
// Decodes a recording the way a player would, with GStreamer (filesrc ! matroskademux ! vp8dec /
// opusdec): how many video frames, their size and timestamps, a few pictures, and the audio as
// 48 kHz mono PCM with its timestamps. For the recording tests.
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "tests/integration/ReceivedMedia.hpp"

namespace vc::tests::video {

struct RecordedFile {
  bool ok = false;
  std::string error;
  int video_frames = 0;
  int width = 0, height = 0;
  std::vector<integration::ReceivedPicture> pictures;  // every 10th decoded frame
  std::vector<std::chrono::milliseconds> video_times;  // presentation times
  std::vector<int16_t> audio;                          // 48 kHz mono
  std::chrono::milliseconds audio_first{-1}, audio_last{-1};
};

RecordedFile DecodeRecording(const std::filesystem::path& path,
                             std::chrono::milliseconds timeout = std::chrono::milliseconds(60000));

}  // namespace vc::tests::video
