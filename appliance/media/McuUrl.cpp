#include "appliance/media/McuUrl.hpp"

#include "common/util/SchemeUrl.hpp"

namespace vc::appliance::media {

std::optional<McuUrl> McuUrl::Parse(const std::string& text, std::string* error) {
  auto fail = [&](const std::string& why) -> std::optional<McuUrl> {
    if (error != nullptr) *error = "MCU URL '" + text + "': " + why;
    return std::nullopt;
  };
  std::string why;
  auto parts = common::util::SchemeUrl::Parse(text, "ws", "wss", &why);
  if (!parts) return fail(why);
  McuUrl url;
  url.tls = parts->tls;
  url.host = std::move(parts->authority.host);
  url.port = std::move(parts->authority.port);
  url.target = parts->path.empty() ? "/ws" : std::move(parts->path);
  return url;
}

std::string McuUrl::HostHeader() const {
  return common::util::UrlAuthority{host, port}.HostHeader();
}

}  // namespace vc::appliance::media
