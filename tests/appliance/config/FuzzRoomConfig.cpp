// libFuzzer target: any bytes as a room configuration (a file, or a configuration a provisioning
// server sent) must parse or be refused with one ConfigError line, never crash.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "appliance/config/ConfigError.hpp"
#include "appliance/config/RoomConfigParser.hpp"
#include "appliance/config/RoomConfigWriter.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  namespace a = vc::appliance;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    a::RoomConfigToJson(a::ParseRoomConfigText(text, "fuzz.json"));
  } catch (const a::ConfigError&) {
  }
  return 0;
}
