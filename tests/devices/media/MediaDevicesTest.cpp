// Enumeration on this machine (no camera, no sound card) and the mixer's error on a missing card.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "devices/media/AlsaMixer.hpp"
#include "devices/media/AudioDevices.hpp"
#include "devices/media/VideoCaptureDevices.hpp"

namespace vc::devices::media {
namespace {

TEST(VideoCaptureDevices, EnumerationReturnsOnlyCaptureNodes) {
  const auto devices = VideoCaptureDevices::Enumerate();
  for (const auto& device : devices) {
    EXPECT_EQ(device.path.rfind("/dev/video", 0), 0u) << device.path;
    EXPECT_FALSE(device.driver.empty()) << device.path;
  }
}

TEST(VideoCaptureDevices, MissingDirectoryGivesEmptyList) {
  EXPECT_TRUE(VideoCaptureDevices::Enumerate("/nonexistent-dev-dir").empty());
}

TEST(VideoCaptureDevices, QueryNamesWhyANodeIsNotACamera) {
  std::string reason;
  EXPECT_FALSE(VideoCaptureDevices::Query("/dev/video-absent-42", &reason));
  EXPECT_NE(reason.find("/dev/video-absent-42"), std::string::npos) << reason;
  reason.clear();
  EXPECT_FALSE(VideoCaptureDevices::Query("/dev/null", &reason));  // exists, not V4L2
  EXPECT_NE(reason.find("not a V4L2 device"), std::string::npos) << reason;
}

TEST(AudioDevices, NullDeviceIsListedBothWays) {
  const auto all = AudioDevices::Enumerate();
  auto has = [](const std::vector<AudioDevice>& list, const std::string& name) {
    return std::any_of(list.begin(), list.end(), [&](const auto& d) { return d.name == name; });
  };
  EXPECT_TRUE(has(all, "null"));
  EXPECT_TRUE(has(AudioDevices::Enumerate(AudioDirection::kCapture), "null"));
  EXPECT_TRUE(has(AudioDevices::Enumerate(AudioDirection::kPlayback), "null"));
}

TEST(AudioDevices, NullOpensAndAnUnknownDeviceIsRefusedWithAReason) {
  std::string reason;
  EXPECT_TRUE(AudioDevices::CanOpen("null", AudioDirection::kCapture, &reason)) << reason;
  EXPECT_TRUE(AudioDevices::CanOpen("null", AudioDirection::kPlayback, &reason)) << reason;
  EXPECT_FALSE(AudioDevices::CanOpen("hw:CARD=NoSuchCard,DEV=0", AudioDirection::kCapture, &reason));
  EXPECT_NE(reason.find("NoSuchCard"), std::string::npos) << reason;
}

TEST(AlsaMixer, MissingCardGivesAClearError) {
  AlsaMixer mixer({.card = "hw:CARD=NoSuchCard", .element = "Master"});
  const auto set = mixer.SetVolume(50);
  EXPECT_FALSE(set.ok());
  EXPECT_EQ(set.kind, DeviceErrorKind::kUnreachable);
  EXPECT_NE(set.message.find("NoSuchCard"), std::string::npos) << set.message;
  EXPECT_FALSE(mixer.SetMute(true).ok());
  MixerLevel level{.volume_percent = 77, .muted = false};
  const auto read = mixer.Read(&level);
  EXPECT_FALSE(read.ok());
  EXPECT_EQ(level.volume_percent, 77);  // untouched on error
}

TEST(AlsaMixer, DefaultCardWithoutSoundHardwareDoesNotCrash) {
  // With a card this may succeed; without one it must be an error with a message.
  AlsaMixer mixer({});
  const auto result = mixer.SetVolume(40);
  if (!result.ok()) {
    EXPECT_FALSE(result.message.empty());
  }
  AlsaMixer capture({.card = "default", .element = "Capture", .direction = AudioDirection::kCapture});
  MixerLevel level;
  const auto read = capture.Read(&level);
  if (!read.ok()) {
    EXPECT_FALSE(read.message.empty());
  }
}

}  // namespace
}  // namespace vc::devices::media
