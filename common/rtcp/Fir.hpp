#pragma once
// Full intra request, PSFB PT=206 FMT=4 (RFC 5104 section 4.3.1). The media source SSRC of the
// common feedback header is 0; the FCI names each source to refresh:
//
//  0                   1                   2                   3
//  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |V=2|P|  FMT=4  |    PT=206     |          length               |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                  SSRC of packet sender                        |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                  SSRC of media source (0)                     |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                              SSRC                             |  (one or more)
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// | Seq nr.       |    Reserved                                   |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>

#include "common/rtcp/CommonHeader.hpp"

namespace vc::common::rtcp {

struct FirEntry {
  uint32_t ssrc = 0;
  uint8_t sequence_number = 0;  // Incremented by the sender for each new request.

  bool operator==(const FirEntry&) const = default;
};

class Fir {
 public:
  static constexpr size_t kEntrySize = 8;

  static std::optional<Fir> Parse(const CommonHeader& header);
  // Returns the bytes written, or 0 if `entries` is empty or `out` is too small.
  static size_t Write(std::span<uint8_t> out, uint32_t sender_ssrc,
                      std::span<const FirEntry> entries);

  uint32_t SenderSsrc() const { return sender_ssrc_; }
  size_t EntryCount() const { return entries_.size() / kEntrySize; }
  FirEntry Entry(size_t index) const;  // index < EntryCount()

 private:
  Fir() = default;

  uint32_t sender_ssrc_ = 0;
  std::span<const uint8_t> entries_;
};

}  // namespace vc::common::rtcp
