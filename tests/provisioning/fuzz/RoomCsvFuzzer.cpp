// libFuzzer: RoomCsv::Read on arbitrary bytes (a technician's CSV upload) must never crash, and
// what it accepts must write back and read again to the same rooms.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "provisioning/csv/RoomCsv.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using vc::provision::RoomCsv;
  const auto result = RoomCsv::Read(std::string_view(reinterpret_cast<const char*>(data), size));
  if (result.errors.empty() && !result.rooms.empty()) {
    const std::string written = RoomCsv::Write(result.rooms);
    const auto again = RoomCsv::Read(written);
    if (!again.errors.empty() || RoomCsv::Write(again.rooms) != written) std::abort();
  }
  return 0;
}
