#include "appliance/media/McuUrl.hpp"

#include <algorithm>
#include <cctype>

namespace vc::appliance::media {

std::optional<McuUrl> McuUrl::Parse(const std::string& text, std::string* error) {
  auto fail = [&](const std::string& why) -> std::optional<McuUrl> {
    if (error != nullptr) *error = "MCU URL '" + text + "': " + why;
    return std::nullopt;
  };
  McuUrl url;
  std::string rest;
  if (text.rfind("ws://", 0) == 0) {
    rest = text.substr(5);
  } else if (text.rfind("wss://", 0) == 0) {
    url.tls = true;
    rest = text.substr(6);
  } else {
    return fail("must start with ws:// or wss://");
  }
  const size_t slash = rest.find('/');
  std::string authority = rest.substr(0, slash);
  url.target = slash == std::string::npos ? "/ws" : rest.substr(slash);
  url.port = url.tls ? "443" : "80";
  if (!authority.empty() && authority.front() == '[') {
    const size_t close = authority.find(']');
    if (close == std::string::npos) return fail("unterminated IPv6 address");
    url.host = authority.substr(1, close - 1);
    const std::string after = authority.substr(close + 1);
    if (!after.empty()) {
      if (after.front() != ':') return fail("junk after the IPv6 address");
      url.port = after.substr(1);
    }
  } else {
    const size_t colon = authority.find(':');
    url.host = authority.substr(0, colon);
    if (colon != std::string::npos) url.port = authority.substr(colon + 1);
  }
  if (url.host.empty()) return fail("no host");
  const bool digits = !url.port.empty() && url.port.size() <= 5 &&
                      std::all_of(url.port.begin(), url.port.end(),
                                  [](unsigned char c) { return std::isdigit(c) != 0; });
  if (!digits || std::stoi(url.port) == 0 || std::stoi(url.port) > 65535) {
    return fail("bad port '" + url.port + "'");
  }
  return url;
}

std::string McuUrl::HostHeader() const {
  const bool ipv6 = host.find(':') != std::string::npos;
  return (ipv6 ? "[" + host + "]" : host) + ":" + port;
}

}  // namespace vc::appliance::media
