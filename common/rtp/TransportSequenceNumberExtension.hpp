#pragma once
// Transport-wide sequence number (draft-holmer-rmcat-transport-wide-cc-extensions-01 section 2):
// a 16-bit counter shared by every media stream of one transport, echoed back in TWCC feedback.
//
//  0                   1
//  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |  transport-wide sequence number |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+

#include <cstdint>
#include <optional>
#include <span>

namespace vc::common::rtp {

class TransportSequenceNumberExtension {
 public:
  static constexpr const char* kUri =
      "http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01";
  static constexpr size_t kValueSize = 2;

  static std::optional<uint16_t> Parse(std::span<const uint8_t> value);
  static bool Write(std::span<uint8_t> value, uint16_t sequence_number);
};

}  // namespace vc::common::rtp
