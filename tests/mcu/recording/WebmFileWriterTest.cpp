// The WebM writer's files as libwebm's parser reads them: tracks, frame counts, keyframes,
// monotonic timestamps, clusters at keyframes, Cues, Duration.
#include <gtest/gtest.h>
#include <unistd.h>

#include "mcu/recording/WebmFileWriter.hpp"
#include "tests/mcu/recording/WebmReadBack.hpp"

namespace vc::mcu::recording {
namespace {

using namespace std::chrono_literals;
using tests::mcu::recording::ReadWebm;
using tests::mcu::recording::WebmReadBack;
using Track = WebmFileWriter::Track;

std::filesystem::path TempFile(const std::string& name) {
  return std::filesystem::temp_directory_path() /
         ("vc-webm-" + name + "-" + std::to_string(::getpid()) + ".webm");
}

UniqueFile Open(const std::filesystem::path& path) {
  return UniqueFile(std::fopen(path.c_str(), "wb"));
}

std::vector<uint8_t> Payload(size_t index, size_t size) {
  std::vector<uint8_t> bytes(size);
  for (size_t i = 0; i < size; ++i) bytes[i] = static_cast<uint8_t>(index * 7 + i);
  return bytes;
}

void ExpectMonotonic(const WebmReadBack& file, uint64_t track) {
  int64_t last = -1;
  for (const auto& frame : file.frames) {
    if (frame.track != track) continue;
    EXPECT_GE(frame.time_ms, last) << "track " << track;
    last = frame.time_ms;
  }
}

TEST(WebmFileWriterTest, VideoAndAudioReadBackWithTheirTracksCountsAndTimes) {
  const auto path = TempFile("av");
  WebmTracks tracks;
  tracks.video = WebmTracks::Video{1280, 720};
  tracks.audio = WebmTracks::Audio{48000, 1, 312};
  {
    WebmFileWriter writer(Open(path), tracks, "test");
    // 3 s: video at 30 fps (a keyframe every second), audio every 20 ms; video handed in a little
    // late (its encode takes longer), as in the MCU.
    int video = 0;
    for (int ms = 0; ms < 3000; ms += 20) {
      writer.WriteFrame(Track::kAudio, Payload(static_cast<size_t>(ms), 80),
                        std::chrono::milliseconds(ms), false);
      while (video * 100 / 3 + 40 <= ms) {
        writer.WriteFrame(Track::kVideo, Payload(static_cast<size_t>(video), 3000),
                          std::chrono::milliseconds(video * 100 / 3), video % 30 == 0);
        ++video;
      }
    }
    writer.Finish();
    EXPECT_EQ(writer.frames_written(Track::kAudio), 150u);
    EXPECT_EQ(writer.frames_written(Track::kVideo), static_cast<uint64_t>(video));
    EXPECT_EQ(writer.bytes_written(), std::filesystem::file_size(path));
  }
  const WebmReadBack file = ReadWebm(path);
  ASSERT_TRUE(file.ok) << file.error;
  EXPECT_EQ(file.doc_type, "webm");
  EXPECT_EQ(file.timecode_scale, 1000000u);
  ASSERT_EQ(file.tracks.size(), 2u);
  const auto* video_track = file.FindTrack(1);
  const auto* audio_track = file.FindTrack(2);
  ASSERT_TRUE(video_track && audio_track);
  EXPECT_EQ(video_track->codec, "V_VP8");
  EXPECT_EQ(video_track->width, 1280u);
  EXPECT_EQ(video_track->height, 720u);
  EXPECT_EQ(audio_track->codec, "A_OPUS");
  EXPECT_EQ(audio_track->sampling_frequency, 48000.0);
  EXPECT_EQ(audio_track->channels, 1u);
  EXPECT_EQ(audio_track->codec_private, WebmFileWriter::OpusHead(*tracks.audio));

  EXPECT_EQ(file.Count(2), 150u);
  EXPECT_GE(file.Count(1), 88u);
  ExpectMonotonic(file, 1);
  ExpectMonotonic(file, 2);
  // Interleaved in time order across tracks too, within the writer's window.
  int64_t last = -1;
  for (const auto& frame : file.frames) {
    EXPECT_GE(frame.time_ms, last);
    last = frame.time_ms;
  }
  // Audio keeps its 20 ms grid exactly; the bytes are what went in.
  int64_t audio_ms = 0;
  for (const auto& frame : file.frames) {
    if (frame.track != 2) continue;
    EXPECT_EQ(frame.time_ms, audio_ms);
    EXPECT_TRUE(frame.keyframe);
    EXPECT_EQ(frame.bytes, Payload(static_cast<size_t>(audio_ms), 80));
    audio_ms += 20;
  }
  // The first video frame is a keyframe, and every cluster starts at one: 3 keyframes, 3 cues.
  for (const auto& frame : file.frames) {
    if (frame.track == 1) {
      EXPECT_TRUE(frame.keyframe);
      break;
    }
  }
  EXPECT_EQ(file.clusters, 3u);
  EXPECT_EQ(file.cue_points, 3u);
  EXPECT_NEAR(file.duration, 3000.0, 60.0);
  std::filesystem::remove(path);
}

TEST(WebmFileWriterTest, TimestampsGoingBackAreHeldAtTheLastOne) {
  const auto path = TempFile("back");
  WebmTracks tracks;
  tracks.audio = WebmTracks::Audio{};
  {
    WebmFileWriter writer(Open(path), tracks, "test");
    for (int ms : {0, 20, 40, 30, 60, -5, 80}) {
      writer.WriteFrame(Track::kAudio, Payload(1, 10), std::chrono::milliseconds(ms), true);
    }
  }  // the destructor finishes the file
  const WebmReadBack file = ReadWebm(path);
  ASSERT_TRUE(file.ok) << file.error;
  ASSERT_EQ(file.tracks.size(), 1u);
  std::vector<int64_t> times;
  for (const auto& frame : file.frames) times.push_back(frame.time_ms);
  EXPECT_EQ(times, (std::vector<int64_t>{0, 20, 40, 40, 60, 60, 80}));
  EXPECT_EQ(file.cue_points, 1u);  // audio only: every cluster is a cue
  std::filesystem::remove(path);
}

TEST(WebmFileWriterTest, LongStretchesWithoutKeyframesStillStartNewClusters) {
  const auto path = TempFile("long");
  WebmTracks tracks;
  tracks.video = WebmTracks::Video{};
  {
    WebmFileWriter writer(Open(path), tracks, "test");
    for (int i = 0; i < 400; ++i) {  // 40 s at 10 fps, one keyframe at the start
      writer.WriteFrame(Track::kVideo, Payload(static_cast<size_t>(i), 50),
                        std::chrono::milliseconds(i * 100), i == 0);
    }
  }
  const WebmReadBack file = ReadWebm(path);
  ASSERT_TRUE(file.ok) << file.error;
  EXPECT_EQ(file.Count(1), 400u);
  EXPECT_EQ(file.frames.back().time_ms, 39900);  // relative block times never overflow int16
  EXPECT_GE(file.clusters, 8u);
  std::filesystem::remove(path);
}

TEST(WebmFileWriterTest, OpusHeadFollowsRfc7845) {
  const auto head = WebmFileWriter::OpusHead(WebmTracks::Audio{48000, 1, 312});
  const std::vector<uint8_t> expected = {'O',  'p',  'u',  's',  'H',  'e',  'a', 'd', 1, 1,
                                         0x38, 0x01, 0x80, 0xBB, 0x00, 0x00, 0,   0,   0};
  EXPECT_EQ(head, expected);
}

TEST(WebmFileWriterTest, ADiskThatIsFullIsAnErrorWithAReason) {
  UniqueFile full(std::fopen("/dev/full", "wb"));
  ASSERT_TRUE(full);
  WebmTracks tracks;
  tracks.audio = WebmTracks::Audio{};
  std::string reason;
  try {
    WebmFileWriter writer(std::move(full), tracks, "test");
    for (int ms = 0; ms < 20000; ms += 20) {
      writer.WriteFrame(Track::kAudio, Payload(1, 100), std::chrono::milliseconds(ms), true);
    }
    writer.Finish();
  } catch (const WebmWriteError& e) {
    reason = e.what();
  }
  EXPECT_NE(reason.find("No space left"), std::string::npos) << reason;
}

}  // namespace
}  // namespace vc::mcu::recording
