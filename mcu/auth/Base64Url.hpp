#pragma once
// base64url without padding (RFC 4648 section 5), as the signed join tokens use it.
#include <optional>
#include <string>
#include <string_view>

namespace vc::mcu::auth {

std::string Base64UrlEncode(std::string_view bytes);
// nullopt for any character outside [A-Za-z0-9_-], padding, a length of 4n+1, or non-zero
// unused bits in the last character (so that every byte string has exactly one spelling).
std::optional<std::string> Base64UrlDecode(std::string_view text);

}  // namespace vc::mcu::auth
