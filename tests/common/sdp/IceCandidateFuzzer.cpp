// libFuzzer target: ParseIceCandidate must never crash, and what it accepts must survive
// WriteIceCandidate -> ParseIceCandidate unchanged.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "common/sdp/IceCandidate.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto candidate = vc::common::sdp::ParseIceCandidate(text);
  if (!candidate) return 0;
  std::string written = vc::common::sdp::WriteIceCandidate(*candidate);
  auto again = vc::common::sdp::ParseIceCandidate(written);
  if (!again || vc::common::sdp::WriteIceCandidate(*again) != written) __builtin_trap();
  return 0;
}
