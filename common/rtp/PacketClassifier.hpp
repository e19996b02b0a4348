#pragma once
// Demultiplexes what arrives on one ICE transport (RFC 7983 section 7, first byte):
//
//                  +----------------+
//                  |        [0..3] -+--> STUN
//                  |      [16..19] -+--> ZRTP
//      packet -->  |      [20..63] -+--> DTLS
//                  |      [64..79] -+--> TURN channel
//                  |    [128..191] -+--> RTP/RTCP
//                  +----------------+
//
// and then RTP from RTCP by the second byte (RFC 5761 section 4): RTCP packet types 192-223 map to
// "payload types" 64-95 once the marker bit is masked off, which RTP must not use.

#include <cstddef>
#include <cstdint>
#include <span>

namespace vc::common::rtp {

enum class PacketKind { kUnknown, kStun, kZrtp, kDtls, kTurnChannel, kRtp, kRtcp };

class PacketClassifier {
 public:
  static constexpr size_t kMinRtpSize = 12;
  static constexpr size_t kMinRtcpSize = 8;  // Common header + sender SSRC (RFC 3550 6.4).

  static PacketKind Classify(std::span<const uint8_t> packet);
  static PacketKind Classify(const uint8_t* data, size_t len) { return Classify({data, len}); }

  static bool LooksLikeRtcp(std::span<const uint8_t> packet);
  static bool LooksLikeRtcp(const uint8_t* data, size_t len) { return LooksLikeRtcp({data, len}); }
  static bool LooksLikeRtp(std::span<const uint8_t> packet);
  static bool LooksLikeRtp(const uint8_t* data, size_t len) { return LooksLikeRtp({data, len}); }
};

const char* ToString(PacketKind kind);

}  // namespace vc::common::rtp
