#pragma once
// application/x-www-form-urlencoded (the login form, query strings) and HTML escaping.
#include <map>
#include <string>
#include <string_view>

namespace vc::provision {

class FormData {
 public:
  // Bounded: at most 64 pairs; malformed %-escapes are kept literally.
  static std::map<std::string, std::string> Parse(std::string_view encoded);
  static std::string Decode(std::string_view text);
  static std::string Encode(std::string_view text);
  static std::string EscapeHtml(std::string_view text);
};

}  // namespace vc::provision
