#pragma once
// Receiver report, PT=201 (RFC 3550 section 6.4.2):
//
//  0                   1                   2                   3
//  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |V=2|P|    RC   |   PT=RR=201   |             length            |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                     SSRC of packet sender                     |
// +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
// |                 report blocks (RC x 24 bytes)                 |
// +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
// |                  profile-specific extensions                  |

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>

#include "common/rtcp/CommonHeader.hpp"
#include "common/rtcp/ReportBlock.hpp"

namespace vc::common::rtcp {

class ReceiverReport {
 public:
  static std::optional<ReceiverReport> Parse(const CommonHeader& header);

  // Returns the bytes written, or 0 if `out` is too small or there are more than 31 blocks.
  static size_t Write(std::span<uint8_t> out, uint32_t sender_ssrc,
                      std::span<const ReportBlock> blocks = {});

  uint32_t SenderSsrc() const { return sender_ssrc_; }
  const ReportBlockList& ReportBlocks() const { return blocks_; }

 private:
  ReceiverReport() = default;

  uint32_t sender_ssrc_ = 0;
  ReportBlockList blocks_;
};

}  // namespace vc::common::rtcp
