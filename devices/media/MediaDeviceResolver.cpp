#include "devices/media/MediaDeviceResolver.hpp"

#include "devices/media/VideoCaptureDevices.hpp"

namespace vc::devices::media {
namespace {

bool IsTest(const std::string& value) { return value.empty() || value == "test"; }

ResolvedMediaDevice Absent(MediaSourceKind fallback, std::string reason) {
  ResolvedMediaDevice resolved;
  resolved.kind = fallback;
  resolved.absent = true;
  resolved.reason = std::move(reason);
  return resolved;
}

ResolvedMediaDevice Present(const std::string& device) {
  ResolvedMediaDevice resolved;
  resolved.kind = MediaSourceKind::kDevice;
  resolved.device = device;
  return resolved;
}

std::string FallbackText(const char* role, MediaSourceKind kind) {
  if (kind == MediaSourceKind::kNone) return "no stream";
  if (std::string(role) == "camera") return "the test pattern";
  if (std::string(role) == "microphone") return "the test tone";
  return "discarding the sound";
}

}  // namespace

std::vector<std::string> ResolvedMediaDevices::Problems() const {
  std::vector<std::string> lines;
  auto add = [&](const char* role, const ResolvedMediaDevice& device) {
    if (device.absent) lines.push_back(std::string(role) + " absent (" + device.reason +
                                       "): using " + FallbackText(role, device.kind));
  };
  add("camera", camera);
  add("microphone", microphone);
  add("speakers", speakers);
  return lines;
}

MediaDeviceResolver::MediaDeviceResolver()
    : MediaDeviceResolver(
          [](const std::string& path, std::string* reason) {
            return VideoCaptureDevices::Query(path, reason).has_value();
          },
          &AudioDevices::CanOpen) {}

MediaDeviceResolver::MediaDeviceResolver(CameraProbe camera_probe, AudioProbe audio_probe)
    : camera_probe_(std::move(camera_probe)), audio_probe_(std::move(audio_probe)) {}

ResolvedMediaDevices MediaDeviceResolver::Resolve(const MediaDeviceConfig& config) const {
  ResolvedMediaDevices resolved;
  std::string reason;

  if (config.camera == "none") {
    resolved.camera.kind = MediaSourceKind::kNone;
  } else if (IsTest(config.camera)) {
    resolved.camera.kind = MediaSourceKind::kFallback;
  } else if (camera_probe_(config.camera, &reason)) {
    resolved.camera = Present(config.camera);
  } else {
    resolved.camera = Absent(MediaSourceKind::kFallback, reason);
  }

  const auto microphone_fallback =
      config.microphone_fallback == MediaDeviceConfig::MicrophoneFallback::kTestTone
          ? MediaSourceKind::kFallback
          : MediaSourceKind::kNone;
  if (config.microphone == "none") {
    resolved.microphone.kind = MediaSourceKind::kNone;
  } else if (IsTest(config.microphone)) {
    resolved.microphone.kind = MediaSourceKind::kFallback;
  } else if (audio_probe_(config.microphone, AudioDirection::kCapture, &reason)) {
    resolved.microphone = Present(config.microphone);
  } else {
    resolved.microphone = Absent(microphone_fallback, reason);
  }

  if (config.speakers == "none" || IsTest(config.speakers)) {
    resolved.speakers.kind = MediaSourceKind::kFallback;
  } else if (audio_probe_(config.speakers, AudioDirection::kPlayback, &reason)) {
    resolved.speakers = Present(config.speakers);
  } else {
    resolved.speakers = Absent(MediaSourceKind::kFallback, reason);
  }
  return resolved;
}

}  // namespace vc::devices::media
