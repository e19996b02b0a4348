#pragma once
// abs-send-time (http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time): the send time in
// seconds as unsigned 6.18 fixed point, so it wraps every 64 s and has ~3.8 us resolution.
//
//  0                   1                   2
//  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |  seconds  |            fraction (18 bits)     |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+

#include <cstdint>
#include <optional>
#include <span>

namespace vc::common::rtp {

class AbsSendTimeExtension {
 public:
  static constexpr const char* kUri = "http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time";
  static constexpr size_t kValueSize = 3;

  static std::optional<uint32_t> Parse(std::span<const uint8_t> value);  // 24-bit 6.18 value
  static bool Write(std::span<uint8_t> value, uint32_t abs_send_time_24);

  // Conversions between a clock in microseconds and the wrapping 24-bit value.
  static uint32_t FromMicroseconds(uint64_t time_us);
  static uint64_t ToMicroseconds(uint32_t abs_send_time_24);  // Within one 64 s period.
};

}  // namespace vc::common::rtp
