// VideoMixer façade with real VP8 input and output: composites decoded and sampled, joins/leaves
// and no-video tiles at the next tick, stalled sources, decode errors -> keyframe requests,
// tiers in use, the keyframe storm of must-show 4, and the real ticker thread.
#include "mcu/video/VideoMixer.hpp"

#include <gtest/gtest.h>

#include <mutex>
#include <thread>

#include "VideoTestFrames.hpp"
#include "mcu/video/SourceDecoder.hpp"
#include "mcu/video/Vp8Decoder.hpp"

namespace vc::mcu::video {
namespace {

using namespace std::chrono_literals;
using test::Yuv;
const Clock::time_point kT0 = Clock::time_point{} + 100s;

class Recorder : public VideoMixer::Listener {
 public:
  void OnVideoMixerFrame(int tier, std::shared_ptr<const EncodedFrame> frame) override {
    std::lock_guard lock(mutex_);
    frames_.emplace_back(tier, std::move(frame));
  }
  void OnVideoMixerKeyframeNeeded(SourceId source) override {
    std::lock_guard lock(mutex_);
    keyframe_needed_.push_back(source);
  }
  std::vector<std::pair<int, std::shared_ptr<const EncodedFrame>>> frames() {
    std::lock_guard lock(mutex_);
    return frames_;
  }
  std::vector<SourceId> keyframe_needed() {
    std::lock_guard lock(mutex_);
    return keyframe_needed_;
  }

