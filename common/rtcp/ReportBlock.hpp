#pragma once
// One reception report block, shared by SR and RR (RFC 3550 section 6.4.1):
//
//  0                   1                   2                   3
//  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
// +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
// |                 SSRC_1 (SSRC of first source)                 |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// | fraction lost |       cumulative number of packets lost       |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |           extended highest sequence number received           |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                      interarrival jitter                      |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                         last SR (LSR)                         |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                   delay since last SR (DLSR)                  |
// +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+

#include <cstddef>
#include <cstdint>
#include <span>

namespace vc::common::rtcp {

struct ReportBlock {
  static constexpr size_t kSize = 24;

  uint32_t source_ssrc = 0;
  uint8_t fraction_lost = 0;    // Fixed point /256.
  int32_t cumulative_lost = 0;  // Signed 24 bit (duplicates can make it negative).
  uint32_t extended_highest_sequence = 0;
  uint32_t jitter = 0;               // In RTP timestamp units.
  uint32_t last_sr = 0;              // Middle 32 bits of the last SR's NTP time.
  uint32_t delay_since_last_sr = 0;  // In 1/65536 s.

  // `in` must hold kSize bytes; the caller checked the bound.
  static ReportBlock Read(const uint8_t* in);
  void Write(uint8_t* out) const;  // Writes kSize bytes.

  bool operator==(const ReportBlock&) const = default;
};

// Report blocks as they lie in a parsed SR or RR; decoded on access.
class ReportBlockList {
 public:
  ReportBlockList() = default;
  ReportBlockList(const uint8_t* data, size_t count) : data_(data), count_(count) {}

  size_t size() const { return count_; }
  bool empty() const { return count_ == 0; }
  ReportBlock operator[](size_t index) const {
    return ReportBlock::Read(data_ + index * ReportBlock::kSize);
  }

 private:
  const uint8_t* data_ = nullptr;
  size_t count_ = 0;
};

}  // namespace vc::common::rtcp
