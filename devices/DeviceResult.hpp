#pragma once
// The outcome of one exchange with a room device (projector, PTZ camera). Drivers never throw
// on the wire path: a failed exchange becomes a DeviceResult with a sentence an operator can act
// on ("projector password rejected", "camera did not answer within 2 s").
#include <string>

namespace vc::devices {

enum class DeviceErrorKind {
  kNone,
  kUnreachable,    // connection refused, host down
  kTimeout,        // no (complete) answer in time
  kAuthentication, // wrong password
  kProtocol,       // a reply we cannot parse, or an answer to something else
  kDeviceFault,    // the device answered with an error (lamp failure, command refused)
  kUnavailable,    // the device says it cannot do it now (warming up, cooling down)
};

struct DeviceResult {
  DeviceErrorKind kind = DeviceErrorKind::kNone;
  std::string message;  // empty when ok

  bool ok() const { return kind == DeviceErrorKind::kNone; }
  static DeviceResult Ok() { return {}; }
  static DeviceResult Error(DeviceErrorKind kind, std::string message) {
    return {kind, std::move(message)};
  }
};

const char* DeviceErrorKindName(DeviceErrorKind kind);

}  // namespace vc::devices
