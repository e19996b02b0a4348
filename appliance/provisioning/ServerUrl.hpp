#pragma once
// http(s)://HOST[:PORT][/BASE] as the room gets vc-provision's address (--server, the
// configuration's provisioning.server).
#include <optional>
#include <string>

namespace vc::appliance::provisioning {

struct ServerUrl {
  bool tls = false;
  std::string host;  // without brackets for IPv6 literals
  std::string port;  // "80" / "443" when not given
  std::string base;  // "" or "/prefix" (no trailing slash), put before /api/v1/...

  // nullopt with `error` (one sentence) when `text` is not such a URL.
  static std::optional<ServerUrl> Parse(const std::string& text, std::string* error);
  std::string HostHeader() const;  // "host:port", IPv6 in brackets
  std::string Text() const;        // back to http(s)://...
};

}  // namespace vc::appliance::provisioning
