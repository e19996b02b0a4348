#include "common/sdp/SdpParser.hpp"

#include <algorithm>
#include <functional>
#include <unordered_map>

#include "common/sdp/SdpAttributeParser.hpp"
#include "common/sdp/SdpError.hpp"
#include "common/sdp/SdpText.hpp"

namespace vc::common::sdp {
namespace {

// Transport attributes that may appear at session or media level; media-level wins (RFC 8839,
// RFC 8122, RFC 4145). Held separately while parsing so "absent" and "inherited" differ.
struct TransportAttributes {
  std::string ice_ufrag;
  std::string ice_pwd;
  std::vector<std::string> ice_options;
  std::vector<Fingerprint> fingerprints;
  std::optional<SetupRole> setup;
  std::optional<Direction> direction;
};

class Parser {
 public:
  SessionDescription Parse(std::string_view text);

 private:
  void ParseLine(char type, std::string_view value);
  void ParseOrigin(std::string_view value);
  std::string ParseConnection(std::string_view value) const;
  void StartMedia(std::string_view value);
  // True when name is a transport attribute (stored into transport).
  bool ParseTransportAttribute(std::string_view name, std::string_view value,
                               TransportAttributes& transport) const;
  void ParseSessionAttribute(std::string_view name, std::string_view value);
  void ParseMediaAttribute(std::string_view name, std::string_view value);
  void FinishMedia();

