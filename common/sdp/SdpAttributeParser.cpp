#include "common/sdp/SdpAttributeParser.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>

#include "common/sdp/SdpError.hpp"
#include "common/sdp/SdpText.hpp"

namespace vc::common::sdp::attribute {
namespace {

constexpr size_t kMaxToken = 256;

bool IsIceChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '+' || c == '/';
}

// RFC 8866 token-char: visible ASCII except the separators below.
bool IsTokenChar(char c) {
  auto u = static_cast<unsigned char>(c);
  return u > 0x20 && u < 0x7f && std::strchr("\"(),/:;<=>?@[\\]{}", c) == nullptr;
}

bool IsToken(std::string_view text) {
  return !text.empty() && text.size() <= kMaxToken &&
         std::all_of(text.begin(), text.end(), IsTokenChar);
}

[[noreturn]] void Fail(size_t line, std::string_view name, std::string_view what) {
  throw SdpError(line, "a=" + std::string(name) + ": " + std::string(what));
}

uint8_t RequirePayloadType(std::string_view text, std::string_view name, size_t line) {
  auto pt = ParsePayloadType(text);
  if (!pt) Fail(line, name, "payload type '" + std::string(text.substr(0, 16)) + "' is not 0-127");
  return *pt;
}

}  // namespace

Group ParseGroup(std::string_view value, size_t line) {
  auto tokens = SplitWhitespace(value);
  if (tokens.empty() || !IsToken(tokens[0])) Fail(line, "group", "expected <semantics> <mid>...");
  Group group{std::string(tokens[0]), {}};
  for (size_t i = 1; i < tokens.size(); ++i) {
    if (!IsToken(tokens[i])) Fail(line, "group", "a mid is not a token");
    group.mids.emplace_back(tokens[i]);
  }
  return group;
}

Fingerprint ParseFingerprint(std::string_view value, size_t line) {
  auto tokens = SplitWhitespace(value);
  if (tokens.size() != 2 || !IsToken(tokens[0]))
    Fail(line, "fingerprint", "expected <algorithm> <hex>");
  bool hex =
      tokens[1].size() <= 3 * 64 && std::all_of(tokens[1].begin(), tokens[1].end(), [](char c) {
        return std::isxdigit(static_cast<unsigned char>(c)) != 0 || c == ':';
      });
  if (!hex) Fail(line, "fingerprint", "value must be hex bytes separated by ':'");
  return Fingerprint{ToLower(tokens[0]), std::string(tokens[1])};
}

SetupRole ParseSetup(std::string_view value, size_t line) {
  auto role = SetupRoleFromString(TrimWhitespace(value));
  if (!role) Fail(line, "setup", "expected actpass, active, passive or holdconn");
  return *role;
}

std::string ParseIceCredential(std::string_view value, std::string_view name, size_t line) {
  value = TrimWhitespace(value);
  if (value.empty() || value.size() > kMaxToken ||
      !std::all_of(value.begin(), value.end(), IsIceChar)) {
    Fail(line, name, "expected 1-256 letters, digits, '+' or '/'");
  }
  return std::string(value);
}

std::vector<std::string> ParseIceOptions(std::string_view value) {
  std::vector<std::string> options;
  for (auto token : SplitWhitespace(value)) options.emplace_back(token);
  return options;
}

std::string ParseMid(std::string_view value, size_t line) {
  value = TrimWhitespace(value);
  if (!IsToken(value) || value.size() > 255)
    Fail(line, "mid", "expected a token of 1-255 characters");
  return std::string(value);
}

RtpMap ParseRtpMap(std::string_view value, size_t line) {
  auto tokens = SplitWhitespace(value);
  if (tokens.size() != 2)
    Fail(line, "rtpmap", "expected <pt> <encoding>/<clock rate>[/<channels>]");
  RtpMap map;
  map.payload_type = RequirePayloadType(tokens[0], "rtpmap", line);
  auto [encoding, rest, has_rate] = SplitOnce(tokens[1], '/');
  auto [rate, channels, has_channels] = SplitOnce(rest, '/');
  auto clock_rate = ParseUnsigned<uint32_t>(rate);
  if (!IsToken(encoding) || !has_rate || !clock_rate || *clock_rate == 0) {
    Fail(line, "rtpmap", "expected <encoding>/<clock rate>");
  }
  map.encoding = std::string(encoding);
  map.clock_rate = *clock_rate;
  if (has_channels) {
    map.channels = ParseUnsigned<uint32_t>(channels, 255);
    if (!map.channels || *map.channels == 0) Fail(line, "rtpmap", "channels must be 1-255");
  }
  return map;
}

