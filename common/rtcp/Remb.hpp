#pragma once
// Receiver estimated maximum bitrate, PSFB PT=206 FMT=15 (draft-alvestrand-rmcat-remb-03 2.2):
//
//  0                   1                   2                   3
//  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |V=2|P| FMT=15  |   PT=206      |             length            |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                  SSRC of packet sender                        |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                  SSRC of media source (0)                     |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |  Unique identifier 'R' 'E' 'M' 'B'                            |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |  Num SSRC     | BR Exp    |  BR Mantissa                      |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |   SSRC feedback                                               |  (Num SSRC times)
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//
// bitrate (bps) = mantissa (18 bits) << exp (6 bits).

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>

#include "common/rtcp/CommonHeader.hpp"

namespace vc::common::rtcp {

class Remb {
 public:
  static constexpr size_t kMaxSsrcs = 255;

  // nullopt also for other application-layer feedback (no 'REMB' identifier).
  static std::optional<Remb> Parse(const CommonHeader& header);
  // Rounds the bitrate down to what exp/mantissa can carry. Returns the bytes written, or 0 if
  // `out` is too small or there are more than 255 SSRCs.
  static size_t Write(std::span<uint8_t> out, uint32_t sender_ssrc, uint64_t bitrate_bps,
                      std::span<const uint32_t> ssrcs);

  uint32_t SenderSsrc() const { return sender_ssrc_; }
  uint64_t BitrateBps() const { return bitrate_bps_; }
  size_t SsrcCount() const { return ssrcs_.size() / 4; }
  uint32_t Ssrc(size_t index) const;  // index < SsrcCount()

 private:
  Remb() = default;

  uint32_t sender_ssrc_ = 0;
  uint64_t bitrate_bps_ = 0;
  std::span<const uint8_t> ssrcs_;
};

}  // namespace vc::common::rtcp
