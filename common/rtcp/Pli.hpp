#pragma once
// Picture loss indication, PSFB PT=206 FMT=1 (RFC 4585 section 6.3.1); it has no FCI:
//
//  0                   1                   2                   3
//  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |V=2|P|  FMT=1  |    PT=206     |          length=2             |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                  SSRC of packet sender                        |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                  SSRC of media source                         |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>

#include "common/rtcp/CommonHeader.hpp"

namespace vc::common::rtcp {

class Pli {
 public:
  static constexpr size_t kSize = 12;

  static std::optional<Pli> Parse(const CommonHeader& header);
  // Returns kSize, or 0 if `out` is too small.
  static size_t Write(std::span<uint8_t> out, uint32_t sender_ssrc, uint32_t media_ssrc);

  uint32_t SenderSsrc() const { return sender_ssrc_; }
  uint32_t MediaSsrc() const { return media_ssrc_; }

 private:
  Pli() = default;

  uint32_t sender_ssrc_ = 0;
  uint32_t media_ssrc_ = 0;
};

}  // namespace vc::common::rtcp
