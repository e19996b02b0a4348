#include "devices/visca/ViscaCommands.hpp"

#include <algorithm>

namespace vc::devices::visca {
namespace {

constexpr uint8_t kAddress = 0x81;  // from controller 0 to camera 1
constexpr uint8_t kTerminator = 0xFF;

// Pan (XX) and tilt (YY) bytes: 01 = left/up, 02 = right/down, 03 = stop on that axis.
std::pair<uint8_t, uint8_t> DriveBytes(PanTiltDirection direction) {
  switch (direction) {
    case PanTiltDirection::kUp: return {0x03, 0x01};
    case PanTiltDirection::kDown: return {0x03, 0x02};
    case PanTiltDirection::kLeft: return {0x01, 0x03};
    case PanTiltDirection::kRight: return {0x02, 0x03};
    case PanTiltDirection::kUpLeft: return {0x01, 0x01};
    case PanTiltDirection::kUpRight: return {0x02, 0x01};
    case PanTiltDirection::kDownLeft: return {0x01, 0x02};
    case PanTiltDirection::kDownRight: return {0x02, 0x02};
    case PanTiltDirection::kStop: return {0x03, 0x03};
  }
  return {0x03, 0x03};
}

uint8_t PanSpeed(int speed) { return static_cast<uint8_t>(std::clamp(speed, kMinPanSpeed, kMaxPanSpeed)); }
uint8_t TiltSpeed(int speed) { return static_cast<uint8_t>(std::clamp(speed, kMinTiltSpeed, kMaxTiltSpeed)); }
uint8_t PresetByte(int preset) { return static_cast<uint8_t>(std::clamp(preset, 0, kMaxPreset)); }

Bytes Memory(uint8_t action, int preset) {
  return {kAddress, 0x01, 0x04, 0x3F, action, PresetByte(preset), kTerminator};
}

}  // namespace

bool IsValidPreset(int preset) { return preset >= 0 && preset <= kMaxPreset; }

const char* PanTiltDirectionName(PanTiltDirection direction) {
  switch (direction) {
    case PanTiltDirection::kUp: return "up";
    case PanTiltDirection::kDown: return "down";
    case PanTiltDirection::kLeft: return "left";
    case PanTiltDirection::kRight: return "right";
    case PanTiltDirection::kUpLeft: return "up-left";
    case PanTiltDirection::kUpRight: return "up-right";
    case PanTiltDirection::kDownLeft: return "down-left";
    case PanTiltDirection::kDownRight: return "down-right";
    case PanTiltDirection::kStop: return "stop";
  }
  return "?";
}

const char* ZoomDirectionName(ZoomDirection direction) {
  switch (direction) {
    case ZoomDirection::kStop: return "stop";
    case ZoomDirection::kTele: return "tele";
    case ZoomDirection::kWide: return "wide";
  }
  return "?";
}

void AppendNibbles(Bytes& out, uint32_t value, int count) {
  for (int i = count - 1; i >= 0; --i) out.push_back(static_cast<uint8_t>((value >> (4 * i)) & 0x0F));
}

std::optional<uint32_t> ReadNibbles(std::span<const uint8_t> bytes) {
  uint32_t value = 0;
  for (uint8_t byte : bytes) {
    if (byte > 0x0F) return std::nullopt;
    value = (value << 4) | byte;
  }
  return value;
}

namespace commands {

Bytes PowerOn() { return {kAddress, 0x01, 0x04, 0x00, 0x02, kTerminator}; }
Bytes PowerOff() { return {kAddress, 0x01, 0x04, 0x00, 0x03, kTerminator}; }

Bytes PanTiltDrive(PanTiltDirection direction, int pan_speed, int tilt_speed) {
  auto [pan, tilt] = DriveBytes(direction);
  return {kAddress, 0x01, 0x06, 0x01, PanSpeed(pan_speed), TiltSpeed(tilt_speed), pan, tilt, kTerminator};
}

Bytes PanTiltAbsolute(int pan_speed, int tilt_speed, int16_t pan, int16_t tilt) {
  Bytes out{kAddress, 0x01, 0x06, 0x02, PanSpeed(pan_speed), TiltSpeed(tilt_speed)};
  AppendNibbles(out, static_cast<uint16_t>(pan), 4);
  AppendNibbles(out, static_cast<uint16_t>(tilt), 4);
  out.push_back(kTerminator);
  return out;
}

Bytes PanTiltHome() { return {kAddress, 0x01, 0x06, 0x04, kTerminator}; }

Bytes ZoomDrive(ZoomDirection direction, std::optional<int> speed) {
  uint8_t code = 0x00;
  if (direction != ZoomDirection::kStop) {
    const uint8_t base = direction == ZoomDirection::kTele ? 0x02 : 0x03;
    code = speed ? static_cast<uint8_t>((base << 4) | std::clamp(*speed, 0, kMaxZoomSpeed)) : base;
  }
  return {kAddress, 0x01, 0x04, 0x07, code, kTerminator};
}

Bytes ZoomDirect(uint16_t position) {
  Bytes out{kAddress, 0x01, 0x04, 0x47};
  AppendNibbles(out, std::min(position, kMaxZoomPosition), 4);
  out.push_back(kTerminator);
  return out;
}

Bytes PresetReset(int preset) { return Memory(0x00, preset); }
Bytes PresetSet(int preset) { return Memory(0x01, preset); }
Bytes PresetRecall(int preset) { return Memory(0x02, preset); }

Bytes PowerInquiry() { return {kAddress, 0x09, 0x04, 0x00, kTerminator}; }
Bytes PanTiltPositionInquiry() { return {kAddress, 0x09, 0x06, 0x12, kTerminator}; }
Bytes ZoomPositionInquiry() { return {kAddress, 0x09, 0x04, 0x47, kTerminator}; }

Bytes SequenceReset() { return {0x01}; }

}  // namespace commands
}  // namespace vc::devices::visca
