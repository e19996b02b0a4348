#pragma once
// The header every RTCP packet starts with (RFC 3550 section 6.4.1, RFC 4585 section 6.1):
//
//  0                   1                   2                   3
//  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |V=2|P| RC/FMT  |      PT       |             length            |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//
// length = packet size in 32-bit words minus one. With P set, the packet's last byte counts the
// padding bytes (itself included).

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>

namespace vc::common::rtcp {

class CommonHeader {
 public:
  static constexpr size_t kSize = 4;

  // Parses the first packet of `buffer` (which may hold more after it). Checks the version, the
  // length against the buffer and the padding against the length.
  static std::optional<CommonHeader> Parse(std::span<const uint8_t> buffer);

  // Writes a header for a packet of `packet_size` bytes (a multiple of 4, at least 4, without
  // padding). False when the arguments cannot be encoded or `out` is too short.
  static bool Write(std::span<uint8_t> out, uint8_t count_or_format, uint8_t packet_type,
                    size_t packet_size);

  uint8_t CountOrFormat() const { return count_or_format_; }
  uint8_t PacketType() const { return packet_type_; }
  bool HasPadding() const { return padding_; }
  // Everything after the 4-byte header, padding removed.
  std::span<const uint8_t> Payload() const { return payload_; }
  // The whole packet, header and padding included.
  std::span<const uint8_t> Packet() const { return packet_; }
  size_t PacketSize() const { return packet_.size(); }

 private:
  CommonHeader() = default;

  uint8_t count_or_format_ = 0;
  uint8_t packet_type_ = 0;
  bool padding_ = false;
  std::span<const uint8_t> packet_;
  std::span<const uint8_t> payload_;
};

}  // namespace vc::common::rtcp
