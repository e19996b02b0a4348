#pragma once
// Writes one WebM file (Matroska subset): an optional VP8 video track (track 1) and an optional
// Opus audio track (track 2), SimpleBlocks in clusters that start at video keyframes (or every
// 5 s), a Cues index and a SeekHead, the Segment size and Duration patched in at Finish().
// Frames of both tracks are interleaved in timestamp order (held up to kInterleave), and each
// track's timestamps are kept monotonic. Synchronous and single-threaded: WebmWriterThread
// runs it off the media thread. Every I/O error throws WebmWriteError (with the reason).
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

#include "mcu/recording/EbmlBuffer.hpp"

namespace vc::mcu::recording {

class WebmWriteError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct FileCloser {
  void operator()(std::FILE* file) const { std::fclose(file); }
};
using UniqueFile = std::unique_ptr<std::FILE, FileCloser>;

struct WebmTracks {
  struct Video {
    int width = 1280;
    int height = 720;
  };
  struct Audio {
    int sample_rate = 48000;
    int channels = 1;
    int pre_skip = 312;  // samples the decoder drops at the start (the encoder's lookahead)
  };
  std::optional<Video> video;
  std::optional<Audio> audio;
};

class WebmFileWriter {
 public:
  enum class Track { kVideo = 1, kAudio = 2 };
  static constexpr std::chrono::milliseconds kInterleave{300};
  static constexpr std::chrono::milliseconds kMaxCluster{5000};

  // Writes the header at once (throws WebmWriteError). The file must be open for writing and
  // seekable (the sizes are patched at the end).
  WebmFileWriter(UniqueFile file, WebmTracks tracks, std::string writing_app);
  ~WebmFileWriter();  // Finish() unless done; errors then are only logged
  WebmFileWriter(const WebmFileWriter&) = delete;
  WebmFileWriter& operator=(const WebmFileWriter&) = delete;

  // timestamp: from the start of the recording. Audio frames are all keyframes.
  void WriteFrame(Track track, std::span<const uint8_t> data, std::chrono::milliseconds timestamp,
                  bool keyframe);
  // Writes what is held, the last cluster, the Cues, and patches the sizes; closes the file.
  void Finish();

  uint64_t bytes_written() const { return bytes_written_; }
  uint64_t frames_written(Track track) const { return frames_[Index(track)]; }

  // The Opus identification header (RFC 7845 section 5.1), the track's CodecPrivate.
  static std::vector<uint8_t> OpusHead(const WebmTracks::Audio& audio);

 private:
  struct Pending {
    Track track;
    bool keyframe;
    std::vector<uint8_t> data;
  };
  struct CuePoint {
    int64_t time_ms;
    Track track;
    uint64_t cluster_position;  // from the start of the Segment's payload
  };

  static size_t Index(Track track) { return track == Track::kVideo ? 0 : 1; }
  void WriteHeader(const std::string& writing_app);
  void Emit(int64_t time_ms, const Pending& frame);
  void FlushCluster();
  void WriteCuesAndSeekHead();
  void Write(std::span<const uint8_t> bytes);
  void WriteAt(int64_t offset, std::span<const uint8_t> bytes);
  int64_t Tell();

  // Allocated by this.
  UniqueFile file_;
  const WebmTracks tracks_;
  bool finished_ = false;
  uint64_t bytes_written_ = 0;
  uint64_t frames_[2] = {0, 0};
  int64_t last_input_ms_[2] = {0, 0};
  int64_t newest_ms_ = 0;
  int64_t last_emitted_ms_ = 0;
  std::multimap<int64_t, Pending> pending_;
  // File offsets of what is patched or indexed at the end.
  int64_t segment_size_at_ = 0;
  int64_t segment_data_at_ = 0;
  int64_t seek_head_at_ = 0;
  int64_t duration_at_ = 0;
  int64_t info_at_ = 0;
  int64_t tracks_at_ = 0;
  // The cluster being built.
  EbmlBuffer cluster_;
  std::optional<int64_t> cluster_start_ms_;
  bool cluster_has_video_ = false;
  std::optional<int64_t> cluster_cue_ms_;  // its first video frame, a keyframe
  std::vector<CuePoint> cues_;
};

}  // namespace vc::mcu::recording
