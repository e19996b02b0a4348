#pragma once
// One m= section of an SDP. After ParseSdp the transport fields (ICE, DTLS, direction) hold the
// effective values: the media-level attribute if present, else the session-level one.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/sdp/IceCandidate.hpp"
#include "common/sdp/SdpTypes.hpp"

namespace vc::common::sdp {

struct MediaDescription {
  // m=<kind> <port>[/<count>] <protocol> <format>...
  std::string kind;  // audio, video, application, or anything else as written
  uint16_t port = 0;
  std::string protocol;  // UDP/TLS/RTP/SAVPF, UDP/DTLS/SCTP, ...
  std::vector<std::string> formats;
  std::optional<std::string> connection_address;  // c=IN IP4|IP6 <address>

  std::string mid;
  Direction direction = Direction::kSendRecv;
  bool rtcp_mux = false;
  bool rtcp_rsize = false;
  bool bundle_only = false;

  std::string ice_ufrag;
  std::string ice_pwd;
  std::vector<std::string> ice_options;
  std::vector<Fingerprint> fingerprints;
  std::optional<SetupRole> setup;

  std::vector<RtpMap> rtpmaps;
  std::vector<Fmtp> fmtps;
  std::vector<RtcpFeedback> rtcp_feedback;
  std::vector<ExtMap> extmaps;
  std::vector<SsrcAttribute> ssrcs;
  std::vector<SsrcGroup> ssrc_groups;
  std::vector<Msid> msids;
  std::vector<IceCandidate> candidates;
  bool end_of_candidates = false;
  std::vector<Attribute> other_attributes;

  // Payload types of formats, in preference order (non-numeric formats skipped).
  std::vector<uint8_t> PayloadTypes() const;
  const RtpMap* FindRtpMap(uint8_t payload_type) const;
  const Fmtp* FindFmtp(uint8_t payload_type) const;
  // The first offered payload type whose rtpmap is encoding/clock_rate (encoding ignoring case),
  // with channels when given (an rtpmap without channels counts as 1).
  std::optional<uint8_t> FindCodec(std::string_view encoding, uint32_t clock_rate,
                                   std::optional<uint32_t> channels = std::nullopt) const;
  // The RTX payload type whose fmtp says apt=payload_type.
  std::optional<uint8_t> FindRtxFor(uint8_t payload_type) const;
  // Feedback for payload_type, including the "*" wildcard entries.
  bool HasRtcpFeedback(uint8_t payload_type, std::string_view type,
                       std::string_view subtype = {}) const;
  const ExtMap* FindExtMap(std::string_view uri) const;
  // The fingerprint whose algorithm is name (lower-case, e.g. "sha-256").
  const Fingerprint* FindFingerprint(std::string_view algorithm) const;
};

}  // namespace vc::common::sdp
