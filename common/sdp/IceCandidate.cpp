#include "common/sdp/IceCandidate.hpp"

#include <algorithm>
#include <cctype>

#include "common/sdp/SdpText.hpp"

namespace vc::common::sdp {
namespace {

constexpr size_t kMaxFoundation = 32;  // RFC 8445 §5.1.1.3
constexpr size_t kMaxToken = 256;
constexpr size_t kMaxExtensions = 32;

bool IsIceChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '+' || c == '/';
}

// Printable, no spaces: the shape of every field after SplitWhitespace, minus control bytes.
bool IsPrintableToken(std::string_view token) {
  return !token.empty() && token.size() <= kMaxToken &&
         std::all_of(token.begin(), token.end(), [](char c) {
           auto u = static_cast<unsigned char>(c);
           return u > 0x20 && u < 0x7f;
         });
}

std::string_view StripPrefixes(std::string_view text) {
  while (!text.empty() && (text.back() == '\r' || text.back() == '\n')) text.remove_suffix(1);
  text = TrimWhitespace(text);
  if (text.substr(0, 2) == "a=") text.remove_prefix(2);
  if (text.size() >= 10 && EqualsIgnoreCase(text.substr(0, 10), "candidate:"))
    text.remove_prefix(10);
  return text;
}

bool ApplyExtension(IceCandidate& c, std::string_view name, std::string_view value) {
  if (!IsPrintableToken(name) || !IsPrintableToken(value)) return false;
  if (name == "raddr") {
    c.related_address = std::string(value);
  } else if (name == "rport") {
    c.related_port = ParseUnsigned<uint16_t>(value);
    if (!c.related_port) return false;
  } else if (name == "tcptype") {
    c.tcp_type = std::string(value);
  } else if (name == "generation") {
    c.generation = ParseUnsigned<uint32_t>(value);
    if (!c.generation) return false;
  } else {
    if (c.extensions.size() >= kMaxExtensions) return false;
    c.extensions.emplace_back(name, value);
  }
  return true;
}

}  // namespace

std::optional<IceCandidate> ParseIceCandidate(std::string_view text) {
  auto fields = SplitWhitespace(StripPrefixes(text));
  if (fields.size() < 8 || fields[6] != "typ" || (fields.size() - 8) % 2 != 0) return std::nullopt;

  IceCandidate c;
  if (fields[0].size() > kMaxFoundation ||
      !std::all_of(fields[0].begin(), fields[0].end(), IsIceChar)) {
    return std::nullopt;
  }
  c.foundation = std::string(fields[0]);
  auto component = ParseUnsigned<uint32_t>(fields[1], 256);
  auto priority = ParseUnsigned<uint32_t>(fields[3]);
  auto port = ParseUnsigned<uint16_t>(fields[5]);
  if (!component || *component == 0 || !priority || !port) return std::nullopt;
  if (!IsPrintableToken(fields[2]) || !IsPrintableToken(fields[4]) ||
      !IsPrintableToken(fields[7])) {
    return std::nullopt;
  }
  c.component = *component;
  c.transport = std::string(fields[2]);
  c.priority = *priority;
  c.address = std::string(fields[4]);
  c.port = *port;
  c.type = std::string(fields[7]);
  for (size_t i = 8; i + 1 < fields.size(); i += 2) {
    if (!ApplyExtension(c, fields[i], fields[i + 1])) return std::nullopt;
  }
  return c;
}

std::string WriteIceCandidate(const IceCandidate& c) {
  std::string out = "candidate:" + c.foundation + " " + std::to_string(c.component) + " " +
                    c.transport + " " + std::to_string(c.priority) + " " + c.address + " " +
                    std::to_string(c.port) + " typ " + c.type;
  if (c.related_address) out += " raddr " + *c.related_address;
  if (c.related_port) out += " rport " + std::to_string(*c.related_port);
  if (c.tcp_type) out += " tcptype " + *c.tcp_type;
  if (c.generation) out += " generation " + std::to_string(*c.generation);
  for (const auto& [name, value] : c.extensions) out += " " + name + " " + value;
  return out;
}

}  // namespace vc::common::sdp
