// The resolver's choices with injected probes, and once against this machine's real devices.
#include <gtest/gtest.h>

#include "devices/media/MediaDeviceResolver.hpp"

namespace vc::devices::media {
namespace {

MediaDeviceResolver NothingPresent() {
  return MediaDeviceResolver(
      [](const std::string& path, std::string* reason) {
        *reason = path + ": No such file or directory";
        return false;
      },
      [](const std::string& name, AudioDirection, std::string* reason) {
        *reason = "ALSA device '" + name + "': No such device";
        return false;
      });
}

MediaDeviceResolver EverythingPresent() {
  return MediaDeviceResolver([](const std::string&, std::string*) { return true; },
                             [](const std::string&, AudioDirection, std::string*) { return true; });
}

TEST(MediaDeviceResolver, AbsentDevicesFallBackWithAReason) {
  MediaDeviceConfig config{.camera = "/dev/video0", .microphone = "hw:CARD=USB,DEV=0",
                           .speakers = "hw:CARD=USB,DEV=0"};
  const auto resolved = NothingPresent().Resolve(config);
  EXPECT_TRUE(resolved.camera.absent);
  EXPECT_EQ(resolved.camera.kind, MediaSourceKind::kFallback);
  EXPECT_NE(resolved.camera.reason.find("/dev/video0"), std::string::npos);
  EXPECT_EQ(resolved.microphone.kind, MediaSourceKind::kFallback);
  EXPECT_TRUE(resolved.speakers.absent);
  EXPECT_EQ(resolved.speakers.kind, MediaSourceKind::kFallback);
  const auto problems = resolved.Problems();
  ASSERT_EQ(problems.size(), 3u);
  EXPECT_EQ(problems[0], "camera absent (/dev/video0: No such file or directory): using the test pattern");
  EXPECT_NE(problems[1].find("using the test tone"), std::string::npos) << problems[1];
}

TEST(MediaDeviceResolver, AudioOnlyRoomDropsAnAbsentMicrophone) {
  MediaDeviceConfig config{.microphone = "hw:1",
                           .microphone_fallback = MediaDeviceConfig::MicrophoneFallback::kNone};
  const auto resolved = NothingPresent().Resolve(config);
  EXPECT_TRUE(resolved.microphone.absent);
  EXPECT_EQ(resolved.microphone.kind, MediaSourceKind::kNone);
  EXPECT_NE(resolved.Problems().at(0).find("no stream"), std::string::npos);
}

TEST(MediaDeviceResolver, PresentAndDeliberateChoicesAreKept) {
  MediaDeviceConfig config{.camera = "/dev/video2", .microphone = "none", .speakers = "plughw:0"};
  const auto resolved = EverythingPresent().Resolve(config);
  EXPECT_EQ(resolved.camera.kind, MediaSourceKind::kDevice);
  EXPECT_EQ(resolved.camera.device, "/dev/video2");
  EXPECT_EQ(resolved.microphone.kind, MediaSourceKind::kNone);
  EXPECT_FALSE(resolved.microphone.absent);
  EXPECT_EQ(resolved.speakers.device, "plughw:0");
  EXPECT_TRUE(resolved.Problems().empty());
  const auto test_sources = EverythingPresent().Resolve({.camera = "test", .microphone = ""});
  EXPECT_EQ(test_sources.camera.kind, MediaSourceKind::kFallback);
  EXPECT_EQ(test_sources.microphone.kind, MediaSourceKind::kFallback);
}

TEST(MediaDeviceResolver, RealDevicesOfThisMachine) {
  MediaDeviceConfig config{.camera = "/dev/video-absent-7", .microphone = "null", .speakers = "null"};
  const auto resolved = MediaDeviceResolver().Resolve(config);
  EXPECT_TRUE(resolved.camera.absent);
  EXPECT_EQ(resolved.microphone.kind, MediaSourceKind::kDevice);
  EXPECT_EQ(resolved.speakers.kind, MediaSourceKind::kDevice);
}

}  // namespace
}  // namespace vc::devices::media
