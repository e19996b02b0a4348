#pragma once
// Small helpers shared by the RTCP tests: find the Nth packet of a type in a compound datagram.

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "common/rtcp/CompoundPacketReader.hpp"

namespace vc::common::rtcp::test_util {

inline std::vector<CommonHeader> AllPackets(std::span<const uint8_t> datagram) {
  std::vector<CommonHeader> packets;
  CompoundPacketReader reader(datagram);
  while (auto header = reader.Next()) packets.push_back(*header);
  return packets;
}

inline std::optional<CommonHeader> FindPacket(std::span<const uint8_t> datagram, uint8_t type,
                                              int format = -1) {
  for (const auto& header : AllPackets(datagram)) {
    if (header.PacketType() == type && (format < 0 || header.CountOrFormat() == format)) {
      return header;
    }
  }
  return std::nullopt;
}

}  // namespace vc::common::rtcp::test_util
