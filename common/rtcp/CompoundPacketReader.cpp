#include "common/rtcp/CompoundPacketReader.hpp"

namespace vc::common::rtcp {

std::optional<CommonHeader> CompoundPacketReader::Next() {
  if (failed_ || remaining_.empty()) return std::nullopt;
  auto header = CommonHeader::Parse(remaining_);
  if (!header) {
    failed_ = true;
    remaining_ = {};
    return std::nullopt;
  }
  remaining_ = remaining_.subspan(header->PacketSize());
  ++packets_read_;
  return header;
}

bool CompoundPacketReader::IsValid(std::span<const uint8_t> datagram) {
  CompoundPacketReader reader(datagram);
  while (reader.Next()) {
  }
  return !reader.Failed() && reader.PacketsRead() > 0;
}

}  // namespace vc::common::rtcp
