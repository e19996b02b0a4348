#include "common/rtcp/ReportBlock.hpp"

#include <algorithm>

#include "common/util/ByteOrder.hpp"

namespace vc::common::rtcp {

using namespace util;

ReportBlock ReportBlock::Read(const uint8_t* in) {
  ReportBlock block;
  block.source_ssrc = ReadU32(in);
  block.fraction_lost = in[4];
  block.cumulative_lost = ReadS24(in + 5);
  block.extended_highest_sequence = ReadU32(in + 8);
  block.jitter = ReadU32(in + 12);
  block.last_sr = ReadU32(in + 16);
  block.delay_since_last_sr = ReadU32(in + 20);
  return block;
}

void ReportBlock::Write(uint8_t* out) const {
  WriteU32(out, source_ssrc);
  out[4] = fraction_lost;
  // RFC 3550 6.4.1: saturate rather than wrap when the count leaves the 24-bit range.
  WriteS24(out + 5, std::clamp<int32_t>(cumulative_lost, -0x800000, 0x7FFFFF));
  WriteU32(out + 8, extended_highest_sequence);
  WriteU32(out + 12, jitter);
  WriteU32(out + 16, last_sr);
  WriteU32(out + 20, delay_since_last_sr);
}

}  // namespace vc::common::rtcp
