#pragma once
// The call's static GStreamer graph as gst-launch text, built from the configuration and the
// devices resolved for this call. Received streams are plugged in at run time (MediaPipeline).
//
//   camera -> scale -> camera_select (camera | black | content) -> vp8enc -> rtpvp8pay -> webrtc
//   microphone -> webrtcdsp (AEC, NS, AGC) -> mic_volume -> opusenc (FEC) -> rtpopuspay -> webrtc
//   content -> scale -> content_valve -> vp8enc -> rtpvp8pay -> webrtc   (second stream mode)
//   silence + received audio -> playmix -> webrtcechoprobe -> speakers
#include <string>

#include "appliance/media/CallMediaConfig.hpp"
#include "devices/media/MediaDeviceResolver.hpp"

namespace vc::appliance::media {

// Element names MediaPipeline looks up.
inline constexpr const char* kWebrtcName = "webrtc";
inline constexpr const char* kCameraSelectName = "camera_select";
inline constexpr const char* kVideoEncoderName = "video_encoder";
inline constexpr const char* kVideoPayloaderName = "video_pay";
inline constexpr const char* kAudioPayloaderName = "audio_pay";
inline constexpr const char* kContentPayloaderName = "content_pay";
inline constexpr const char* kContentValveName = "content_valve";
inline constexpr const char* kMicrophoneVolumeName = "mic_volume";
inline constexpr const char* kPlaybackMixerName = "playmix";
// camera_select's inputs.
inline constexpr const char* kCameraPad = "sink_0";
inline constexpr const char* kBlackPad = "sink_1";
inline constexpr const char* kContentPad = "sink_2";

struct PipelineLayout {
  bool audio_send = false;  // false: a receive-only audio transceiver is added
  bool video_send = false;  // false: a receive-only video transceiver is added
  bool content_stream = false;
  bool content_in_camera = false;  // camera_select has kContentPad
};

PipelineLayout LayoutFor(const CallMediaConfig& config,
                         const devices::media::ResolvedMediaDevices& devices);
std::string PipelineDescription(const CallMediaConfig& config,
                                const devices::media::ResolvedMediaDevices& devices);
// Received streams, as bins with one sink and (audio) one source ghost pad.
std::string ReceivedAudioDescription();
std::string ReceivedVideoDescription(bool display);
// The room camera's source as the call opens it (V4L2 node or test pattern), for the one-shot
// picture of a camera preset (CameraSnapshot).
std::string CameraSourceDescription(const CallMediaConfig& config,
                                    const devices::media::ResolvedMediaDevice& camera);

}  // namespace vc::appliance::media
