#pragma once
// How the room's call sends and receives: devices (resolved at every Join, so a camera plugged
// in later is used), encoder settings, the projector output, ICE and TLS. Defaults suit a room
// box with one camera and a 720p projector on a campus network.
#include <chrono>
#include <string>
#include <vector>

#include "devices/media/MediaDeviceResolver.hpp"

namespace vc::appliance::media {

struct CallMediaConfig {
  enum class VideoOutput {
    kAuto,      // a display sink when $DISPLAY or $WAYLAND_DISPLAY is set, else counting only
    kDisplay,   // autovideosink
    kHeadless,  // decoded frames are counted and dropped
  };

  devices::media::MediaDeviceConfig devices;
  std::string test_pattern = "smpte";  // videotestsrc pattern when the camera falls back
  int test_tone_hz = 440;              // audiotestsrc frequency when the microphone falls back

  // Camera stream: scaled to this size and rate before VP8.
  int video_width = 640;
  int video_height = 360;
  int video_framerate = 15;
  int video_bitrate_kbps = 800;      // vp8enc target-bitrate, and the most the MCU's REMB gets
  int video_min_bitrate_kbps = 100;  // the floor under the MCU's REMB
  int keyframe_interval_frames = 60;
  int audio_bitrate_kbps = 32;       // Opus, with in-band FEC

  // Content sharing: "" or "test" = a test pattern, else a V4L2 node (HDMI capture card).
  std::string content_source;
  int content_bitrate_kbps = 1200;
  // true: content is a second video m-line (negotiated at join, sent only while sharing; vc-mcu
  // accepts it as the content stream, docs/signaling.md). false: content replaces the camera
  // picture in the one video stream while sharing (for an MCU that takes one video only).
  bool content_second_stream = true;

  bool echo_cancellation = true;
  bool noise_suppression = true;
  bool gain_control = true;

  VideoOutput video_output = VideoOutput::kAuto;

  // ICE: the local addresses to gather on (empty = all interfaces) and an optional STUN server
  // ("stun://host:port").
  std::vector<std::string> ice_local_addresses;
  std::string stun_server;

  // wss://: verify the MCU's certificate against the system store or this CA file.
  bool tls_verify = true;
  std::string tls_ca_file;

  // From Join until media flows; past it the call is reported lost.
  std::chrono::milliseconds connect_timeout{20000};
  // Signaling keep-alive: a silent MCU is given up after this long.
  std::chrono::milliseconds signaling_idle_timeout{15000};
};

}  // namespace vc::appliance::media
