#include "common/rtcp/Bye.hpp"

#include <cstring>

#include "common/rtcp/RtcpTypes.hpp"
#include "common/util/ByteOrder.hpp"

namespace vc::common::rtcp {

std::optional<Bye> Bye::Parse(const CommonHeader& header) {
  if (header.PacketType() != kByeType) return std::nullopt;
  const auto payload = header.Payload();
  const size_t count = header.CountOrFormat();
  if (payload.size() < 4 * count) return std::nullopt;

  Bye bye;
  bye.ssrcs_ = payload.data();
  bye.ssrc_count_ = count;
  const size_t reason_at = 4 * count;
  if (payload.size() > reason_at) {
    const size_t length = payload[reason_at];
    if (reason_at + 1 + length > payload.size()) return std::nullopt;
    bye.reason_ =
        std::string_view(reinterpret_cast<const char*>(payload.data() + reason_at + 1), length);
  }
  return bye;
}

uint32_t Bye::Ssrc(size_t index) const {
  if (index >= ssrc_count_) return 0;
  return util::ReadU32(ssrcs_ + 4 * index);
}

size_t Bye::Write(std::span<uint8_t> out, std::span<const uint32_t> ssrcs,
                  std::string_view reason) {
  if (ssrcs.size() > kMaxCount || reason.size() > 255) return 0;
  const size_t reason_size = reason.empty() ? 0 : (1 + reason.size() + 3) & ~size_t{3};
  const size_t size = CommonHeader::kSize + 4 * ssrcs.size() + reason_size;
  if (out.size() < size) return 0;
  CommonHeader::Write(out, static_cast<uint8_t>(ssrcs.size()), kByeType, size);
  uint8_t* p = out.data() + CommonHeader::kSize;
  for (uint32_t ssrc : ssrcs) {
    util::WriteU32(p, ssrc);
    p += 4;
  }
  if (reason_size > 0) {
    std::memset(p, 0, reason_size);
    p[0] = static_cast<uint8_t>(reason.size());
    std::memcpy(p + 1, reason.data(), reason.size());
  }
  return size;
}

}  // namespace vc::common::rtcp
