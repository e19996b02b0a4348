#include "common/rtcp/Sdes.hpp"

#include <cstring>

#include "common/rtcp/RtcpTypes.hpp"
#include "common/util/ByteOrder.hpp"

namespace vc::common::rtcp {

std::optional<Sdes> Sdes::Parse(const CommonHeader& header) {
  if (header.PacketType() != kSdesType) return std::nullopt;
  Sdes sdes;
  sdes.payload_ = header.Payload();
  sdes.chunk_count_ = header.CountOrFormat();
  if (!Walk(sdes.payload_, sdes.chunk_count_, [](uint32_t, uint8_t, std::string_view) {})) {
    return std::nullopt;
  }
  return sdes;
}

std::optional<std::string_view> Sdes::Cname(std::optional<uint32_t> ssrc) const {
  std::optional<std::string_view> found;
  ForEachItem([&](uint32_t item_ssrc, uint8_t type, std::string_view text) {
    if (found || type != kCnameType) return;
    if (!ssrc || *ssrc == item_ssrc) found = text;
  });
  return found;
}

size_t Sdes::WriteCname(std::span<uint8_t> out, uint32_t ssrc, std::string_view cname) {
  if (cname.size() > 255) return 0;
  // SSRC + type + length + text + at least one null byte, rounded up to 32 bits.
  const size_t chunk_size = (4 + 2 + cname.size() + 1 + 3) & ~size_t{3};
  const size_t size = CommonHeader::kSize + chunk_size;
  if (out.size() < size) return 0;
  CommonHeader::Write(out, 1, kSdesType, size);
  uint8_t* p = out.data() + CommonHeader::kSize;
  std::memset(p, 0, chunk_size);
  util::WriteU32(p, ssrc);
  p[4] = kCnameType;
  p[5] = static_cast<uint8_t>(cname.size());
  if (!cname.empty()) std::memcpy(p + 6, cname.data(), cname.size());
  return size;
}

}  // namespace vc::common::rtcp
