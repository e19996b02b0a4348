#pragma once
// SCHEME://HOST[:PORT][/PATH] where the scheme is one of a plain/secure pair (ws/wss, http/https):
// the part the room's MCU address and its provisioning address share. Each caller keeps its own
// rules for the path and its own wording of errors.
#include <optional>
#include <string>
#include <string_view>

#include "common/util/UrlAuthority.hpp"

namespace vc::common::util {

struct SchemeUrl {
  bool tls = false;         // the secure scheme of the pair
  UrlAuthority authority;   // port defaults to 80 / 443
  std::string path;         // "" or from the first '/' on, as written

  // nullopt with `why` (a few words, no full stop) when `text` is no such URL.
  static std::optional<SchemeUrl> Parse(std::string_view text, std::string_view plain_scheme,
                                        std::string_view secure_scheme, std::string* why);
};

}  // namespace vc::common::util
