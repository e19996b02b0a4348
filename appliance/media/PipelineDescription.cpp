#include "appliance/media/PipelineDescription.hpp"

#include <sstream>

namespace vc::appliance::media {
namespace {

using devices::media::MediaSourceKind;
using devices::media::ResolvedMediaDevice;

constexpr const char* kAudioFormat = "audio/x-raw,format=S16LE,rate=48000,channels=1";
constexpr int kOpusPayloadType = 111;
constexpr int kVp8PayloadType = 96;
constexpr int kContentPayloadType = 97;

// gst-launch quoting for device names taken from the configuration.
std::string Quoted(const std::string& value) {
  std::string quoted = "\"";
  for (char c : value) {
    if (c == '"' || c == '\\') quoted += '\\';
    quoted += c;
  }
  return quoted + "\"";
}

std::string RawVideoCaps(const CallMediaConfig& config) {
  return "video/x-raw,format=I420,width=" + std::to_string(config.video_width) +
         ",height=" + std::to_string(config.video_height) +
         ",framerate=" + std::to_string(config.video_framerate) + "/1,pixel-aspect-ratio=1/1";
}

// A V4L2 node: decodebin takes raw and MJPEG cameras alike.
std::string V4l2Source(const std::string& device) {
  return "v4l2src device=" + Quoted(device) + " do-timestamp=true ! decodebin";
}

std::string Scaled(const CallMediaConfig& config) {
  return " ! videoconvert ! videoscale add-borders=true ! videorate drop-only=true ! " +
         RawVideoCaps(config);
}

std::string Vp8Encoder(const CallMediaConfig& config, const char* name, int bitrate_kbps) {
  // Realtime: deadline=1 and no lag; CBR so the target bitrate is what goes on the wire;
  // error-resilient partitions so one lost packet does not spoil the frame.
  return std::string("vp8enc name=") + name + " deadline=1 cpu-used=8 lag-in-frames=0 " +
         "end-usage=cbr error-resilient=partitions threads=2 " +
         "target-bitrate=" + std::to_string(bitrate_kbps * 1000) +
         " keyframe-max-dist=" + std::to_string(config.keyframe_interval_frames);
}

std::string RtpCaps(const char* media, const char* encoding, int payload_type, int clock_rate) {
  return std::string("application/x-rtp,media=") + media + ",encoding-name=" + encoding +
         ",payload=" + std::to_string(payload_type) + ",clock-rate=" + std::to_string(clock_rate);
}

std::string CameraSource(const CallMediaConfig& config, const ResolvedMediaDevice& camera) {
  if (camera.kind == MediaSourceKind::kDevice) return V4l2Source(camera.device);
  return "videotestsrc is-live=true pattern=" + config.test_pattern;
}

std::string ContentSource(const CallMediaConfig& config) {
  if (config.content_source.empty() || config.content_source == "test") {
    return "videotestsrc is-live=true pattern=bar";  // distinct from the camera's test pattern
  }
  return V4l2Source(config.content_source);
}

std::string MicrophoneSource(const CallMediaConfig& config, const ResolvedMediaDevice& mic) {
  if (mic.kind == MediaSourceKind::kDevice) {
    return "alsasrc device=" + Quoted(mic.device) + " provide-clock=false";
  }
  return "audiotestsrc is-live=true wave=sine volume=0.3 freq=" +
         std::to_string(config.test_tone_hz);
}

std::string Speakers(const ResolvedMediaDevice& speakers) {
  if (speakers.kind == MediaSourceKind::kDevice) {
    return "alsasink device=" + Quoted(speakers.device) + " provide-clock=false sync=true";
  }
  return "fakesink sync=true";
}

}  // namespace

PipelineLayout LayoutFor(const CallMediaConfig& config,
                         const devices::media::ResolvedMediaDevices& devices) {
  PipelineLayout layout;
  layout.audio_send = devices.microphone.kind != MediaSourceKind::kNone;
  layout.video_send = devices.camera.kind != MediaSourceKind::kNone;
  // A room without a camera (audio-only) offers content only from a configured source, not
  // from the test pattern.
  layout.content_stream =
      config.content_second_stream && (layout.video_send || !config.content_source.empty());
  layout.content_in_camera = !config.content_second_stream && layout.video_send;
  return layout;
}

std::string PipelineDescription(const CallMediaConfig& config,
                                const devices::media::ResolvedMediaDevices& devices) {
  const PipelineLayout layout = LayoutFor(config, devices);
  std::ostringstream text;
  text << "webrtcbin name=" << kWebrtcName << " bundle-policy=max-bundle latency=200";
  if (!config.stun_server.empty()) text << " stun-server=" << Quoted(config.stun_server);
  text << "\n";

  if (layout.video_send) {
    text << "input-selector name=" << kCameraSelectName << " ! queue max-size-buffers=2 "
         << "leaky=downstream ! " << Vp8Encoder(config, kVideoEncoderName, config.video_bitrate_kbps)
         << " ! rtpvp8pay name=" << kVideoPayloaderName << " pt=" << kVp8PayloadType
         << " picture-id-mode=15-bit ! " << RtpCaps("video", "VP8", kVp8PayloadType, 90000)
         << " ! " << kWebrtcName << ".\n";
    text << CameraSource(config, devices.camera) << Scaled(config) << " ! " << kCameraSelectName
         << "." << kCameraPad << "\n";
    // Camera off: black frames keep the stream (and the far end's decoder) alive.
    text << "videotestsrc is-live=true pattern=black ! " << RawVideoCaps(config) << " ! "
         << kCameraSelectName << "." << kBlackPad << "\n";
    if (layout.content_in_camera) {
      text << ContentSource(config) << Scaled(config) << " ! " << kCameraSelectName << "."
           << kContentPad << "\n";
    }
  }
  if (layout.content_stream) {
    text << ContentSource(config) << Scaled(config) << " ! valve name=" << kContentValveName
         << " drop=true drop-mode=forward-sticky-events ! queue max-size-buffers=2 leaky=downstream ! "
         << Vp8Encoder(config, "content_encoder", config.content_bitrate_kbps)
         << " ! rtpvp8pay name=" << kContentPayloaderName << " pt=" << kContentPayloadType
         << " picture-id-mode=15-bit ! " << RtpCaps("video", "VP8", kContentPayloadType, 90000)
         << " ! " << kWebrtcName << ".\n";
  }
  if (layout.audio_send) {
    text << MicrophoneSource(config, devices.microphone) << " ! audioconvert ! audioresample ! "
         << kAudioFormat << " ! webrtcdsp probe=echoprobe echo-cancel="
         << (config.echo_cancellation ? "true" : "false")
         << " noise-suppression=" << (config.noise_suppression ? "true" : "false")
         << " gain-control=" << (config.gain_control ? "true" : "false")
         << " ! volume name=" << kMicrophoneVolumeName
         << " ! audioconvert ! opusenc inband-fec=true packet-loss-percentage=10 bitrate="
         << config.audio_bitrate_kbps * 1000 << " ! rtpopuspay name=" << kAudioPayloaderName
         << " pt=" << kOpusPayloadType << " ! "
         << RtpCaps("audio", "OPUS", kOpusPayloadType, 48000) << " ! " << kWebrtcName << ".\n";
  }
  // The speakers always play (silence when nobody talks), so the echo probe always has the
  // far-end signal the canceller needs, and received streams join the mixer when they arrive.
  text << "audiotestsrc is-live=true wave=silence ! " << kAudioFormat << " ! audiomixer name="
       << kPlaybackMixerName << " ! audioconvert ! audioresample ! " << kAudioFormat
       << " ! webrtcechoprobe name=echoprobe ! audioconvert ! audioresample ! "
       << Speakers(devices.speakers) << "\n";
  return text.str();
}

std::string ReceivedAudioDescription() {
  return std::string("queue ! rtpopusdepay ! opusdec plc=true ! audioconvert ! audioresample ! ") +
         kAudioFormat + " ! queue max-size-time=200000000 leaky=downstream";
}

std::string ReceivedVideoDescription(bool display) {
  // "shown" is where decoded frames are counted on their way to the projector output.
  return std::string("queue ! rtpvp8depay ! vp8dec ! videoconvert name=shown ! ") +
         (display ? "autovideosink sync=false" : "fakesink sync=false");
}

std::string CameraSourceDescription(const CallMediaConfig& config,
                                    const devices::media::ResolvedMediaDevice& camera) {
  return CameraSource(config, camera);
}

}  // namespace vc::appliance::media
