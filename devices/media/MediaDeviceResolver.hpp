#pragma once
// Turns the room's configured camera, microphone and speakers into what the call can really use.
// A configured device that is not there is reported as absent with a one-line reason, and the
// fallback the configuration allows is chosen instead: camera -> test pattern, microphone ->
// test tone (demo) or nothing (audio-only rooms stay in the call), speakers -> discard.
#include <functional>
#include <string>
#include <vector>

#include "devices/media/AudioDevices.hpp"

namespace vc::devices::media {

struct MediaDeviceConfig {
  enum class MicrophoneFallback { kTestTone, kNone };
  // Each: "" or "test" = the test source on purpose; "none" = nothing (no stream).
  std::string camera;      // else a V4L2 node, "/dev/video0"
  std::string microphone;  // else an ALSA capture device, "hw:CARD=USB,DEV=0", "null", ...
  std::string speakers;    // else an ALSA playback device; "" = discard ("null" plays nowhere too)
  MicrophoneFallback microphone_fallback = MicrophoneFallback::kTestTone;
};

enum class MediaSourceKind {
  kDevice,    // the configured device: `device` names it
  kFallback,  // camera: videotestsrc; microphone: audiotestsrc tone; speakers: discarded
  kNone,      // no stream at all
};

struct ResolvedMediaDevice {
  MediaSourceKind kind = MediaSourceKind::kFallback;
  std::string device;      // for kDevice
  bool absent = false;     // configured, but not there (then kind is the fallback)
  std::string reason;      // one line when absent
};

struct ResolvedMediaDevices {
  ResolvedMediaDevice camera;
  ResolvedMediaDevice microphone;
  ResolvedMediaDevice speakers;
  // "camera /dev/video0 absent (...): using the test pattern", one line per absent device.
  std::vector<std::string> Problems() const;
};

class MediaDeviceResolver {
 public:
  using CameraProbe = std::function<bool(const std::string& path, std::string* reason)>;
  using AudioProbe =
      std::function<bool(const std::string& name, AudioDirection direction, std::string* reason)>;

  MediaDeviceResolver();  // probes the real V4L2 and ALSA devices
  MediaDeviceResolver(CameraProbe camera_probe, AudioProbe audio_probe);

  ResolvedMediaDevices Resolve(const MediaDeviceConfig& config) const;

 private:
  // Allocated by this.
  CameraProbe camera_probe_;
  AudioProbe audio_probe_;
};

}  // namespace vc::devices::media
