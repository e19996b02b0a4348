#pragma once
// Generic NACK, RTPFB PT=205 FMT=1 (RFC 4585 sections 6.1 and 6.2.1):
//
//  0                   1                   2                   3
//  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |V=2|P|  FMT=1  |    PT=205     |          length               |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                  SSRC of packet sender                        |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                  SSRC of media source                         |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |            PID                |             BLP               |  (one or more)
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//
// PID is a lost sequence number; bit i of BLP (LSB = 0) marks PID+i+1 lost as well.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "common/rtcp/CommonHeader.hpp"

namespace vc::common::rtcp {

class Nack {
 public:
  static constexpr size_t kItemSize = 4;

  static std::optional<Nack> Parse(const CommonHeader& header);

  // Packs `lost` (in the order given, typically ascending with wrap-around) into PID+BLP items.
  // Returns the bytes written, or 0 if `lost` is empty or `out` is too small.
  static size_t Write(std::span<uint8_t> out, uint32_t sender_ssrc, uint32_t media_ssrc,
                      std::span<const uint16_t> lost);

  uint32_t SenderSsrc() const { return sender_ssrc_; }
  uint32_t MediaSsrc() const { return media_ssrc_; }
  size_t ItemCount() const { return items_.size() / kItemSize; }

  // Calls visit(sequence_number) for every lost packet, item by item.
  template <typename Visitor>
  void ForEachLost(Visitor&& visit) const {
    for (size_t at = 0; at + kItemSize <= items_.size(); at += kItemSize) {
      const auto pid = static_cast<uint16_t>((items_[at] << 8) | items_[at + 1]);
      const auto blp = static_cast<uint16_t>((items_[at + 2] << 8) | items_[at + 3]);
      visit(pid);
      for (unsigned bit = 0; bit < 16; ++bit) {
        if ((blp >> bit) & 1) visit(static_cast<uint16_t>(pid + bit + 1));
      }
    }
  }
  std::vector<uint16_t> LostSequenceNumbers() const;

 private:
  Nack() = default;

  uint32_t sender_ssrc_ = 0;
  uint32_t media_ssrc_ = 0;
  std::span<const uint8_t> items_;
};

}  // namespace vc::common::rtcp
