#pragma once
// The 72-room file and a copy with three bad rows, shared by the CSV, service and server tests.
#include <string>

#include "tests/provisioning/support/TempDir.hpp"

namespace vc::provision::test {

inline std::string Rooms72() { return ReadDataFile("rooms-72.csv"); }

// Rows 5, 31 and 60 (lines 6, 32, 61) broken in three different fields: type, mcu_url and
// projector_port.
inline std::string Rooms72WithThreeBadRows() {
  std::string csv = Rooms72();
  auto replace_in_line = [&csv](int line, const std::string& from, const std::string& to) {
    size_t pos = 0;
    for (int i = 1; i < line; ++i) pos = csv.find('\n', pos) + 1;
    const size_t end = csv.find('\n', pos);
    const size_t at = csv.find(from, pos);
    if (at == std::string::npos || at > end) throw std::runtime_error("test data changed: " + from);
    csv.replace(at, from.size(), to);
  };
  replace_in_line(6, ",conference,", ",hoi-nghi,");
  replace_in_line(32, "wss://mcu.sogd.hanoi.edu.vn:8443/ws", "http://mcu.sogd.hanoi.edu.vn/ws");
  replace_in_line(61, ",4352,", ",abc,");
  return csv;
}

}  // namespace vc::provision::test
