#include "common/sdp/SdpWriter.hpp"

#include "common/sdp/SdpText.hpp"

namespace vc::common::sdp {
namespace {

class Writer {
 public:
  void Line(char type, std::string_view value) {
    out_ += type;
    out_ += '=';
    out_ += value;
    out_ += "\r\n";
  }
  void Attribute(std::string_view name, std::string_view value = {}) {
    out_ += "a=";
    out_ += name;
    if (!value.empty()) {
      out_ += ':';
      out_ += value;
    }
    out_ += "\r\n";
  }
  void Connection(const std::string& address) {
    Line('c',
         std::string("IN ") + (address.find(':') != std::string::npos ? "IP6 " : "IP4 ") + address);
  }
  void Transport(const std::string& ufrag, const std::string& pwd,
                 const std::vector<std::string>& options,
                 const std::vector<Fingerprint>& fingerprints, std::optional<SetupRole> setup) {
    if (!ufrag.empty()) Attribute("ice-ufrag", ufrag);
    if (!pwd.empty()) Attribute("ice-pwd", pwd);
    if (!options.empty()) Attribute("ice-options", Join(options));
    for (const auto& fp : fingerprints) Attribute("fingerprint", fp.algorithm + " " + fp.value);
    if (setup) Attribute("setup", ToString(*setup));
  }
  void Feedback(const RtcpFeedback& fb) {
    std::string value = fb.payload_type ? std::to_string(*fb.payload_type) : "*";
    value += " " + fb.type;
    if (!fb.subtype.empty()) value += " " + fb.subtype;
    Attribute("rtcp-fb", value);
  }
  void Media(const MediaDescription& m);
  static std::string Join(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : " ") + item;
    return out;
  }
  std::string Take() { return std::move(out_); }

 private:
  std::string out_;
};

void Writer::Media(const MediaDescription& m) {
  Line('m', m.kind + " " + std::to_string(m.port) + " " + m.protocol + " " + Join(m.formats));
  if (m.connection_address) Connection(*m.connection_address);
  Transport(m.ice_ufrag, m.ice_pwd, m.ice_options, m.fingerprints, m.setup);
  if (!m.mid.empty()) Attribute("mid", m.mid);
  if (m.bundle_only) Attribute("bundle-only");
  for (const auto& e : m.extmaps) {
    std::string value = std::to_string(e.id);
    if (e.direction) value += "/" + std::string(ToString(*e.direction));
    value += " " + e.uri;
    if (!e.attributes.empty()) value += " " + e.attributes;
    Attribute("extmap", value);
  }
  // Data channel sections carry no direction; only a non-default one is worth writing there.
  if (m.kind != "application" || m.direction != Direction::kSendRecv)
    Attribute(ToString(m.direction));
  for (const auto& msid : m.msids) {
    Attribute("msid",
              msid.track_id.empty() ? msid.stream_id : msid.stream_id + " " + msid.track_id);
  }
  if (m.rtcp_mux) Attribute("rtcp-mux");
  if (m.rtcp_rsize) Attribute("rtcp-rsize");
  for (uint8_t pt : m.PayloadTypes()) {
    if (const RtpMap* map = m.FindRtpMap(pt)) {
      std::string value =
          std::to_string(pt) + " " + map->encoding + "/" + std::to_string(map->clock_rate);
      if (map->channels) value += "/" + std::to_string(*map->channels);
      Attribute("rtpmap", value);
    }
    for (const auto& fb : m.rtcp_feedback) {
      if (fb.payload_type == pt) Feedback(fb);
    }
    if (const Fmtp* fmtp = m.FindFmtp(pt))
      Attribute("fmtp", std::to_string(pt) + " " + fmtp->parameters);
  }
  for (const auto& fb : m.rtcp_feedback) {
    if (!fb.payload_type) Feedback(fb);
  }
  for (const auto& group : m.ssrc_groups) {
    std::string value = group.semantics;
    for (uint32_t ssrc : group.ssrcs) value += " " + std::to_string(ssrc);
    Attribute("ssrc-group", value);
  }
  for (const auto& s : m.ssrcs) {
    Attribute("ssrc",
              std::to_string(s.ssrc) + " " + s.attribute + (s.value.empty() ? "" : ":" + s.value));
  }
  for (const auto& candidate : m.candidates) out_ += "a=" + WriteIceCandidate(candidate) + "\r\n";
  if (m.end_of_candidates) Attribute("end-of-candidates");
  for (const auto& a : m.other_attributes) Attribute(a.name, a.value);
}

}  // namespace

std::string WriteSdp(const SessionDescription& s) {
  Writer w;
  w.Line('v', std::to_string(s.version));
  const Origin& o = s.origin;
  w.Line('o', o.username + " " + o.session_id + " " + o.session_version + " " + o.net_type + " " +
                  o.address_type + " " + o.address);
  w.Line('s', s.session_name.empty() ? "-" : s.session_name);
  if (s.connection_address) w.Connection(*s.connection_address);
  w.Line('t', s.timing);
  for (const auto& group : s.groups) {
    std::string value = group.semantics;
    for (const auto& mid : group.mids) value += " " + mid;
    w.Attribute("group", value);
  }
  if (s.ice_lite) w.Attribute("ice-lite");
  if (s.extmap_allow_mixed) w.Attribute("extmap-allow-mixed");
  if (!s.msid_semantic.empty()) w.Attribute("msid-semantic", s.msid_semantic);
  w.Transport(s.ice_ufrag, s.ice_pwd, s.ice_options, s.fingerprints, s.setup);
  if (s.direction) w.Attribute(ToString(*s.direction));
  for (const auto& a : s.other_attributes) w.Attribute(a.name, a.value);
  for (const auto& m : s.media) w.Media(m);
  return w.Take();
}

}  // namespace vc::common::sdp
