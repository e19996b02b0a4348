#include "devices/DeviceResult.hpp"

namespace vc::devices {

const char* DeviceErrorKindName(DeviceErrorKind kind) {
  switch (kind) {
    case DeviceErrorKind::kNone: return "none";
    case DeviceErrorKind::kUnreachable: return "unreachable";
    case DeviceErrorKind::kTimeout: return "timeout";
    case DeviceErrorKind::kAuthentication: return "authentication";
    case DeviceErrorKind::kProtocol: return "protocol";
    case DeviceErrorKind::kDeviceFault: return "device_fault";
    case DeviceErrorKind::kUnavailable: return "unavailable";
  }
  return "unknown";
}

}  // namespace vc::devices
