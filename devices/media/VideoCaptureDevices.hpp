#pragma once
// V4L2 capture devices, found for real: every /dev/video* node is opened and asked
// VIDIOC_QUERYCAP; nodes that are not video capture devices (metadata, output, codecs) are left
// out. A machine without cameras gives an empty list, never an error.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace vc::devices::media {

struct VideoCaptureDevice {
  std::string path;      // "/dev/video0"
  std::string card;      // what the driver calls the camera, e.g. "HD Pro Webcam C920"
  std::string driver;    // "uvcvideo"
  std::string bus_info;  // "usb-0000:00:14.0-1"
};

class VideoCaptureDevices {
 public:
  // All capture devices under `dev_dir`, sorted by path.
  static std::vector<VideoCaptureDevice> Enumerate(const std::filesystem::path& dev_dir = "/dev");
  // The one node, when it exists and is a video capture device; `reason` says why not otherwise.
  static std::optional<VideoCaptureDevice> Query(const std::string& path, std::string* reason);
};

}  // namespace vc::devices::media
