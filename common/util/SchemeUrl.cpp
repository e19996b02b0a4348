#include "common/util/SchemeUrl.hpp"

namespace vc::common::util {

namespace {

// "ws" + "://" at the front of `text`: what follows it.
std::optional<std::string_view> AfterScheme(std::string_view text, std::string_view scheme) {
  if (text.size() < scheme.size() + 3 || text.substr(0, scheme.size()) != scheme ||
      text.substr(scheme.size(), 3) != "://") {
    return std::nullopt;
  }
  return text.substr(scheme.size() + 3);
}

}  // namespace

std::optional<SchemeUrl> SchemeUrl::Parse(std::string_view text, std::string_view plain_scheme,
                                          std::string_view secure_scheme, std::string* why) {
  SchemeUrl url;
  std::optional<std::string_view> rest = AfterScheme(text, plain_scheme);
  if (!rest) {
    rest = AfterScheme(text, secure_scheme);
    url.tls = rest.has_value();
  }
  if (!rest) {
    if (why != nullptr) {
      *why = "must start with " + std::string(plain_scheme) + ":// or " + std::string(secure_scheme) + "://";
    }
    return std::nullopt;
  }
  const size_t slash = rest->find('/');
  const std::string_view authority = rest->substr(0, slash);
  if (slash != std::string_view::npos) url.path = std::string(rest->substr(slash));
  auto parsed = UrlAuthority::Parse(authority, url.tls ? "443" : "80", why);
  if (!parsed) return std::nullopt;
  url.authority = std::move(*parsed);
  return url;
}

}  // namespace vc::common::util
