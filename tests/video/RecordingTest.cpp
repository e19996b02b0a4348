// Recording end to end with real processes: vc-mcu --recording-dir in a temporary directory, two
// GStreamer webrtcbin peers in a conference room (a red chair with a 440 Hz tone, a green site
// with 660 Hz). The chair records about 4 s; both peers are told; the file is then decoded by
// GStreamer (matroskademux ! vp8dec / opusdec) like a player would: 1280x720 VP8 frames showing
// both senders' colours, and the full mix with both tones, on one clock.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <thread>

#include "tests/audio/AdminHttp.hpp"
#include "tests/audio/AudioParty.hpp"
#include "tests/integration/McuFixture.hpp"
#include "tests/integration/ToneAnalyzer.hpp"
#include "tests/video/CompositeProbe.hpp"
#include "tests/video/RecordedFile.hpp"

namespace vc::tests::video {
namespace {

using namespace std::chrono_literals;
using audio::AudioParty;
using integration::ToneAnalyzer;
using integration::WebrtcbinPeer;
using nlohmann::json;
constexpr const char* kToken = "recording-video-token";

class Recording : public integration::McuFixture {
 protected:
  integration::McuProcess::Options ProcessOptions() override {
    dir_ = std::filesystem::temp_directory_path() / ("vc-recording-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_ / "files");
    std::ofstream(dir_ / "token") << kToken << "\n";
    integration::McuProcess::Options options;
    options.extra_arguments = {"--video-fps",        "20",
                               "--recording-dir",    (dir_ / "files").string(),
                               "--admin-token-file", (dir_ / "token").string()};
    return options;
  }
  void TearDown() override {
    McuFixture::TearDown();
    std::error_code ignored;
    if (!HasFailure()) std::filesystem::remove_all(dir_, ignored);
  }

  static WebrtcbinPeer::Options Peer(const Colour& colour, int tone_hz) {
    WebrtcbinPeer::Options options;
    options.tone_hz = tone_hz;
    options.volume = 0.2;
    options.video_source = "videotestsrc is-live=true pattern=solid-color foreground-color=" +
                           std::to_string(colour.argb);
    return options;
  }
  static bool Told(const AudioParty::Member& member, bool recording) {
    for (const auto& message : member.session->OtherMessages()) {
      if (message.value("type", "") == "recording" &&
          message.value("recording", !recording) == recording &&
          message.value("available", false)) {
        return true;
      }
    }
    return false;
  }
  std::filesystem::path OnlyFile() {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(dir_ / "files"))
      files.push_back(entry.path());
    EXPECT_EQ(files.size(), 1u);
    return files.empty() ? std::filesystem::path() : files.front();
  }
  // Joins red (chair) and green and waits until both hear each other and see the composite.
  void JoinTwo(AudioParty& party) {
    party.Join(Peer(kColours[0], 440), kColours[0].site, "chair");
    party.Join(Peer(kColours[1], 660), kColours[1].site);
    ASSERT_TRUE(party.PumpAll(
        [&] {
          return party[0].peer->Media().Video().frames > 10 &&
                 party[1].peer->Media().Video().frames > 10 &&
                 party[0].peer->Media().HearsTone(660) && party[1].peer->Media().HearsTone(440);
        },
        60s))
        << party.Describe() << Mcu().Log();
  }
  // Both colours somewhere on a 16x9 grid of sample points of one picture.
  static bool ShowsBoth(const integration::ReceivedPicture& picture) {
    bool red = false, green = false;
    for (int gy = 0; gy < 9; ++gy) {
      for (int gx = 0; gx < 16; ++gx) {
        const Colour* c = Nearest(picture.MeanYuv((gx + 0.5) / 16, (gy + 0.5) / 9, 6));
        red = red || c == &kColours[0];
        green = green || c == &kColours[1];
      }
    }
    return red && green;
  }
  static void ExpectPlayable(const RecordedFile& file, std::chrono::milliseconds recorded) {
    ASSERT_TRUE(file.ok) << file.error;
    EXPECT_EQ(file.width, 1280);
    EXPECT_EQ(file.height, 720);
    // ~20 fps for ~4 s; a loaded machine skips some ticks.
    EXPECT_GE(file.video_frames, 60) << "video frames";
    for (size_t i = 1; i < file.video_times.size(); ++i) {
      EXPECT_GE(file.video_times[i], file.video_times[i - 1]) << "frame " << i;
    }
    int with_both = 0;
    for (const auto& picture : file.pictures) with_both += ShowsBoth(picture) ? 1 : 0;
    EXPECT_GE(with_both, static_cast<int>(file.pictures.size()) / 2)
        << with_both << " of " << file.pictures.size() << " sampled pictures show red and green";
    // Audio: the full mix, so both talkers' tones, for about as long as the video.
    const double seconds = static_cast<double>(file.audio.size()) / 48000.0;
    EXPECT_GT(seconds, 0.7 * static_cast<double>(recorded.count()) / 1000.0) << seconds;
    ASSERT_GT(file.audio.size(), 48000u);
    std::span<const int16_t> middle(file.audio.data() + file.audio.size() / 2 - 24000, 48000);
    const double p440 = ToneAnalyzer::Power(middle, 48000, 440);
    const double p660 = ToneAnalyzer::Power(middle, 48000, 660);
    const double p1000 = ToneAnalyzer::Power(middle, 48000, 1000);
    EXPECT_GT(ToneAnalyzer::Rms(middle), 0.02);
    EXPECT_GT(p440, 20 * p1000) << p440 << " vs " << p1000;
    EXPECT_GT(p660, 20 * p1000) << p660 << " vs " << p1000;
    // One clock: audio and video start and end together (within a few frames).
    ASSERT_FALSE(file.video_times.empty());
    const auto video_span = file.video_times.back() - file.video_times.front();
    const auto audio_span = file.audio_last - file.audio_first;
    std::cout << "recorded " << file.video_frames << " video frames over " << video_span.count()
              << " ms, audio " << audio_span.count() << " ms (first video "
              << file.video_times.front().count() << " ms, audio " << file.audio_first.count()
              << " ms); " << with_both << "/" << file.pictures.size() << " pictures with both\n";
    EXPECT_LT(std::chrono::abs(file.video_times.front() - file.audio_first), 400ms);
    EXPECT_LT(std::chrono::abs(video_span - audio_span), 400ms);
  }