Fmtp ParseFmtp(std::string_view value, size_t line) {
  auto [pt, parameters, found] = SplitOnce(TrimWhitespace(value), ' ');
  return Fmtp{RequirePayloadType(pt, "fmtp", line), std::string(TrimWhitespace(parameters))};
}

RtcpFeedback ParseRtcpFeedback(std::string_view value, size_t line) {
  auto [pt, rest, found] = SplitOnce(TrimWhitespace(value), ' ');
  auto [type, subtype, has_subtype] = SplitOnce(TrimWhitespace(rest), ' ');
  if (!IsToken(type)) Fail(line, "rtcp-fb", "expected <pt|*> <type> [<subtype>]");
  RtcpFeedback fb;
  if (pt != "*") fb.payload_type = RequirePayloadType(pt, "rtcp-fb", line);
  fb.type = std::string(type);
  fb.subtype = std::string(TrimWhitespace(subtype));
  return fb;
}

ExtMap ParseExtMap(std::string_view value, size_t line) {
  auto tokens = SplitWhitespace(value);
  if (tokens.size() < 2) Fail(line, "extmap", "expected <id>[/<direction>] <uri>");
  ExtMap extmap;
  auto [id, direction, has_direction] = SplitOnce(tokens[0], '/');
  auto parsed_id = ParseUnsigned<uint16_t>(id, 255);
  if (!parsed_id || *parsed_id == 0) Fail(line, "extmap", "id must be 1-255");
  extmap.id = *parsed_id;
  if (has_direction) {
    extmap.direction = DirectionFromString(direction);
    if (!extmap.direction) Fail(line, "extmap", "unknown direction");
  }
  if (tokens[1].size() > kMaxToken) Fail(line, "extmap", "URI too long");
  extmap.uri = std::string(tokens[1]);
  size_t attributes_at = static_cast<size_t>(tokens[1].data() + tokens[1].size() - value.data());
  extmap.attributes = std::string(TrimWhitespace(value.substr(attributes_at)));
  return extmap;
}

SsrcAttribute ParseSsrc(std::string_view value, size_t line) {
  auto [ssrc, rest, found] = SplitOnce(TrimWhitespace(value), ' ');
  auto parsed = ParseUnsigned<uint32_t>(ssrc);
  auto [attribute, attribute_value, has_value] = SplitOnce(TrimWhitespace(rest), ':');
  if (!parsed || !IsToken(attribute)) Fail(line, "ssrc", "expected <ssrc> <attribute>[:<value>]");
  return SsrcAttribute{*parsed, std::string(attribute), std::string(attribute_value)};
}

SsrcGroup ParseSsrcGroup(std::string_view value, size_t line) {
  auto tokens = SplitWhitespace(value);
  if (tokens.size() < 2 || !IsToken(tokens[0]))
    Fail(line, "ssrc-group", "expected <semantics> <ssrc>...");
  SsrcGroup group{std::string(tokens[0]), {}};
  for (size_t i = 1; i < tokens.size(); ++i) {
    auto ssrc = ParseUnsigned<uint32_t>(tokens[i]);
    if (!ssrc) Fail(line, "ssrc-group", "an SSRC is not a 32-bit number");
    group.ssrcs.push_back(*ssrc);
  }
  return group;
}

Msid ParseMsid(std::string_view value, size_t line) {
  auto tokens = SplitWhitespace(value);
  if (tokens.empty() || tokens.size() > 2) Fail(line, "msid", "expected <stream id> [<track id>]");
  return Msid{std::string(tokens[0]), tokens.size() == 2 ? std::string(tokens[1]) : std::string()};
}

IceCandidate ParseCandidate(std::string_view value, size_t line) {
  auto candidate = ParseIceCandidate(value);
  if (!candidate) Fail(line, "candidate", "malformed ICE candidate");
  return std::move(*candidate);
}

}  // namespace vc::common::sdp::attribute
