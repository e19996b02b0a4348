#pragma once
// A parsed SDP (RFC 8866): session-level lines and the m= sections in order. Plain data that
// ParseSdp fills and WriteSdp prints.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/sdp/MediaDescription.hpp"
#include "common/sdp/SdpTypes.hpp"

namespace vc::common::sdp {

// o=<username> <session id> <session version> <net type> <address type> <address>
struct Origin {
  std::string username = "-";
  std::string session_id = "0";  // digits; kept as text because peers exceed 64 bits
  std::string session_version = "0";
  std::string net_type = "IN";
  std::string address_type = "IP4";
  std::string address = "127.0.0.1";
};

struct SessionDescription {
  uint32_t version = 0;  // v=
  Origin origin;
  std::string session_name = "-";                 // s=
  std::string timing = "0 0";                     // t=
  std::optional<std::string> connection_address;  // session-level c=

  std::vector<Group> groups;
  bool ice_lite = false;
  bool extmap_allow_mixed = false;
  std::string msid_semantic;  // as written after "a=msid-semantic:", e.g. " WMS"
  // Session-level transport attributes as written (media sections hold the effective ones).
  std::string ice_ufrag;
  std::string ice_pwd;
  std::vector<std::string> ice_options;
  std::vector<Fingerprint> fingerprints;
  std::optional<SetupRole> setup;
  std::optional<Direction> direction;
  std::vector<Attribute> other_attributes;

  std::vector<MediaDescription> media;

  // The first a=group with these semantics (e.g. "BUNDLE"), or nullptr.
  const Group* FindGroup(std::string_view semantics) const;
  const MediaDescription* FindMedia(std::string_view mid) const;
};

}  // namespace vc::common::sdp
