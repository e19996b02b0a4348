#pragma once
// Reads the recorded SDPs under tests/data/sdp (real Chromium 156 and GStreamer 1.22 offers).
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

namespace vc::test {

inline std::string ReadSdpFile(const std::string& name) {
  std::ifstream in(std::string(VC_TEST_DATA_DIR) + "/sdp/" + name, std::ios::binary);
  if (!in) throw std::runtime_error("missing test data " + name);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// text with every CRLF turned into LF.
inline std::string ToLf(std::string text) {
  std::string out;
  for (char c : text) {
    if (c != '\r') out += c;
  }
  return out;
}

}  // namespace vc::test
