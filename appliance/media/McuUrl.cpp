#include "appliance/media/McuUrl.hpp"

#include "common/util/UrlAuthority.hpp"

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
  std::string why;
  auto authority_part = common::util::UrlAuthority::Parse(authority, url.tls ? "443" : "80", &why);
  if (!authority_part) return fail(why);
  url.host = std::move(authority_part->host);
  url.port = std::move(authority_part->port);
  return url;
}

std::string McuUrl::HostHeader() const {
  return common::util::UrlAuthority{host, port}.HostHeader();
}

}  // namespace vc::appliance::media
