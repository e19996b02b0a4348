#include "common/rtcp/CommonHeader.hpp"

#include "common/rtcp/RtcpTypes.hpp"
#include "common/util/ByteOrder.hpp"

namespace vc::common::rtcp {

std::optional<CommonHeader> CommonHeader::Parse(std::span<const uint8_t> buffer) {
  if (buffer.size() < kSize) return std::nullopt;
  if ((buffer[0] >> 6) != kVersion) return std::nullopt;
  const size_t packet_size = (size_t{util::ReadU16(buffer.data() + 2)} + 1) * 4;
  if (packet_size > buffer.size()) return std::nullopt;

  CommonHeader header;
  header.count_or_format_ = buffer[0] & 0x1F;
  header.packet_type_ = buffer[1];
  header.padding_ = (buffer[0] & 0x20) != 0;
  header.packet_ = buffer.first(packet_size);
  size_t payload_size = packet_size - kSize;
  if (header.padding_) {
    const uint8_t padding = buffer[packet_size - 1];
    if (padding == 0 || padding > payload_size) return std::nullopt;
    payload_size -= padding;
  }
  header.payload_ = buffer.subspan(kSize, payload_size);
  return header;
}

bool CommonHeader::Write(std::span<uint8_t> out, uint8_t count_or_format, uint8_t packet_type,
                         size_t packet_size) {
  if (out.size() < kSize || count_or_format > kMaxCount) return false;
  if (packet_size < kSize || packet_size % 4 != 0 || packet_size / 4 - 1 > 0xFFFF) return false;
  out[0] = static_cast<uint8_t>((kVersion << 6) | count_or_format);
  out[1] = packet_type;
  util::WriteU16(out.data() + 2, static_cast<uint16_t>(packet_size / 4 - 1));
  return true;
}

}  // namespace vc::common::rtcp
