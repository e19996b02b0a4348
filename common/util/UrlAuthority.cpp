#include "common/util/UrlAuthority.hpp"

#include <algorithm>
#include <cctype>

namespace vc::common::util {

std::optional<UrlAuthority> UrlAuthority::Parse(std::string_view text,
                                                std::string_view default_port, std::string* why) {
  auto fail = [&](std::string reason) -> std::optional<UrlAuthority> {
    if (why != nullptr) *why = std::move(reason);
    return std::nullopt;
  };
  UrlAuthority authority{"", std::string(default_port)};
  if (!text.empty() && text.front() == '[') {
    const size_t close = text.find(']');
    if (close == std::string_view::npos) return fail("unterminated IPv6 address");
    authority.host = std::string(text.substr(1, close - 1));
    const std::string_view after = text.substr(close + 1);
    if (!after.empty()) {
      if (after.front() != ':') return fail("junk after the IPv6 address");
      authority.port = std::string(after.substr(1));
    }
  } else {
    const size_t colon = text.find(':');
    authority.host = std::string(text.substr(0, colon));
    if (colon != std::string_view::npos) authority.port = std::string(text.substr(colon + 1));
  }
  if (authority.host.empty()) return fail("no host");
  const std::string& port = authority.port;
  const bool digits = !port.empty() && port.size() <= 5 &&
                      std::all_of(port.begin(), port.end(),
                                  [](unsigned char c) { return std::isdigit(c) != 0; });
  if (!digits || std::stoi(port) == 0 || std::stoi(port) > 65535) {
    return fail("bad port '" + port.substr(0, 16) + "'");
  }
  return authority;
}

std::string UrlAuthority::HostHeader() const {
  const bool ipv6 = host.find(':') != std::string::npos;
  return (ipv6 ? "[" + host + "]" : host) + ":" + port;
}

}  // namespace vc::common::util
