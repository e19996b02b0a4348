#pragma once
// Walks a compound RTCP datagram (RFC 3550 section 6.1) packet by packet. Each step checks the
// common header against what is left of the datagram; the first malformed packet ends the walk
// and marks the reader failed, so a caller never sees bytes past the end of the datagram.
//
//   CompoundPacketReader reader(datagram);
//   while (auto header = reader.Next()) { ... dispatch on header->PacketType() ... }
//   if (reader.Failed()) { ... count a malformed datagram ... }

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>

#include "common/rtcp/CommonHeader.hpp"

namespace vc::common::rtcp {

class CompoundPacketReader {
 public:
  explicit CompoundPacketReader(std::span<const uint8_t> datagram) : remaining_(datagram) {}

  // The next packet's header, or nullopt at the end or on the first malformed packet.
  std::optional<CommonHeader> Next();

  bool Failed() const { return failed_; }
  bool AtEnd() const { return remaining_.empty(); }
  size_t PacketsRead() const { return packets_read_; }

  // True when the datagram holds at least one packet and every packet is well formed.
  static bool IsValid(std::span<const uint8_t> datagram);

 private:
  std::span<const uint8_t> remaining_;
  size_t packets_read_ = 0;
  bool failed_ = false;
};

}  // namespace vc::common::rtcp