 private:
  std::mutex mutex_;
  std::vector<std::pair<int, std::shared_ptr<const EncodedFrame>>> frames_;
  std::vector<SourceId> keyframe_needed_;
};

VideoMixerConfig Manual() {
  VideoMixerConfig c;
  c.manual_tick = true;
  c.worker_threads = 2;
  return c;
}

void ExpectNear(const I420Frame& f, int x, int y, Yuv c, const std::string& what) {
  EXPECT_NEAR(f.data_y()[y * f.stride_y() + x], c.y, 10) << what;
  EXPECT_NEAR(f.data_u()[(y / 2) * f.stride_uv() + x / 2], c.u, 10) << what;
  EXPECT_NEAR(f.data_v()[(y / 2) * f.stride_uv() + x / 2], c.v, 10) << what;
}

class VideoMixerTest : public ::testing::Test {
 protected:
  // Decodes every tier-0 frame received so far; the last picture.
  std::shared_ptr<I420Frame> Decoded(int tier = 0) {
    std::shared_ptr<I420Frame> last;
    for (auto& [t, f] : recorder_.frames())
      if (t == tier) last = decoder_[tier].Decode(*f);
    recorder_frames_seen_ = recorder_.frames().size();
    return last;
  }
  void Push(VideoMixer& mixer, SourceId id, Yuv colour) {
    for (auto& f : test::EncodeSolid(640, 360, 2, colour)) mixer.PushFrame(id, std::move(f));
  }
  Recorder recorder_;
  Vp8Decoder decoder_[3];
  size_t recorder_frames_seen_ = 0;
};

TEST_F(VideoMixerTest, FourSourcesIn2x2WithLabels) {
  VideoMixer mixer(Manual(), recorder_);
  mixer.SetTierInUse(0, true);
  const Yuv colours[] = {test::kRed, test::kGreen, test::kBlue, test::kYellow};
  for (SourceId i = 0; i < 4; ++i) {
    mixer.AddSource(i, "Điểm cầu " + std::to_string(i + 1));
    Push(mixer, i, colours[i]);
  }
  mixer.Tick(kT0);
  auto picture = Decoded();
  ASSERT_TRUE(picture);
  ASSERT_EQ(picture->width(), 1280);
  const int xs[] = {320, 960, 320, 960}, ys[] = {180, 180, 540, 540};
  for (int i = 0; i < 4; ++i) ExpectNear(*picture, xs[i], ys[i], colours[i], "tile " + std::to_string(i));
  int bright = 0;  // the label of tile 0 at its bottom-left
  for (int y = 310; y < 356; ++y)
    for (int x = 4; x < 300; ++x) bright += picture->data_y()[y * picture->stride_y() + x] > 190;
  EXPECT_GT(bright, 50);
  const auto stats = mixer.Stats();
  EXPECT_EQ(stats.frames_composed, 1u);
  EXPECT_EQ(stats.encodes[0], 1u);
  EXPECT_EQ(stats.keyframes[0], 1u);
  EXPECT_EQ(stats.frames_decoded.at(2), 2u);
}

TEST_F(VideoMixerTest, JoinLeaveAndNoVideoShowAtTheNextTick) {
  VideoMixer mixer(Manual(), recorder_);
  mixer.SetTierInUse(0, true);
  mixer.AddSource(1, "A");
  Push(mixer, 1, test::kRed);
  mixer.Tick(kT0);
  ExpectNear(*Decoded(), 640, 360, test::kRed, "alone, full canvas");
  mixer.AddSource(2, "Không có hình");  // joins without video
  mixer.Tick(kT0 + 33ms);
  auto two = Decoded();
  ExpectNear(*two, 320, 250, test::kRed, "left of two");
  // The newcomer's tile is the plain no-video tile, not black.
  EXPECT_GT(two->data_y()[220 * two->stride_y() + 660], 40);
  mixer.RemoveSource(1);
  mixer.Tick(kT0 + 66ms);
  auto one = Decoded();
  EXPECT_GT(one->data_y()[50 * one->stride_y() + 50], 40);  // the plain tile fills the canvas
  EXPECT_EQ(recorder_.frames().size(), 3u);
}

TEST_F(VideoMixerTest, StalledSourceKeepsItsLastPicture) {
  VideoMixer mixer(Manual(), recorder_);
  mixer.SetTierInUse(0, true);
  mixer.AddSource(1, "A");
  mixer.AddSource(2, "B");
  Push(mixer, 1, test::kBlue);
  Push(mixer, 2, test::kGreen);
  for (int i = 0; i < 10; ++i) {
    if (i == 5) Push(mixer, 2, test::kYellow);  // B keeps sending, A stalls
    mixer.Tick(kT0 + i * 33ms);
  }
  auto picture = Decoded();
  ExpectNear(*picture, 320, 360, test::kBlue, "stalled A");
  ExpectNear(*picture, 960, 360, test::kYellow, "live B");
  EXPECT_EQ(mixer.Stats().frames_composed, 10u);
}

TEST_F(VideoMixerTest, UndecodableFrameAsksForAKeyframe) {
  VideoMixer mixer(Manual(), recorder_);
  mixer.AddSource(5, "A");
  auto frames = test::EncodeSolid(640, 360, 3, test::kRed);
  mixer.PushFrame(5, frames[1]);  // a delta frame first: nothing to decode it against
  mixer.WaitForDecodes();
  EXPECT_EQ(recorder_.keyframe_needed(), std::vector<SourceId>{5});
  EXPECT_EQ(mixer.Stats().decode_errors, 1u);
  mixer.PushFrame(5, frames[0]);
  mixer.WaitForDecodes();
  EXPECT_EQ(mixer.Stats().frames_decoded.at(5), 1u);
  mixer.PushFrame(99, frames[0]);  // unknown source: ignored
}

TEST_F(VideoMixerTest, EncodesOnlyTiersInUse) {
  VideoMixer mixer(Manual(), recorder_);
  mixer.AddSource(1, "A");
  mixer.Tick(kT0);
  EXPECT_TRUE(recorder_.frames().empty());
  mixer.SetTierInUse(1, true);
  mixer.Tick(kT0 + 33ms);
  mixer.SetTierInUse(2, true);
  mixer.Tick(kT0 + 66ms);
  const auto frames = recorder_.frames();
  ASSERT_EQ(frames.size(), 3u);
  EXPECT_EQ(frames[0].first, 1);
  EXPECT_EQ(frames[0].second->width, 640);
  EXPECT_EQ(frames[2].first, 2);
  EXPECT_EQ(frames[2].second->width, 320);
  EXPECT_TRUE(frames[2].second->keyframe);  // a new tier's encoder starts with a keyframe
  auto small = Decoded(2);
  ASSERT_TRUE(small);
  EXPECT_EQ(small->height(), 180);
  const auto stats = mixer.Stats();
  EXPECT_EQ(stats.encodes, (std::vector<uint64_t>{0, 2, 1}));
}

TEST_F(VideoMixerTest, PliStormFromFiftyReceiversGivesAtMostTwoKeyframes) {
  VideoMixer mixer(Manual(), recorder_);
  mixer.SetTierInUse(0, true);
  mixer.AddSource(1, "A");
  Push(mixer, 1, test::kRed);
  Clock::time_point t = kT0;
  for (int i = 0; i < 30; ++i, t += 33ms) mixer.Tick(t);  // one second of steady output
  const uint64_t before = mixer.Stats().keyframes[0];
  EXPECT_EQ(before, 1u);
  const Clock::time_point storm = t;
  int requests = 0;
  for (int i = 0; i < 45; ++i, t += 33ms) {
    while (requests < 50 && storm + requests * 2ms <= t) {
      mixer.RequestKeyframe(0);
      ++requests;
    }
    mixer.Tick(t);
  }
  EXPECT_EQ(requests, 50);
  const uint64_t storm_keyframes = mixer.Stats().keyframes[0] - before;
  EXPECT_GE(storm_keyframes, 1u);
  EXPECT_LE(storm_keyframes, 2u);
}

TEST_F(VideoMixerTest, TickerThreadPacesOutput) {
  VideoMixerConfig config;
  config.fps = 30;
  config.worker_threads = 1;
  std::vector<std::pair<int, std::shared_ptr<const EncodedFrame>>> frames;
  {
    VideoMixer mixer(config, recorder_);
    mixer.SetTierInUse(2, true);
    mixer.AddSource(1, "A");
    Push(mixer, 1, test::kGreen);
    std::this_thread::sleep_for(800ms);
  }
  frames = recorder_.frames();
  // ~24 frames; generous bounds for a shared, noisy machine (late ticks are skipped, not
  // bunched, so never many more).
  EXPECT_GE(frames.size(), 2u);
  EXPECT_LE(frames.size(), 30u);
  for (size_t i = 1; i < frames.size(); ++i)
    EXPECT_GT(frames[i].second->rtp_timestamp - frames[i - 1].second->rtp_timestamp, 0u);
}

TEST_F(VideoMixerTest, MixerDelayIsMeasuredFromCaptureToTheTickThatShowsIt) {
  VideoMixer mixer(Manual(), recorder_);
  mixer.SetTierInUse(2, true);
  mixer.AddSource(1, "A");
  for (auto& f : test::EncodeSolid(640, 360, 2, test::kRed)) {
    f.capture = kT0 - 20ms;
    mixer.PushFrame(1, std::move(f));
  }
  mixer.Tick(kT0);
  mixer.Tick(kT0 + 33ms);  // the same picture again: not counted twice
  const auto stats = mixer.Stats();
  EXPECT_GE(stats.mixer_delay_p50, 20ms);
  EXPECT_LT(stats.mixer_delay_p95, 20ms + 5s);  // + the tick's own processing, generous
}

TEST_F(VideoMixerTest, BadConfigThrows) {
  VideoMixerConfig c = Manual();
  c.fps = 0;
  EXPECT_THROW(VideoMixer(c, recorder_), std::invalid_argument);
  c = Manual();
  c.canvas_width = 641;
  EXPECT_THROW(VideoMixer(c, recorder_), std::invalid_argument);
  c = Manual();
  c.canvas_width = 320;
  c.canvas_height = 180;
  EXPECT_THROW(VideoMixer(c, recorder_), std::invalid_argument);  // tiers bigger than canvas
}

TEST(SourceDecoderTest, OverflowFlushesAndWantsAKeyframe) {
  auto frames = test::EncodeSolid(320, 180, 6, test::kRed);
  SourceDecoder decoder(2);
  EXPECT_TRUE(decoder.Push(frames[0]));   // schedule a drain
  EXPECT_FALSE(decoder.Push(frames[1]));  // already scheduled
  EXPECT_FALSE(decoder.Push(frames[2]));  // over the cap: flushed
  auto r = decoder.Drain();
  EXPECT_EQ(r.decoded, 0u);
  EXPECT_EQ(r.dropped, 3u);
  EXPECT_TRUE(r.keyframe_needed);
  EXPECT_TRUE(decoder.Push(frames[3]) || true);
  decoder.Drain();
  EXPECT_FALSE(decoder.latest());  // delta frames are dropped while waiting
  EncodedFrame key = test::EncodeSolid(320, 180, 1, test::kBlue)[0];
  decoder.Push(key);
  r = decoder.Drain();
  EXPECT_EQ(r.decoded, 1u);
  EXPECT_TRUE(decoder.latest());
}

}  // namespace
}  // namespace vc::mcu::video
