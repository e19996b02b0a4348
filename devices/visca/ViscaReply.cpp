#include "devices/visca/ViscaReply.hpp"

#include <algorithm>

#include "devices/visca/ViscaCommands.hpp"

namespace vc::devices::visca {
namespace {

constexpr uint8_t kReplyAddress = 0x90;  // camera 1 + 8, to controller 0
constexpr uint8_t kTerminator = 0xFF;

}  // namespace

std::optional<ViscaReply> ParseReply(std::span<const uint8_t> payload) {
  // Smallest reply is z0 4y FF; the terminator closes the message and appears nowhere else.
  if (payload.size() < 3 || payload.back() != kTerminator) return std::nullopt;
  if (std::find(payload.begin(), payload.end() - 1, kTerminator) != payload.end() - 1) return std::nullopt;
  const uint8_t address = payload[0];
  if ((address & 0x0F) != 0 || address < 0x90) return std::nullopt;
  ViscaReply reply;
  reply.camera_address = static_cast<uint8_t>((address >> 4) - 8);
  reply.socket = payload[1] & 0x0F;
  const auto body = payload.subspan(2, payload.size() - 3);
  switch (payload[1] & 0xF0) {
    case 0x40:
      if (!body.empty()) return std::nullopt;
      reply.kind = ReplyKind::kAck;
      return reply;
    case 0x50:
      reply.kind = ReplyKind::kCompletion;
      reply.data.assign(body.begin(), body.end());
      return reply;
    case 0x60:
      if (body.size() != 1) return std::nullopt;
      reply.kind = ReplyKind::kError;
      reply.error = body[0];
      return reply;
    default:
      return std::nullopt;
  }
}

Bytes EncodeAck(uint8_t socket) {
  return {kReplyAddress, static_cast<uint8_t>(0x40 | (socket & 0x0F)), kTerminator};
}

Bytes EncodeCompletion(uint8_t socket, std::span<const uint8_t> data) {
  Bytes out;
  out.reserve(data.size() + 3);
  out.push_back(kReplyAddress);
  out.push_back(static_cast<uint8_t>(0x50 | (socket & 0x0F)));
  for (uint8_t byte : data) out.push_back(byte);  // not insert(): g++ 12 -Warray-bounds false positive
  out.push_back(kTerminator);
  return out;
}

Bytes EncodeError(uint8_t socket, uint8_t error) {
  return {kReplyAddress, static_cast<uint8_t>(0x60 | (socket & 0x0F)), error, kTerminator};
}

const char* ErrorReplyName(uint8_t error) {
  switch (error) {
    case error_code::kMessageLength: return "message length error";
    case error_code::kSyntax: return "syntax error";
    case error_code::kBufferFull: return "command buffer full";
    case error_code::kCancelled: return "command cancelled";
    case error_code::kNoSocket: return "no socket";
    case error_code::kNotExecutable: return "command not executable";
  }
  return "unknown error";
}

DeviceResult ErrorReplyResult(uint8_t error) {
  using K = DeviceErrorKind;
  switch (error) {
    case error_code::kMessageLength:
      return DeviceResult::Error(K::kProtocol, "camera rejected the message length (VISCA error 01)");
    case error_code::kSyntax:
      return DeviceResult::Error(K::kProtocol, "camera does not support this command (VISCA syntax error 02)");
    case error_code::kBufferFull:
      return DeviceResult::Error(K::kUnavailable, "camera is busy: its command buffer is full (VISCA error 03)");
    case error_code::kCancelled:
      return DeviceResult::Error(K::kDeviceFault, "camera cancelled the command (VISCA error 04)");
    case error_code::kNoSocket:
      return DeviceResult::Error(K::kProtocol, "camera has no such command socket (VISCA error 05)");
    case error_code::kNotExecutable:
      return DeviceResult::Error(K::kUnavailable,
                                 "camera cannot execute the command in its current state, e.g. powered "
                                 "off (VISCA error 41)");
  }
  return DeviceResult::Error(K::kDeviceFault,
                             "camera answered with unknown VISCA error " + ToHex(std::span(&error, 1)));
}

std::optional<ControlMessage> ParseControl(std::span<const uint8_t> payload) {
  if (payload.size() == 1 && payload[0] == 0x01) return ControlMessage::kResetAck;
  if (payload.size() == 2 && payload[0] == 0x0F) {
    if (payload[1] == 0x01) return ControlMessage::kSequenceError;
    if (payload[1] == 0x02) return ControlMessage::kMessageError;
  }
  return std::nullopt;
}

Bytes EncodeControl(ControlMessage message) {
  switch (message) {
    case ControlMessage::kResetAck: return {0x01};
    case ControlMessage::kSequenceError: return {0x0F, 0x01};
    case ControlMessage::kMessageError: return {0x0F, 0x02};
  }
  return {0x01};
}

std::optional<PowerState> ParsePowerData(std::span<const uint8_t> data) {
  if (data.size() != 1) return std::nullopt;
  switch (data[0]) {
    case 0x02: return PowerState::kOn;
    case 0x03: return PowerState::kStandby;
    case 0x04: return PowerState::kPowerError;
  }
  return std::nullopt;
}

std::optional<PanTiltPosition> ParsePanTiltPositionData(std::span<const uint8_t> data) {
  if (data.size() != 8) return std::nullopt;
  auto pan = ReadNibbles(data.subspan(0, 4));
  auto tilt = ReadNibbles(data.subspan(4, 4));
  if (!pan || !tilt) return std::nullopt;
  return PanTiltPosition{static_cast<int16_t>(static_cast<uint16_t>(*pan)),
                         static_cast<int16_t>(static_cast<uint16_t>(*tilt))};
}

std::optional<uint16_t> ParseZoomPositionData(std::span<const uint8_t> data) {
  if (data.size() != 4) return std::nullopt;
  auto zoom = ReadNibbles(data);
  if (!zoom) return std::nullopt;
  return static_cast<uint16_t>(*zoom);
}

}  // namespace vc::devices::visca
