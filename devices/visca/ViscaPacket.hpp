#pragma once
// VISCA over IP framing (Sony VISCA over IP specification, "Command List"): every UDP datagram
// carries one message behind an 8-byte header.
//
//   0               1               2               3
//   +---------------+---------------+---------------+---------------+
//   |         payload type          |        payload length         |
//   +---------------+---------------+---------------+---------------+
//   |                        sequence number                        |
//   +---------------+---------------+---------------+---------------+
//   |                 payload (1..16 bytes) ...
//
// All fields big-endian. The camera echoes the sequence number of the message it answers.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace vc::devices::visca {

using Bytes = std::vector<uint8_t>;

enum class PayloadType : uint16_t {
  kCommand = 0x0100,        // VISCA command (81 01 ...)
  kInquiry = 0x0110,        // VISCA inquiry (81 09 ...)
  kReply = 0x0111,          // ACK, completion or error for a command or inquiry
  kDeviceSetting = 0x0120,  // VISCA device setting command
  kControl = 0x0200,        // RESET (01) from the controller, ERROR (0F yy) from the camera
  kControlReply = 0x0201,   // ACK (01) of a RESET
};

constexpr uint16_t kDefaultPort = 52381;
constexpr size_t kHeaderSize = 8;
constexpr size_t kMaxPayloadSize = 16;

// A parsed datagram; `payload` points into the caller's buffer and lives only as long as it.
struct ViscaPacketView {
  PayloadType type;
  uint32_t sequence;
  std::span<const uint8_t> payload;
};

// Header + payload. The payload must be 1..16 bytes (the builders in ViscaCommands always are).
Bytes EncodePacket(PayloadType type, uint32_t sequence, std::span<const uint8_t> payload);

// nullopt unless the type is known, the length is 1..16 and matches the datagram exactly.
std::optional<ViscaPacketView> ParsePacket(std::span<const uint8_t> datagram);

const char* PayloadTypeName(PayloadType type);

// "81 01 04 00 02 FF": for log lines and error messages.
std::string ToHex(std::span<const uint8_t> bytes);

}  // namespace vc::devices::visca