  SessionDescription session_;
  TransportAttributes session_transport_;
  TransportAttributes media_transport_;
  bool in_media_ = false;
  bool has_origin_ = false;
  size_t line_ = 0;
};

SessionDescription Parser::Parse(std::string_view text) {
  if (text.size() > kMaxSdpBytes) throw SdpError(0, "SDP larger than 256 KiB");
  bool seen_version = false;
  while (!text.empty()) {
    ++line_;
    size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;
    if (line.size() < 2 || line[1] != '=' || line[0] < 'a' || line[0] > 'z') {
      throw SdpError(line_, "expected <type>=<value>");
    }
    if (!seen_version) {
      if (line != "v=0") throw SdpError(line_, "an SDP starts with v=0");
      seen_version = true;
      continue;
    }
    ParseLine(line[0], line.substr(2));
  }
  if (!seen_version) throw SdpError(0, "empty SDP");
  if (!has_origin_) throw SdpError(0, "missing o= line");
  if (in_media_) FinishMedia();
  session_.ice_ufrag = session_transport_.ice_ufrag;
  session_.ice_pwd = session_transport_.ice_pwd;
  session_.ice_options = session_transport_.ice_options;
  session_.fingerprints = session_transport_.fingerprints;
  session_.setup = session_transport_.setup;
  session_.direction = session_transport_.direction;
  return std::move(session_);
}

void Parser::ParseLine(char type, std::string_view value) {
  switch (type) {
    case 'v':
      throw SdpError(line_, "a second v= line");
    case 'o':
      if (in_media_) throw SdpError(line_, "o= inside a media section");
      ParseOrigin(value);
      return;
    case 's':
      if (!in_media_) session_.session_name = std::string(value);
      return;
    case 't':
      if (!in_media_) session_.timing = std::string(TrimWhitespace(value));
      return;
    case 'c':
      if (in_media_) {
        session_.media.back().connection_address = ParseConnection(value);
      } else {
        session_.connection_address = ParseConnection(value);
      }
      return;
    case 'm':
      StartMedia(value);
      return;
    case 'a': {
      auto [name, attribute_value, has_value] = SplitOnce(value, ':');
      if (name.empty()) throw SdpError(line_, "empty attribute name");
      if (in_media_) {
        ParseMediaAttribute(name, attribute_value);
      } else {
        ParseSessionAttribute(name, attribute_value);
      }
      return;
    }
    default:
      return;  // i=, u=, e=, p=, b=, r=, z=, k=: nothing we use
  }
}

void Parser::ParseOrigin(std::string_view value) {
  auto tokens = SplitWhitespace(value);
  if (tokens.size() != 6) throw SdpError(line_, "o= needs 6 fields");
  session_.origin = Origin{std::string(tokens[0]), std::string(tokens[1]), std::string(tokens[2]),
                           std::string(tokens[3]), std::string(tokens[4]), std::string(tokens[5])};
  has_origin_ = true;
}

std::string Parser::ParseConnection(std::string_view value) const {
  auto tokens = SplitWhitespace(value);
  if (tokens.size() != 3 || tokens[0] != "IN" || (tokens[1] != "IP4" && tokens[1] != "IP6")) {
    throw SdpError(line_, "expected c=IN IP4|IP6 <address>");
  }
  return std::string(tokens[2]);
}

void Parser::StartMedia(std::string_view value) {
  if (in_media_) FinishMedia();
  if (session_.media.size() >= kMaxMediaSections) throw SdpError(line_, "too many m= sections");
  auto tokens = SplitWhitespace(value);
  if (tokens.size() < 4) throw SdpError(line_, "expected m=<media> <port> <proto> <fmt>...");
  MediaDescription media;
  media.kind = std::string(tokens[0]);
  auto [port_text, count, has_count] = SplitOnce(tokens[1], '/');
  auto port = ParseUnsigned<uint16_t>(port_text);
  if (!port || (has_count && !ParseUnsigned<uint16_t>(count))) throw SdpError(line_, "bad m= port");
  media.port = *port;
  media.protocol = std::string(tokens[2]);
  for (size_t i = 3; i < tokens.size(); ++i) media.formats.emplace_back(tokens[i]);
  session_.media.push_back(std::move(media));
  media_transport_ = TransportAttributes{};
  in_media_ = true;
}

bool Parser::ParseTransportAttribute(std::string_view name, std::string_view value,
                                     TransportAttributes& transport) const {
  if (name == "ice-ufrag") {
    transport.ice_ufrag = attribute::ParseIceCredential(value, name, line_);
  } else if (name == "ice-pwd") {
    transport.ice_pwd = attribute::ParseIceCredential(value, name, line_);
  } else if (name == "ice-options") {
    transport.ice_options = attribute::ParseIceOptions(value);
  } else if (name == "fingerprint") {
    transport.fingerprints.push_back(attribute::ParseFingerprint(value, line_));
  } else if (name == "setup") {
    transport.setup = attribute::ParseSetup(value, line_);
  } else if (auto direction = DirectionFromString(name)) {
    transport.direction = direction;
  } else {
    return false;
  }
  return true;
}

void Parser::ParseSessionAttribute(std::string_view name, std::string_view value) {
  if (ParseTransportAttribute(name, value, session_transport_)) return;
  if (name == "group") {
    session_.groups.push_back(attribute::ParseGroup(value, line_));
  } else if (name == "ice-lite") {
    session_.ice_lite = true;
  } else if (name == "extmap-allow-mixed") {
    session_.extmap_allow_mixed = true;
  } else if (name == "msid-semantic") {
    session_.msid_semantic = std::string(value);
  } else {
    session_.other_attributes.push_back(Attribute{std::string(name), std::string(value)});
  }
}

void Parser::ParseMediaAttribute(std::string_view name, std::string_view value) {
  using Handler = std::function<void(MediaDescription&, std::string_view, size_t)>;
  // One handler per attribute, in a table rather than a chain of ifs.
  static const std::unordered_map<std::string_view, Handler> kHandlers = {
      {"mid", [](auto& m, auto v, size_t l) { m.mid = attribute::ParseMid(v, l); }},
      {"rtcp-mux", [](auto& m, auto, size_t) { m.rtcp_mux = true; }},
      {"rtcp-rsize", [](auto& m, auto, size_t) { m.rtcp_rsize = true; }},
      {"bundle-only", [](auto& m, auto, size_t) { m.bundle_only = true; }},
      {"rtpmap",
       [](auto& m, auto v, size_t l) { m.rtpmaps.push_back(attribute::ParseRtpMap(v, l)); }},
      {"fmtp", [](auto& m, auto v, size_t l) { m.fmtps.push_back(attribute::ParseFmtp(v, l)); }},
      {"rtcp-fb", [](auto& m, auto v,
                     size_t l) { m.rtcp_feedback.push_back(attribute::ParseRtcpFeedback(v, l)); }},
      {"extmap",
       [](auto& m, auto v, size_t l) { m.extmaps.push_back(attribute::ParseExtMap(v, l)); }},
      {"ssrc", [](auto& m, auto v, size_t l) { m.ssrcs.push_back(attribute::ParseSsrc(v, l)); }},
      {"ssrc-group",
       [](auto& m, auto v, size_t l) { m.ssrc_groups.push_back(attribute::ParseSsrcGroup(v, l)); }},
      {"msid", [](auto& m, auto v, size_t l) { m.msids.push_back(attribute::ParseMsid(v, l)); }},
      {"candidate",
       [](auto& m, auto v, size_t l) { m.candidates.push_back(attribute::ParseCandidate(v, l)); }},
      {"end-of-candidates", [](auto& m, auto, size_t) { m.end_of_candidates = true; }},
  };
  MediaDescription& media = session_.media.back();
  if (name == "mid" && !media.mid.empty())
    throw SdpError(line_, "a second a=mid in one m= section");
  if (ParseTransportAttribute(name, value, media_transport_)) return;
  if (auto it = kHandlers.find(name); it != kHandlers.end()) {
    it->second(media, value, line_);
    return;
  }
  media.other_attributes.push_back(Attribute{std::string(name), std::string(value)});
}

void Parser::FinishMedia() {
  MediaDescription& media = session_.media.back();
  for (size_t i = 0; i + 1 < session_.media.size(); ++i) {
    if (!media.mid.empty() && session_.media[i].mid == media.mid) {
      throw SdpError(line_, "mid '" + media.mid + "' used twice");
    }
  }
  const TransportAttributes& m = media_transport_;
  const TransportAttributes& s = session_transport_;
  media.ice_ufrag = !m.ice_ufrag.empty() ? m.ice_ufrag : s.ice_ufrag;
  media.ice_pwd = !m.ice_pwd.empty() ? m.ice_pwd : s.ice_pwd;
  media.ice_options = !m.ice_options.empty() ? m.ice_options : s.ice_options;
  media.fingerprints = !m.fingerprints.empty() ? m.fingerprints : s.fingerprints;
  media.setup = m.setup ? m.setup : s.setup;
  media.direction = m.direction.value_or(s.direction.value_or(Direction::kSendRecv));
}

}  // namespace

SessionDescription ParseSdp(std::string_view text) {
  Parser parser;
  SessionDescription session = parser.Parse(text);
  return session;
}

}  // namespace vc::common::sdp
