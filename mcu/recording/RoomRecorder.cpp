#include "mcu/recording/RoomRecorder.hpp"

#include <ctime>

#include "common/log/Log.hpp"
#include "mcu/audio/AudioFormat.hpp"
#include "mcu/audio/OpusEncoder.hpp"

namespace vc::mcu::recording {
namespace {
constexpr std::string_view kLog = "recording";
}

std::string RoomRecorder::IsoTime(std::chrono::system_clock::time_point time) {
  const std::time_t seconds = std::chrono::system_clock::to_time_t(time);
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

RoomRecorder::RoomRecorder(GMainContext* context, metrics::McuMetrics& metrics, std::string room,
                           const RecordingDirectory& directory, Config config, Listener& listener,
                           NowFunction now)
    : metrics_(metrics),
      room_(std::move(room)),
      listener_(listener),
      now_(std::move(now)),
      start_(now_()),
      since_(std::chrono::system_clock::now()),
      timer_(context) {
  auto created = directory.Create(room_, since_);
  file_name_ = created.name;
  file_path_ = created.path;
  WebmTracks tracks;
  if (config.video) tracks.video = config.video_size;
  video_waits_for_keyframe_ = config.video;
  // The mix: 48 kHz mono Opus (mcu/audio/AudioFormat.hpp); the pre-skip is what the mix
  // encoders' settings make it.
  tracks.audio = WebmTracks::Audio{audio::kSampleRate, 1, audio::OpusEncoder(32000).Lookahead()};
  try {
    auto file = std::make_unique<WebmFileWriter>(std::move(created.file), tracks, "vc-mcu");
    writer_ = std::make_unique<WebmWriterThread>(std::move(file), config.queue_capacity);
  } catch (const WebmWriteError&) {
    std::error_code ignored;
    std::filesystem::remove(file_path_, ignored);
    throw;
  }
  metrics_.recordings_active.Inc();
  common::log::Info(kLog, "room ", room_, ": recording to ", file_path_.string());
  timer_.StartOnce(static_cast<unsigned>(kStatusInterval.count()), [this] { OnStatusTimer(); });
}

RoomRecorder::~RoomRecorder() {
  timer_.Cancel();
  writer_->Finish();  // writes what is queued and finishes the file
  UpdateMetrics();
  writer_.reset();
  metrics_.recordings_active.Dec();
  common::log::Info(kLog, "room ", room_, ": recording stopped (", file_name_, ")");
}

void RoomRecorder::OnVideoFrame(const std::shared_ptr<const video::EncodedFrame>& frame) {
  if (!frame || frame->data.empty() || frame->capture < start_) return;
  if (video_waits_for_keyframe_) {
    if (!frame->keyframe) return;
    video_waits_for_keyframe_ = false;
  }
  MediaBlock block;
  block.track = WebmFileWriter::Track::kVideo;
  block.timestamp = std::chrono::duration_cast<std::chrono::milliseconds>(frame->capture - start_);
  block.keyframe = frame->keyframe;
  block.bytes = frame->data;
  block.owner = frame;
  if (!writer_->Push(std::move(block)) && !writer_->failed()) {
    // The frames after a dropped one do not decode until the next keyframe.
    video_waits_for_keyframe_ = true;
    const auto now = now_();
    if (now - last_keyframe_ask_ >= kKeyframeRetry) {
      last_keyframe_ask_ = now;
      listener_.OnRoomRecorderKeyframeNeeded(this);
    }
  }
}

void RoomRecorder::OnAudioFrame(const std::shared_ptr<const audio::EncodedAudio>& frame,
                                Clock::time_point slot) {
  if (!frame || frame->opus.empty() || slot < start_) return;
  MediaBlock block;
  block.track = WebmFileWriter::Track::kAudio;
  block.timestamp = std::chrono::duration_cast<std::chrono::milliseconds>(slot - start_);
  block.keyframe = true;
  block.bytes = frame->opus;
  block.owner = frame;
  writer_->Push(std::move(block));
}

void RoomRecorder::OnStatusTimer() {
  UpdateMetrics();
  const auto now = now_();
  const uint64_t dropped = writer_->dropped();
  if (dropped != dropped_logged_ && now - last_drop_log_ >= kDropLogInterval) {
    common::log::Warn(kLog, "room ", room_, ": the disk is not keeping up, ",
                      dropped - dropped_logged_, " frames dropped (", dropped, " in all)");
    dropped_logged_ = dropped;
    last_drop_log_ = now;
  }
  if (video_waits_for_keyframe_ && now - last_keyframe_ask_ >= kKeyframeRetry) {
    last_keyframe_ask_ = now;
    listener_.OnRoomRecorderKeyframeNeeded(this);
  }
  if (writer_->failed()) {
    const std::string reason = writer_->error();
    common::log::Error(kLog, "room ", room_, ": recording to ", file_path_.string(),
                       " failed: ", reason);
    listener_.OnRoomRecorderFailed(this, reason);  // may destroy this
    return;
  }
  timer_.StartOnce(static_cast<unsigned>(kStatusInterval.count()), [this] { OnStatusTimer(); });
}

void RoomRecorder::UpdateMetrics() {
  const uint64_t bytes = writer_->bytes_written();
  const uint64_t dropped = writer_->dropped();
  metrics_.recording_bytes_total.WithLabels({room_}).Inc(bytes - bytes_reported_);
  metrics_.recording_dropped_frames_total.WithLabels({room_}).Inc(dropped - dropped_reported_);
  bytes_reported_ = bytes;
  dropped_reported_ = dropped;
}

}  // namespace vc::mcu::recording
