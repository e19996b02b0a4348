#pragma once
// Loads a recorded packet from tests/data. The root comes from VC_SOURCE_DIR (set for every test
// by CTest) or, when a test binary is run by hand, from the path compiled in by CMake.

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace vc::test {

inline std::string SourceDir() {
  if (const char* dir = std::getenv("VC_SOURCE_DIR"); dir != nullptr && *dir != '\0') return dir;
#ifdef VC_SOURCE_DIR_DEFAULT
  return VC_SOURCE_DIR_DEFAULT;
#else
  return ".";
#endif
}

// `relative` is below tests/data, e.g. "rtp/opus-audio-level-1.bin". Empty if unreadable.
inline std::vector<uint8_t> ReadTestData(const std::string& relative) {
  std::ifstream in(SourceDir() + "/tests/data/" + relative, std::ios::binary);
  if (!in) return {};
  return std::vector<uint8_t>(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace vc::test
