#pragma once
// Checks on textual IP addresses, shared by the command line and ICE candidate handling.
#include <arpa/inet.h>

#include <string>

namespace vc::common::util {

// True for a numeric IPv4 or IPv6 address ("127.0.0.1", "::1"); false for names.
inline bool IsIpLiteral(const std::string& text) {
  unsigned char buffer[16];
  return inet_pton(AF_INET, text.c_str(), buffer) == 1 ||
         inet_pton(AF_INET6, text.c_str(), buffer) == 1;
}

}  // namespace vc::common::util
