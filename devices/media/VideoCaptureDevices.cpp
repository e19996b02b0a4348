#include "devices/media/VideoCaptureDevices.hpp"

#include <fcntl.h>
#include <linux/videodev2.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <system_error>

namespace vc::devices::media {
namespace {

// Closes the descriptor on every return path.
class FileDescriptor {
 public:
  explicit FileDescriptor(int fd) : fd_(fd) {}
  ~FileDescriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

std::string FromFixed(const __u8* text, size_t size) {
  const auto* begin = reinterpret_cast<const char*>(text);
  return std::string(begin, strnlen(begin, size));
}

}  // namespace

std::optional<VideoCaptureDevice> VideoCaptureDevices::Query(const std::string& path,
                                                             std::string* reason) {
  auto fail = [&](std::string why) -> std::optional<VideoCaptureDevice> {
    if (reason != nullptr) *reason = std::move(why);
    return std::nullopt;
  };
  // Non-blocking: a busy or sleeping device must not stall enumeration.
  FileDescriptor fd(::open(path.c_str(), O_RDWR | O_NONBLOCK | O_CLOEXEC));
  if (fd.get() < 0) return fail(path + ": " + std::strerror(errno));
  v4l2_capability caps{};
  int result = 0;
  do {
    result = ::ioctl(fd.get(), VIDIOC_QUERYCAP, &caps);
  } while (result < 0 && errno == EINTR);
  if (result < 0) return fail(path + ": not a V4L2 device (" + std::strerror(errno) + ")");
  // device_caps describes this node; capabilities the whole physical device.
  const __u32 node_caps =
      (caps.capabilities & V4L2_CAP_DEVICE_CAPS) != 0 ? caps.device_caps : caps.capabilities;
  if ((node_caps & (V4L2_CAP_VIDEO_CAPTURE | V4L2_CAP_VIDEO_CAPTURE_MPLANE)) == 0) {
    return fail(path + ": not a video capture node");
  }
  return VideoCaptureDevice{path, FromFixed(caps.card, sizeof(caps.card)),
                            FromFixed(caps.driver, sizeof(caps.driver)),
                            FromFixed(caps.bus_info, sizeof(caps.bus_info))};
}

std::vector<VideoCaptureDevice> VideoCaptureDevices::Enumerate(
    const std::filesystem::path& dev_dir) {
  std::vector<VideoCaptureDevice> devices;
  std::error_code error;
  std::filesystem::directory_iterator it(dev_dir, error);
  if (error) return devices;
  for (const auto& entry : it) {
    const std::string name = entry.path().filename().string();
    if (name.rfind("video", 0) != 0) continue;
    if (auto device = Query(entry.path().string(), nullptr)) devices.push_back(std::move(*device));
  }
  std::sort(devices.begin(), devices.end(),
            [](const auto& a, const auto& b) { return a.path < b.path; });
  return devices;
}

}  // namespace vc::devices::media
