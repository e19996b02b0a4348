#include "common/rtp/AbsSendTimeExtension.hpp"

#include "common/util/ByteOrder.hpp"

namespace vc::common::rtp {

namespace {
constexpr uint32_t kMask24 = 0xFFFFFF;
constexpr uint64_t kMicrosPerSecond = 1'000'000;
constexpr unsigned kFractionBits = 18;
}  // namespace

std::optional<uint32_t> AbsSendTimeExtension::Parse(std::span<const uint8_t> value) {
  if (value.size() != kValueSize) return std::nullopt;
  return util::ReadU24(value.data());
}

bool AbsSendTimeExtension::Write(std::span<uint8_t> value, uint32_t abs_send_time_24) {
  if (value.size() != kValueSize) return false;
  util::WriteU24(value.data(), abs_send_time_24 & kMask24);
  return true;
}

uint32_t AbsSendTimeExtension::FromMicroseconds(uint64_t time_us) {
  // Reduce modulo the 64 s period first so that the shift cannot overflow.
  const uint64_t period_us = 64 * kMicrosPerSecond;
  const uint64_t in_period = time_us % period_us;
  return static_cast<uint32_t>(((in_period << kFractionBits) + kMicrosPerSecond / 2) /
                               kMicrosPerSecond) &
         kMask24;
}

uint64_t AbsSendTimeExtension::ToMicroseconds(uint32_t abs_send_time_24) {
  return ((uint64_t{abs_send_time_24 & kMask24} * kMicrosPerSecond) +
          (1u << (kFractionBits - 1))) >>
         kFractionBits;
}

}  // namespace vc::common::rtp
