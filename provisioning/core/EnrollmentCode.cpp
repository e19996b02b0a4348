#include "provisioning/core/EnrollmentCode.hpp"

#include <cctype>

#include "provisioning/core/Crypto.hpp"

namespace vc::provision {

std::string EnrollmentCode::Generate() {
  std::string out;
  // 256 is not a multiple of the alphabet size: reject the bytes past the last whole multiple.
  const unsigned limit = 256 - 256 % kAlphabet.size();
  while (out.size() < kLength + 1) {
    for (unsigned char byte : crypto::RandomBytes(16)) {
      if (byte >= limit) continue;
      if (out.size() == 4) out += '-';
      if (out.size() == kLength + 1) break;
      out += kAlphabet[byte % kAlphabet.size()];
    }
  }
  return out;
}

std::optional<std::string> EnrollmentCode::Normalize(std::string_view input) {
  std::string chars;
  for (size_t i = 0; i < input.size(); ++i) {
    const char c = input[i];
    if (c == '-' && i == 4 && input.size() == kLength + 1) continue;
    const char upper = char(std::toupper(static_cast<unsigned char>(c)));
    if (kAlphabet.find(upper) == std::string_view::npos) return std::nullopt;
    chars += upper;
  }
  if (chars.size() != kLength) return std::nullopt;
  return chars.substr(0, 4) + "-" + chars.substr(4);
}

}  // namespace vc::provision
