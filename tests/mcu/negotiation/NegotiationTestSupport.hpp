#pragma once
// Shared inputs of the negotiation tests: our fixed local parameters and line helpers.
#include <string>
#include <vector>

#include "mcu/negotiation/Negotiation.hpp"

namespace vc::mcu::negotiation::test {

inline LocalParameters TestLocal() {
  LocalParameters local;
  local.ice_ufrag = "mcuU";
  local.ice_pwd = "mcupasswordmcupassword12";
  local.fingerprint_sha256 =
      "5E:6F:0A:12:34:56:78:9A:BC:DE:F0:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:01:02:03:"
      "04:05";
  local.cname = "vc-mcu";
  local.audio_ssrc = 1111;
  local.video_ssrc = 2222;
  local.video_rtx_ssrc = 3333;
  local.address = "127.0.0.1";
  return local;
}

// The lines of an SDP without their CRLF (fails on a bare LF: answers are CRLF throughout).
inline std::vector<std::string> Lines(const std::string& sdp) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < sdp.size()) {
    size_t end = sdp.find("\r\n", start);
    if (end == std::string::npos) {
      lines.push_back("<unterminated>" + sdp.substr(start));
      break;
    }
    lines.push_back(sdp.substr(start, end - start));
    start = end + 2;
  }
  return lines;
}

// offer with every line that starts with prefix removed.
inline std::string WithoutLines(const std::string& offer, const std::string& prefix) {
  std::string out;
  for (const auto& line : Lines(offer)) {
    if (line.rfind(prefix, 0) != 0) out += line + "\r\n";
  }
  return out;
}

// offer with every occurrence of from replaced by to.
inline std::string Replace(std::string offer, const std::string& from, const std::string& to) {
  for (size_t pos = offer.find(from); pos != std::string::npos;
       pos = offer.find(from, pos + to.size())) {
    offer.replace(pos, from.size(), to);
  }
  return offer;
}

}  // namespace vc::mcu::negotiation::test
