#pragma once
// The HOST[:PORT] part of a URL, as the room's ws(s):// MCU address and http(s):// provisioning
// address both carry it: IPv6 literals in brackets, a port of 1-65535. One parser for both.
#include <optional>
#include <string>
#include <string_view>

namespace vc::common::util {

struct UrlAuthority {
  std::string host;  // without brackets for IPv6 literals
  std::string port;  // the default when the authority names none

  // nullopt with `why` (a few words, no full stop) when `text` is no such authority.
  static std::optional<UrlAuthority> Parse(std::string_view text, std::string_view default_port,
                                           std::string* why);
  // "host:port", an IPv6 host in brackets (an HTTP Host header, or a URL's authority again).
  std::string HostHeader() const;
};

}  // namespace vc::common::util
