#include "appliance/provisioning/ServerUrl.hpp"

#include <algorithm>
#include <cctype>

namespace vc::appliance::provisioning {

std::optional<ServerUrl> ServerUrl::Parse(const std::string& text, std::string* error) {
  auto fail = [&](const std::string& why) -> std::optional<ServerUrl> {
    if (error != nullptr) *error = "server URL '" + text.substr(0, 200) + "': " + why;
    return std::nullopt;
  };
  ServerUrl url;
  std::string rest;
  if (text.rfind("http://", 0) == 0) {
    rest = text.substr(7);
  } else if (text.rfind("https://", 0) == 0) {
    url.tls = true;
    rest = text.substr(8);
  } else {
    return fail("must start with http:// or https://");
  }
  if (rest.find_first_of(" \t\r\n?#@") != std::string::npos) {
    return fail("must not hold spaces, a query, a fragment or a user name");
  }
  const size_t slash = rest.find('/');
  const std::string authority = rest.substr(0, slash);
  url.base = slash == std::string::npos ? "" : rest.substr(slash);
  while (!url.base.empty() && url.base.back() == '/') url.base.pop_back();
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

std::string ServerUrl::HostHeader() const {
  const bool ipv6 = host.find(':') != std::string::npos;
  return (ipv6 ? "[" + host + "]" : host) + ":" + port;
}

std::string ServerUrl::Text() const {
  return std::string(tls ? "https://" : "http://") + HostHeader() + base;
}

}  // namespace vc::appliance::provisioning
