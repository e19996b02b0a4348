#pragma once
// Source description, PT=202 (RFC 3550 section 6.5):
//
//         0                   1                   2                   3
//         0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
//        +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// header |V=2|P|    SC   |  PT=SDES=202  |             length            |
//        +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
// chunk  |                          SSRC/CSRC_1                          |
//   1    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//        |                           SDES items                          |
//        |                              ...                              |
//        +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
// chunk  |                          SSRC/CSRC_2                          |
//   2    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//
// An item is | type | length | text (length bytes) |; the item list of a chunk ends with a zero
// type byte and null bytes up to the next 32-bit boundary. CNAME is type 1.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include "common/rtcp/CommonHeader.hpp"
#include "common/util/ByteOrder.hpp"

namespace vc::common::rtcp {

class Sdes {
 public:
  static constexpr uint8_t kCnameType = 1;

  // Checks every chunk and item of the packet.
  static std::optional<Sdes> Parse(const CommonHeader& header);

  // Writes one SDES packet with a single chunk holding a CNAME item; returns the bytes written, or
  // 0 if `out` is too small or the CNAME is longer than 255 bytes.
  static size_t WriteCname(std::span<uint8_t> out, uint32_t ssrc, std::string_view cname);

  size_t ChunkCount() const { return chunk_count_; }

  // Calls visit(ssrc, item_type, text) for every item in every chunk, in order.
  template <typename Visitor>
  void ForEachItem(Visitor&& visit) const {
    Walk(payload_, chunk_count_, visit);
  }

  // The CNAME of `ssrc`, or of the first chunk that has one when `ssrc` is nullopt.
  std::optional<std::string_view> Cname(std::optional<uint32_t> ssrc = std::nullopt) const;

 private:
  Sdes() = default;

  // Returns false when a chunk or item runs past the payload.
  template <typename Visitor>
  static bool Walk(std::span<const uint8_t> payload, size_t chunk_count, Visitor&& visit);

  std::span<const uint8_t> payload_;
  size_t chunk_count_ = 0;
};

template <typename Visitor>
bool Sdes::Walk(std::span<const uint8_t> payload, size_t chunk_count, Visitor&& visit) {
  size_t at = 0;
  for (size_t chunk = 0; chunk < chunk_count; ++chunk) {
    if (at + 4 > payload.size()) return false;
    const uint32_t ssrc = util::ReadU32(payload.data() + at);
    at += 4;
    while (true) {
      if (at >= payload.size()) return false;
      const uint8_t type = payload[at];
      if (type == 0) {
        at = (at + 1 + 3) & ~size_t{3};  // Null terminator, then pad to 32 bits.
        if (at > payload.size()) return false;
        break;
      }
      if (at + 2 > payload.size()) return false;
      const size_t length = payload[at + 1];
      if (at + 2 + length > payload.size()) return false;
      visit(ssrc, type,
            std::string_view(reinterpret_cast<const char*>(payload.data() + at + 2), length));
      at += 2 + length;
    }
  }
  return true;
}

}  // namespace vc::common::rtcp
