#include "common/sdp/MediaDescription.hpp"

#include "common/sdp/SdpText.hpp"

namespace vc::common::sdp {

std::vector<uint8_t> MediaDescription::PayloadTypes() const {
  std::vector<uint8_t> types;
  for (const auto& format : formats) {
    if (auto pt = ParsePayloadType(format)) types.push_back(*pt);
  }
  return types;
}

const RtpMap* MediaDescription::FindRtpMap(uint8_t payload_type) const {
  for (const auto& map : rtpmaps) {
    if (map.payload_type == payload_type) return &map;
  }
  return nullptr;
}

const Fmtp* MediaDescription::FindFmtp(uint8_t payload_type) const {
  for (const auto& fmtp : fmtps) {
    if (fmtp.payload_type == payload_type) return &fmtp;
  }
  return nullptr;
}

std::optional<uint8_t> MediaDescription::FindCodec(std::string_view encoding, uint32_t clock_rate,
                                                   std::optional<uint32_t> channels) const {
  for (uint8_t pt : PayloadTypes()) {
    const RtpMap* map = FindRtpMap(pt);
    if (map == nullptr || !EqualsIgnoreCase(map->encoding, encoding) ||
        map->clock_rate != clock_rate) {
      continue;
    }
    if (channels && map->channels.value_or(1) != *channels) continue;
    return pt;
  }
  return std::nullopt;
}

std::optional<uint8_t> MediaDescription::FindRtxFor(uint8_t payload_type) const {
  for (uint8_t pt : PayloadTypes()) {
    const RtpMap* map = FindRtpMap(pt);
    const Fmtp* fmtp = FindFmtp(pt);
    if (map == nullptr || fmtp == nullptr || !EqualsIgnoreCase(map->encoding, "rtx")) continue;
    auto apt = FindFmtpParameter(fmtp->parameters, "apt");
    if (apt && ParsePayloadType(*apt) == payload_type) return pt;
  }
  return std::nullopt;
}

bool MediaDescription::HasRtcpFeedback(uint8_t payload_type, std::string_view type,
                                       std::string_view subtype) const {
  for (const auto& fb : rtcp_feedback) {
    if ((!fb.payload_type || *fb.payload_type == payload_type) && EqualsIgnoreCase(fb.type, type) &&
        EqualsIgnoreCase(fb.subtype, subtype)) {
      return true;
    }
  }
  return false;
}

const ExtMap* MediaDescription::FindExtMap(std::string_view uri) const {
  for (const auto& extmap : extmaps) {
    if (extmap.uri == uri) return &extmap;
  }
  return nullptr;
}

const Fingerprint* MediaDescription::FindFingerprint(std::string_view algorithm) const {
  for (const auto& fingerprint : fingerprints) {
    if (fingerprint.algorithm == algorithm) return &fingerprint;
  }
  return nullptr;
}

}  // namespace vc::common::sdp
