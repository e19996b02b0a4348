#pragma once
// Parsing what the camera sends back (Sony VISCA reply packets, address z = camera + 8 = 9):
//   ACK          z0 4y FF            command accepted into socket y
//   completion   z0 5y FF            command finished
//                z0 50 dd .. dd FF   inquiry answer with data
//   error        z0 6y ee FF         ee: 01 message length, 02 syntax, 03 command buffer full,
//                                    04 cancelled, 05 no socket, 41 not executable
// and the VISCA-over-IP control payloads (01 = RESET acknowledged, 0F 01 / 0F 02 = sequence
// number / message type abnormality). Parsers return nullopt on anything malformed, never throw.
#include <cstdint>
#include <optional>
#include <span>
#include <string>

#include "devices/DeviceResult.hpp"
#include "devices/visca/ViscaPacket.hpp"

namespace vc::devices::visca {

enum class ReplyKind { kAck, kCompletion, kError };

namespace error_code {
constexpr uint8_t kMessageLength = 0x01;
constexpr uint8_t kSyntax = 0x02;
constexpr uint8_t kBufferFull = 0x03;
constexpr uint8_t kCancelled = 0x04;
constexpr uint8_t kNoSocket = 0x05;
constexpr uint8_t kNotExecutable = 0x41;
}  // namespace error_code

struct ViscaReply {
  ReplyKind kind = ReplyKind::kAck;
  uint8_t camera_address = 1;  // z - 8
  uint8_t socket = 0;          // y
  uint8_t error = 0;           // ee, for kError
  Bytes data;                  // bytes between 5y and FF, for an inquiry's completion
};

std::optional<ViscaReply> ParseReply(std::span<const uint8_t> payload);

// Builds the camera side's replies (for the emulator and tests).
Bytes EncodeAck(uint8_t socket);
Bytes EncodeCompletion(uint8_t socket, std::span<const uint8_t> data = {});
Bytes EncodeError(uint8_t socket, uint8_t error);

// The DeviceResult for an error reply, with a sentence an operator can act on.
DeviceResult ErrorReplyResult(uint8_t error);
const char* ErrorReplyName(uint8_t error);

enum class ControlMessage { kResetAck, kSequenceError, kMessageError };
std::optional<ControlMessage> ParseControl(std::span<const uint8_t> payload);
Bytes EncodeControl(ControlMessage message);

// Inquiry answers (the `data` of a completion).
enum class PowerState { kOn, kStandby, kPowerError };
std::optional<PowerState> ParsePowerData(std::span<const uint8_t> data);  // 02 | 03 | 04
struct PanTiltPosition {
  int16_t pan = 0;
  int16_t tilt = 0;
};
std::optional<PanTiltPosition> ParsePanTiltPositionData(std::span<const uint8_t> data);  // 8 nibbles
std::optional<uint16_t> ParseZoomPositionData(std::span<const uint8_t> data);            // 4 nibbles

}  // namespace vc::devices::visca
