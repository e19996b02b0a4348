#pragma once
// Reads a WebM file back with libwebm's parser (an independent reader, not ours): its tracks,
// every SimpleBlock's track, absolute timestamp, keyframe flag and bytes, the Info duration
// and the Cues. For the recording tests.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace vc::tests::mcu::recording {

struct WebmReadBack {
  struct Track {
    uint64_t number = 0;
    uint64_t type = 0;  // 1 video, 2 audio
    std::string codec;
    std::vector<uint8_t> codec_private;
    uint64_t width = 0, height = 0;
    double sampling_frequency = 0;
    uint64_t channels = 0;
  };
  struct Frame {
    uint64_t track = 0;
    int64_t time_ms = 0;
    bool keyframe = false;
    std::vector<uint8_t> bytes;
  };
  bool ok = false;  // the parser read the whole file without an error
  std::string error;
  std::string doc_type;
  double duration = 0;
  uint64_t timecode_scale = 0;
  std::vector<Track> tracks;
  std::vector<Frame> frames;
  size_t clusters = 0;
  size_t cue_points = 0;

  size_t Count(uint64_t track) const;
  const Track* FindTrack(uint64_t type) const;
};

WebmReadBack ReadWebm(const std::filesystem::path& path);

}  // namespace vc::tests::mcu::recording
