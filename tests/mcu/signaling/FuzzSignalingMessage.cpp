// libFuzzer target: any bytes as a signaling message must parse or be refused with a code.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "mcu/signaling/SignalingMessages.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  try {
    vc::mcu::signaling::ParseRequest(std::string_view(reinterpret_cast<const char*>(data), size));
  } catch (const vc::mcu::signaling::SignalingError&) {
  }
  return 0;
}