  std::filesystem::path dir_;
};

TEST_F(Recording, AChairRecordsTheCompositeAndTheMixIntoAPlayableWebm) {
  AudioParty party(Port(), "tap-huan-ghi-hinh");
  JoinTwo(party);
  if (HasFatalFailure()) return;
  // Both were told at join that the room can be recorded, and that it is not yet.
  for (size_t i = 0; i < 2; ++i) EXPECT_TRUE(Told(party[i], false)) << party[i].session->Describe();

  ASSERT_TRUE(party[0].client->Send({{"type", "record"}, {"recording", true}}));
  ASSERT_TRUE(party.PumpAll([&] { return Told(party[0], true) && Told(party[1], true); }, 5s))
      << party.Describe();
  const auto started = std::chrono::steady_clock::now();
  party.PumpFor(4500ms);
  ASSERT_TRUE(party[0].client->Send({{"type", "record"}, {"recording", false}}));
  const auto recorded = std::chrono::duration_cast<std::chrono::milliseconds>(
      std::chrono::steady_clock::now() - started);
  ASSERT_TRUE(party.PumpAll(Throttled([&] { return Counter("vc_recordings_active") == 0; }), 10s));
  const auto file = OnlyFile();
  EXPECT_EQ(file.filename().string().rfind("tap-huan-ghi-hinh-", 0), 0u) << file;
  ExpectPlayable(DecodeRecording(file), recorded);
  EXPECT_GT(Counter("vc_recording_bytes_total", {{"room", "tap-huan-ghi-hinh"}}), 50000);
  ExpectMcuHealthy();
}

TEST_F(Recording, TheAdminApiRecordsToo) {
  AudioParty party(Port(), "hop-giao-ban");
  JoinTwo(party);
  if (HasFatalFailure()) return;
  auto started = audio::AdminRequest(Port(), "POST", "/api/v1/rooms/hop-giao-ban/recording", kToken,
                                     R"({"recording":true})");
  ASSERT_EQ(started.status, 200) << started.body << started.error;
  const auto at = std::chrono::steady_clock::now();
  ASSERT_TRUE(party.PumpAll([&] { return Told(party[0], true) && Told(party[1], true); }, 5s));
  party.PumpFor(4500ms);
  auto stopped = audio::AdminRequest(Port(), "POST", "/api/v1/rooms/hop-giao-ban/recording", kToken,
                                     R"({"recording":false})");
  ASSERT_EQ(stopped.status, 200) << stopped.body;
  const auto recorded =
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - at);
  const std::string name = json::parse(stopped.body).value("file", "");
  ASSERT_TRUE(party.PumpAll(Throttled([&] { return Counter("vc_recordings_active") == 0; }), 10s));
  EXPECT_EQ(OnlyFile().filename().string(), name);
  ExpectPlayable(DecodeRecording(dir_ / "files" / name), recorded);
  ExpectMcuHealthy();
}

}  // namespace
}  // namespace vc::tests::video
