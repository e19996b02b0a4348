#pragma once
// Small text helpers shared by the SDP parser, the candidate parser and the writer. Every parse
// consumes the whole token and checks its range, so "12x" or "70000" as a port are refused.
#include <charconv>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vc::common::sdp {

// Tokens separated by runs of spaces or tabs; no empty tokens.
std::vector<std::string_view> SplitWhitespace(std::string_view text);
// Splits at the first occurrence of separator; second is empty (and found false) if absent.
struct SplitResult {
  std::string_view first;
  std::string_view second;
  bool found = false;
};
SplitResult SplitOnce(std::string_view text, char separator);
std::string_view TrimWhitespace(std::string_view text);
bool EqualsIgnoreCase(std::string_view a, std::string_view b);
std::string ToLower(std::string_view text);

// A decimal number of type T (unsigned) that is the whole of text, within [0, max].
template <typename T>
std::optional<T> ParseUnsigned(std::string_view text, T max = std::numeric_limits<T>::max()) {
  if (text.empty() || text.size() > 20) return std::nullopt;
  uint64_t value = 0;
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc() || ptr != end || value > static_cast<uint64_t>(max)) return std::nullopt;
  return static_cast<T>(value);
}

// RTP payload types are 7 bits (RFC 3550).
inline std::optional<uint8_t> ParsePayloadType(std::string_view text) {
  return ParseUnsigned<uint8_t>(text, 127);
}

}  // namespace vc::common::sdp
