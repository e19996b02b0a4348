#include "common/rtcp/Remb.hpp"

#include "common/rtcp/RtcpTypes.hpp"
#include "common/util/ByteOrder.hpp"

namespace vc::common::rtcp {

namespace {
constexpr size_t kFixedSize = 16;             // Two SSRCs, 'REMB', num/exp/mantissa.
constexpr uint32_t kIdentifier = 0x52454D42;  // "REMB"
constexpr uint32_t kMaxMantissa = 0x3FFFF;
}  // namespace

std::optional<Remb> Remb::Parse(const CommonHeader& header) {
  if (header.PacketType() != kPsFeedbackType || header.CountOrFormat() != kAfbFormat) {
    return std::nullopt;
  }
  const auto payload = header.Payload();
  if (payload.size() < kFixedSize) return std::nullopt;
  const uint8_t* p = payload.data();
  if (util::ReadU32(p + 8) != kIdentifier) return std::nullopt;
  const size_t ssrc_count = p[12];
  if (payload.size() < kFixedSize + 4 * ssrc_count) return std::nullopt;
  const unsigned exponent = p[13] >> 2;
  const uint64_t mantissa = util::ReadU24(p + 13) & kMaxMantissa;
  const uint64_t bitrate = mantissa << exponent;
  if ((bitrate >> exponent) != mantissa) return std::nullopt;  // Does not fit in 64 bits.

  Remb remb;
  remb.sender_ssrc_ = util::ReadU32(p);
  remb.bitrate_bps_ = bitrate;
  remb.ssrcs_ = payload.subspan(kFixedSize, 4 * ssrc_count);
  return remb;
}

uint32_t Remb::Ssrc(size_t index) const {
  if (index >= SsrcCount()) return 0;
  return util::ReadU32(ssrcs_.data() + 4 * index);
}

size_t Remb::Write(std::span<uint8_t> out, uint32_t sender_ssrc, uint64_t bitrate_bps,
                   std::span<const uint32_t> ssrcs) {
  if (ssrcs.size() > kMaxSsrcs) return 0;
  const size_t size = CommonHeader::kSize + kFixedSize + 4 * ssrcs.size();
  if (out.size() < size || !CommonHeader::Write(out, kAfbFormat, kPsFeedbackType, size)) return 0;
  unsigned exponent = 0;
  while ((bitrate_bps >> exponent) > kMaxMantissa) ++exponent;
  const auto mantissa = static_cast<uint32_t>(bitrate_bps >> exponent);

  uint8_t* p = out.data() + CommonHeader::kSize;
  util::WriteU32(p, sender_ssrc);
  util::WriteU32(p + 4, 0);
  util::WriteU32(p + 8, kIdentifier);
  p[12] = static_cast<uint8_t>(ssrcs.size());
  util::WriteU24(p + 13, (exponent << 18) | mantissa);
  p += kFixedSize;
  for (uint32_t ssrc : ssrcs) {
    util::WriteU32(p, ssrc);
    p += 4;
  }
  return size;
}

}  // namespace vc::common::rtcp
