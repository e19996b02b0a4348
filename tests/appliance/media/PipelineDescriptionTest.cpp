// The pipeline text for the resolved devices: what is sent, from which source, to which sink.
#include <gst/gst.h>
#include <gtest/gtest.h>

#include "appliance/media/PipelineDescription.hpp"

namespace vc::appliance::media {
namespace {

using devices::media::MediaSourceKind;
using devices::media::ResolvedMediaDevices;

ResolvedMediaDevices TestSources() {
  ResolvedMediaDevices devices;
  devices.camera.kind = MediaSourceKind::kFallback;
  devices.microphone.kind = MediaSourceKind::kFallback;
  devices.speakers.kind = MediaSourceKind::kFallback;
  return devices;
}

bool Has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST(PipelineDescription, TestSourcesDemo) {
  CallMediaConfig config;
  const std::string text = PipelineDescription(config, TestSources());
  EXPECT_TRUE(Has(text, "videotestsrc is-live=true pattern=smpte")) << text;
  EXPECT_TRUE(Has(text, "audiotestsrc is-live=true wave=sine volume=0.3 freq=440")) << text;
  EXPECT_TRUE(Has(text, "width=640,height=360")) << text;
  EXPECT_TRUE(Has(text, "deadline=1")) << text;
  EXPECT_TRUE(Has(text, "target-bitrate=800000")) << text;
  EXPECT_TRUE(Has(text, "keyframe-max-dist=60")) << text;
  EXPECT_TRUE(Has(text, "webrtcdsp probe=echoprobe echo-cancel=true noise-suppression=true "
                        "gain-control=true")) << text;
  EXPECT_TRUE(Has(text, "opusenc inband-fec=true")) << text;
  EXPECT_TRUE(Has(text, "webrtcechoprobe name=echoprobe")) << text;
  EXPECT_TRUE(Has(text, "fakesink sync=true")) << text;
  EXPECT_FALSE(Has(text, "alsasrc")) << text;
  // Content is a second stream by default: negotiated at join, gated by its valve.
  const auto layout = LayoutFor(config, TestSources());
  EXPECT_TRUE(layout.audio_send && layout.video_send && layout.content_stream);
  EXPECT_FALSE(layout.content_in_camera);
  EXPECT_TRUE(Has(text, "valve name=content_valve drop=true")) << text;
  config.content_second_stream = false;
  EXPECT_TRUE(LayoutFor(config, TestSources()).content_in_camera);
}

TEST(PipelineDescription, RealDevicesAndSecondContentStream) {
  CallMediaConfig config;
  config.content_second_stream = true;
  config.content_source = "/dev/video4";
  auto devices = TestSources();
  devices.camera = {MediaSourceKind::kDevice, "/dev/video0"};
  devices.microphone = {MediaSourceKind::kDevice, "hw:CARD=USB,DEV=0"};
  devices.speakers = {MediaSourceKind::kDevice, "null"};
  const std::string text = PipelineDescription(config, devices);
  EXPECT_TRUE(Has(text, "v4l2src device=\"/dev/video0\"")) << text;
  EXPECT_TRUE(Has(text, "v4l2src device=\"/dev/video4\"")) << text;
  EXPECT_TRUE(Has(text, "alsasrc device=\"hw:CARD=USB,DEV=0\"")) << text;
  EXPECT_TRUE(Has(text, "alsasink device=\"null\"")) << text;
  EXPECT_TRUE(Has(text, "valve name=content_valve drop=true")) << text;
  EXPECT_TRUE(Has(text, "payload=97")) << text;
}

TEST(PipelineDescription, AudioOnlyRoomHasNoSendBranches) {
  CallMediaConfig config;
  auto devices = TestSources();
  devices.camera.kind = MediaSourceKind::kNone;
  devices.microphone.kind = MediaSourceKind::kNone;
  const std::string text = PipelineDescription(config, devices);
  EXPECT_FALSE(Has(text, "vp8enc")) << text;
  EXPECT_FALSE(Has(text, "opusenc")) << text;
  EXPECT_TRUE(Has(text, "audiomixer name=playmix")) << text;  // still plays what arrives
  const auto layout = LayoutFor(config, devices);
  EXPECT_FALSE(layout.audio_send);
  EXPECT_FALSE(layout.video_send);
}

TEST(PipelineDescription, ParsesWithGstreamer) {
  gst_init(nullptr, nullptr);
  for (bool second : {false, true}) {
    CallMediaConfig config;
    config.content_second_stream = second;
    GError* error = nullptr;
    GstElement* pipeline =
        gst_parse_launch(PipelineDescription(config, TestSources()).c_str(), &error);
    EXPECT_EQ(error, nullptr) << (error ? error->message : "");
    if (error != nullptr) g_error_free(error);
    if (pipeline != nullptr) gst_object_unref(gst_object_ref_sink(pipeline));
  }
  for (bool display : {false, true}) {
    GError* error = nullptr;
    GstElement* bin =
        gst_parse_bin_from_description(ReceivedVideoDescription(display).c_str(), TRUE, &error);
    EXPECT_EQ(error, nullptr) << (error ? error->message : "");
    if (error != nullptr) g_error_free(error);
    if (bin != nullptr) gst_object_unref(gst_object_ref_sink(bin));
  }
}

}  // namespace
}  // namespace vc::appliance::media
