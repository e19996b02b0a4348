#pragma once
// One room's recording on the media thread: the room hands it the composite's 1280x720 frames
// (VideoConference, tier 0) and the room's full audio mix (AudioConference: what a listener who
// is not talking hears), both stamped on one steady clock from the moment recording started, so
// they stay in sync. Frames go to a WebmWriterThread (never blocking); video waits for a
// keyframe at the start and after a dropped frame. A timer checks the writer about every 250 ms:
// a write error reaches the Listener (which stops the recording); metrics are updated and
// dropped frames logged at most every 10 s.
#include <glib.h>

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "mcu/audio/AudioMixer.hpp"
#include "mcu/engine/MediaThread.hpp"
#include "mcu/metrics/McuMetrics.hpp"
#include "mcu/recording/RecordingDirectory.hpp"
#include "mcu/recording/WebmWriterThread.hpp"
#include "mcu/video/VideoTypes.hpp"

namespace vc::mcu::recording {

class RoomRecorder {
 public:
  class Listener {
   public:
    virtual ~Listener() = default;
    // The file could not be written; the owner should destroy the recorder (may do so here).
    virtual void OnRoomRecorderFailed(RoomRecorder* recorder, const std::string& reason) = 0;
    // Video can go on only from a keyframe of the recorded tier.
    virtual void OnRoomRecorderKeyframeNeeded(RoomRecorder* recorder) = 0;
  };
  using Clock = std::chrono::steady_clock;
  using NowFunction = std::function<Clock::time_point()>;
  static constexpr std::chrono::milliseconds kStatusInterval{250};
  static constexpr std::chrono::seconds kDropLogInterval{10};
  static constexpr std::chrono::milliseconds kKeyframeRetry{500};

  struct Config {
    bool video = true;  // false: an audio-only file (the MCU composes no video)
    WebmTracks::Video video_size;
    size_t queue_capacity = WebmWriterThread::kDefaultCapacity;
  };

  // Creates the file and starts writing; throws WebmWriteError when the file cannot be created.
  RoomRecorder(
      GMainContext* context, metrics::McuMetrics& metrics, std::string room,
      const RecordingDirectory& directory, Config config, Listener& listener,
      NowFunction now = [] { return Clock::now(); });
  ~RoomRecorder();  // finishes the file (waits for the writer thread to write what is queued)
  RoomRecorder(const RoomRecorder&) = delete;
  RoomRecorder& operator=(const RoomRecorder&) = delete;

  void OnVideoFrame(const std::shared_ptr<const video::EncodedFrame>& frame);
  // slot: the 20 ms mixing slot the frame was mixed for (the audio conference's clock).
  void OnAudioFrame(const std::shared_ptr<const audio::EncodedAudio>& frame,
                    Clock::time_point slot);

  const std::string& file_name() const { return file_name_; }
  const std::filesystem::path& file_path() const { return file_path_; }
  std::chrono::system_clock::time_point since() const { return since_; }
  // "2026-12-01T21:00:00Z"
  static std::string IsoTime(std::chrono::system_clock::time_point time);

 private:
  void Push(MediaBlock block);
  void OnStatusTimer();
  void UpdateMetrics();

  // Passed by argument.
  metrics::McuMetrics& metrics_;
  const std::string room_;
  Listener& listener_;
  NowFunction now_;
  // Allocated by this.
  const Clock::time_point start_;
  const std::chrono::system_clock::time_point since_;
  std::string file_name_;
  std::filesystem::path file_path_;
  std::unique_ptr<WebmWriterThread> writer_;
  engine::GlibTimer timer_;
  bool video_waits_for_keyframe_ = false;
  Clock::time_point last_keyframe_ask_{};
  uint64_t bytes_reported_ = 0, dropped_reported_ = 0, dropped_logged_ = 0;
  Clock::time_point last_drop_log_{};
};

}  // namespace vc::mcu::recording
