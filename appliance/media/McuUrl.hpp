#pragma once
// ws://HOST[:PORT][/PATH] or wss://... as the room configuration gives the MCU's address.
#include <optional>
#include <string>

namespace vc::appliance::media {

struct McuUrl {
  bool tls = false;
  std::string host;    // without brackets for IPv6 literals
  std::string port;    // "80" / "443" when not given
  std::string target;  // "/ws" when not given

  // nullopt with `error` set when `text` is not such a URL.
  static std::optional<McuUrl> Parse(const std::string& text, std::string* error);
  std::string HostHeader() const;  // "host:port", IPv6 in brackets
};

}  // namespace vc::appliance::media
