#pragma once
// Sender report, PT=200 (RFC 3550 section 6.4.1):
//
//  0                   1                   2                   3
//  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |V=2|P|    RC   |   PT=SR=200   |             length            |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                         SSRC of sender                        |
// +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
// |              NTP timestamp, most significant word             |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |             NTP timestamp, least significant word             |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                         RTP timestamp                         |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                     sender's packet count                     |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                      sender's octet count                     |
// +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
// |                 report blocks (RC x 24 bytes)                 |
// +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
// |                  profile-specific extensions                  |

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>

#include "common/rtcp/CommonHeader.hpp"
#include "common/rtcp/ReportBlock.hpp"

namespace vc::common::rtcp {

struct SenderInfo {
  uint32_t sender_ssrc = 0;
  uint64_t ntp_timestamp = 0;  // 32.32 fixed point seconds since 1900.
  uint32_t rtp_timestamp = 0;
  uint32_t packet_count = 0;
  uint32_t octet_count = 0;
};

// A wall-clock time as an SR's NTP timestamp (32.32 fixed point, seconds since 1900).
uint64_t NtpTimestamp(std::chrono::system_clock::time_point wall);

class SenderReport {
 public:
  static constexpr size_t kSenderInfoSize = 24;  // Sender SSRC + sender info.

  static std::optional<SenderReport> Parse(const CommonHeader& header);

  // Writes one SR into `out`; returns the bytes written, or 0 if `out` is too small or there are
  // more than 31 report blocks.
  static size_t Write(std::span<uint8_t> out, const SenderInfo& info,
                      std::span<const ReportBlock> blocks = {});

  const SenderInfo& Info() const { return info_; }
  uint32_t SenderSsrc() const { return info_.sender_ssrc; }
  const ReportBlockList& ReportBlocks() const { return blocks_; }

 private:
  SenderReport() = default;

  SenderInfo info_;
  ReportBlockList blocks_;
};

}  // namespace vc::common::rtcp
