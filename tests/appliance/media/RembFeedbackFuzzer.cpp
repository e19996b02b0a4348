// libFuzzer: the feedback webrtcbin's RTP session hands RembReceiver (type, format, SSRCs, FCI)
// is the MCU's RTCP, i.e. network input. Byte 0 picks the format, the rest is the FCI.
#include <cstddef>
#include <cstdint>
#include <span>

#include "appliance/media/RembReceiver.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const unsigned format = data[0] & 0x1f;
  (void)vc::appliance::media::RembReceiver::ParseRemb(206, format, 1, 0,
                                                      std::span<const uint8_t>(data + 1, size - 1));
  return 0;
}
