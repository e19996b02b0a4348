#include "appliance/provisioning/ServerUrl.hpp"

#include "common/util/SchemeUrl.hpp"
#include "common/util/UrlAuthority.hpp"

namespace vc::appliance::provisioning {

std::optional<ServerUrl> ServerUrl::Parse(const std::string& text, std::string* error) {
  auto fail = [&](const std::string& why) -> std::optional<ServerUrl> {
    if (error != nullptr) *error = "server URL '" + text.substr(0, 200) + "': " + why;
    return std::nullopt;
  };
  if (text.find_first_of(" \t\r\n?#@") != std::string::npos) {
    return fail("must not hold spaces, a query, a fragment or a user name");
  }
  std::string why;
  auto parts = common::util::SchemeUrl::Parse(text, "http", "https", &why);
  if (!parts) return fail(why);
  ServerUrl url;
  url.tls = parts->tls;
  url.host = std::move(parts->authority.host);
  url.port = std::move(parts->authority.port);
  url.base = std::move(parts->path);
  while (!url.base.empty() && url.base.back() == '/') url.base.pop_back();
  return url;
}

std::string ServerUrl::HostHeader() const {
  return common::util::UrlAuthority{host, port}.HostHeader();
}

std::string ServerUrl::Text() const {
  return std::string(tls ? "https://" : "http://") + HostHeader() + base;
}

}  // namespace vc::appliance::provisioning
