#include "common/rtp/TransportSequenceNumberExtension.hpp"

#include "common/util/ByteOrder.hpp"

namespace vc::common::rtp {

std::optional<uint16_t> TransportSequenceNumberExtension::Parse(std::span<const uint8_t> value) {
  if (value.size() != kValueSize) return std::nullopt;
  return util::ReadU16(value.data());
}

bool TransportSequenceNumberExtension::Write(std::span<uint8_t> value, uint16_t sequence_number) {
  if (value.size() != kValueSize) return false;
  util::WriteU16(value.data(), sequence_number);
  return true;
}

}  // namespace vc::common::rtp
