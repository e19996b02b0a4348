#pragma once
// Goodbye, PT=203 (RFC 3550 section 6.6):
//
//        0                   1                   2                   3
//        0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
//       +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//       |V=2|P|    SC   |   PT=BYE=203  |             length            |
//       +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//       |                           SSRC/CSRC                           |
//       +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//       :                              ...                              :
//       +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
// (opt) |     length    |               reason for leaving            ...
//       +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include "common/rtcp/CommonHeader.hpp"

namespace vc::common::rtcp {

class Bye {
 public:
  static std::optional<Bye> Parse(const CommonHeader& header);

  // Returns the bytes written, or 0 if `out` is too small, there are more than 31 SSRCs or the
  // reason is longer than 255 bytes.
  static size_t Write(std::span<uint8_t> out, std::span<const uint32_t> ssrcs,
                      std::string_view reason = {});

  size_t SsrcCount() const { return ssrc_count_; }
  uint32_t Ssrc(size_t index) const;  // index < SsrcCount()
  std::optional<std::string_view> Reason() const { return reason_; }

 private:
  Bye() = default;

  const uint8_t* ssrcs_ = nullptr;
  size_t ssrc_count_ = 0;
  std::optional<std::string_view> reason_;
};

}  // namespace vc::common::rtcp
