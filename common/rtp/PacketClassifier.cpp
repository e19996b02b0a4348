#include "common/rtp/PacketClassifier.hpp"

namespace vc::common::rtp {

namespace {

bool IsRtpOrRtcpFirstByte(uint8_t b) { return b >= 128 && b <= 191; }

bool IsRtcpSecondByte(uint8_t b) {
  const uint8_t pt = b & 0x7F;
  return pt >= 64 && pt <= 95;
}

}  // namespace

bool PacketClassifier::LooksLikeRtcp(std::span<const uint8_t> packet) {
  return packet.size() >= kMinRtcpSize && IsRtpOrRtcpFirstByte(packet[0]) &&
         IsRtcpSecondByte(packet[1]);
}

bool PacketClassifier::LooksLikeRtp(std::span<const uint8_t> packet) {
  return packet.size() >= kMinRtpSize && IsRtpOrRtcpFirstByte(packet[0]) &&
         !IsRtcpSecondByte(packet[1]);
}

PacketKind PacketClassifier::Classify(std::span<const uint8_t> packet) {
  if (packet.empty()) return PacketKind::kUnknown;
  const uint8_t b = packet[0];
  if (b <= 3) return PacketKind::kStun;
  if (b >= 16 && b <= 19) return PacketKind::kZrtp;
  if (b >= 20 && b <= 63) return PacketKind::kDtls;
  if (b >= 64 && b <= 79) return PacketKind::kTurnChannel;
  if (LooksLikeRtcp(packet)) return PacketKind::kRtcp;
  if (LooksLikeRtp(packet)) return PacketKind::kRtp;
  return PacketKind::kUnknown;
}

const char* ToString(PacketKind kind) {
  switch (kind) {
    case PacketKind::kStun:
      return "stun";
    case PacketKind::kZrtp:
      return "zrtp";
    case PacketKind::kDtls:
      return "dtls";
    case PacketKind::kTurnChannel:
      return "turn-channel";
    case PacketKind::kRtp:
      return "rtp";
    case PacketKind::kRtcp:
      return "rtcp";
    case PacketKind::kUnknown:
      break;
  }
  return "unknown";
}

}  // namespace vc::common::rtp
