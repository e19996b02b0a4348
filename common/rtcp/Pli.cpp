#include "common/rtcp/Pli.hpp"

#include "common/rtcp/RtcpTypes.hpp"
#include "common/util/ByteOrder.hpp"

namespace vc::common::rtcp {

std::optional<Pli> Pli::Parse(const CommonHeader& header) {
  if (header.PacketType() != kPsFeedbackType || header.CountOrFormat() != kPliFormat) {
    return std::nullopt;
  }
  const auto payload = header.Payload();
  if (payload.size() < 8) return std::nullopt;
  Pli pli;
  pli.sender_ssrc_ = util::ReadU32(payload.data());
  pli.media_ssrc_ = util::ReadU32(payload.data() + 4);
  return pli;
}

size_t Pli::Write(std::span<uint8_t> out, uint32_t sender_ssrc, uint32_t media_ssrc) {
  if (out.size() < kSize) return 0;
  CommonHeader::Write(out, kPliFormat, kPsFeedbackType, kSize);
  util::WriteU32(out.data() + 4, sender_ssrc);
  util::WriteU32(out.data() + 8, media_ssrc);
  return kSize;
}

}  // namespace vc::common::rtcp
