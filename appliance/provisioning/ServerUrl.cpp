#include "appliance/provisioning/ServerUrl.hpp"

#include "common/util/UrlAuthority.hpp"

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
  std::string why;
  auto authority_part = common::util::UrlAuthority::Parse(authority, url.tls ? "443" : "80", &why);
  if (!authority_part) return fail(why);
  url.host = std::move(authority_part->host);
  url.port = std::move(authority_part->port);
  return url;
}

std::string ServerUrl::HostHeader() const {
  return common::util::UrlAuthority{host, port}.HostHeader();
}

std::string ServerUrl::Text() const {
  return std::string(tls ? "https://" : "http://") + HostHeader() + base;
}

}  // namespace vc::appliance::provisioning
