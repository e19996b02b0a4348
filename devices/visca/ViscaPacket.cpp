#include "devices/visca/ViscaPacket.hpp"

namespace vc::devices::visca {
namespace {

uint16_t ReadU16(std::span<const uint8_t> b, size_t at) {
  return static_cast<uint16_t>((b[at] << 8) | b[at + 1]);
}

uint32_t ReadU32(std::span<const uint8_t> b, size_t at) {
  return (static_cast<uint32_t>(b[at]) << 24) | (static_cast<uint32_t>(b[at + 1]) << 16) |
         (static_cast<uint32_t>(b[at + 2]) << 8) | static_cast<uint32_t>(b[at + 3]);
}

bool IsKnownType(uint16_t value) {
  switch (static_cast<PayloadType>(value)) {
    case PayloadType::kCommand:
    case PayloadType::kInquiry:
    case PayloadType::kReply:
    case PayloadType::kDeviceSetting:
    case PayloadType::kControl:
    case PayloadType::kControlReply:
      return true;
  }
  return false;
}

}  // namespace

Bytes EncodePacket(PayloadType type, uint32_t sequence, std::span<const uint8_t> payload) {
  const auto type_value = static_cast<uint16_t>(type);
  const auto length = static_cast<uint16_t>(payload.size());
  Bytes out;
  out.reserve(kHeaderSize + payload.size());
  out.push_back(static_cast<uint8_t>(type_value >> 8));
  out.push_back(static_cast<uint8_t>(type_value));
  out.push_back(static_cast<uint8_t>(length >> 8));
  out.push_back(static_cast<uint8_t>(length));
  for (int shift = 24; shift >= 0; shift -= 8) out.push_back(static_cast<uint8_t>(sequence >> shift));
  out.insert(out.end(), payload.begin(), payload.end());
  return out;
}

std::optional<ViscaPacketView> ParsePacket(std::span<const uint8_t> datagram) {
  if (datagram.size() < kHeaderSize + 1) return std::nullopt;
  const uint16_t type = ReadU16(datagram, 0);
  const uint16_t length = ReadU16(datagram, 2);
  if (!IsKnownType(type)) return std::nullopt;
  if (length == 0 || length > kMaxPayloadSize) return std::nullopt;
  if (datagram.size() != kHeaderSize + length) return std::nullopt;
  return ViscaPacketView{static_cast<PayloadType>(type), ReadU32(datagram, 4),
                         datagram.subspan(kHeaderSize, length)};
}

const char* PayloadTypeName(PayloadType type) {
  switch (type) {
    case PayloadType::kCommand: return "command";
    case PayloadType::kInquiry: return "inquiry";
    case PayloadType::kReply: return "reply";
    case PayloadType::kDeviceSetting: return "device setting command";
    case PayloadType::kControl: return "control command";
    case PayloadType::kControlReply: return "control reply";
  }
  return "unknown";
}

std::string ToHex(std::span<const uint8_t> bytes) {
  static constexpr char kDigits[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(bytes.size() * 3);
  for (uint8_t byte : bytes) {
    if (!out.empty()) out.push_back(' ');
    out.push_back(kDigits[byte >> 4]);
    out.push_back(kDigits[byte & 0x0F]);
  }
  return out;
}

}  // namespace vc::devices::visca
