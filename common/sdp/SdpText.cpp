#include "common/sdp/SdpText.hpp"

#include <algorithm>
#include <cctype>

namespace vc::common::sdp {
namespace {
bool IsBlank(char c) { return c == ' ' || c == '\t'; }
char Lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }
}  // namespace

std::vector<std::string_view> SplitWhitespace(std::string_view text) {
  std::vector<std::string_view> tokens;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && IsBlank(text[i])) ++i;
    size_t start = i;
    while (i < text.size() && !IsBlank(text[i])) ++i;
    if (i > start) tokens.push_back(text.substr(start, i - start));
  }
  return tokens;
}

SplitResult SplitOnce(std::string_view text, char separator) {
  size_t pos = text.find(separator);
  if (pos == std::string_view::npos) return {text, {}, false};
  return {text.substr(0, pos), text.substr(pos + 1), true};
}

std::string_view TrimWhitespace(std::string_view text) {
  while (!text.empty() && IsBlank(text.front())) text.remove_prefix(1);
  while (!text.empty() && IsBlank(text.back())) text.remove_suffix(1);
  return text;
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(),
                                            [](char x, char y) { return Lower(x) == Lower(y); });
}

std::string ToLower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), Lower);
  return out;
}

}  // namespace vc::common::sdp
