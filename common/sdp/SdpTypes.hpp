#pragma once
// Value types of the SDP model (RFC 8866 and the WebRTC attributes of RFC 8829/8843/8839/8122/
// 4585/8285/5576). Plain data: the parser fills them, the writer prints them.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vc::common::sdp {

enum class Direction { kSendRecv, kSendOnly, kRecvOnly, kInactive };
// RFC 4145 a=setup.
enum class SetupRole { kActpass, kActive, kPassive, kHoldconn };

std::string_view ToString(Direction direction);
std::optional<Direction> DirectionFromString(std::string_view text);
std::string_view ToString(SetupRole role);
std::optional<SetupRole> SetupRoleFromString(std::string_view text);

// a=fingerprint:<algorithm> <value>; algorithm is kept lower-case ("sha-256").
struct Fingerprint {
  std::string algorithm;
  std::string value;
};

// a=group:<semantics> <mid>... (BUNDLE, LS, ...).
struct Group {
  std::string semantics;
  std::vector<std::string> mids;
};

// a=rtpmap:<pt> <encoding>/<clock rate>[/<channels>].
struct RtpMap {
  uint8_t payload_type = 0;
  std::string encoding;
  uint32_t clock_rate = 0;
  std::optional<uint32_t> channels;
};

// a=fmtp:<pt> <parameters>; parameters kept as written ("minptime=10;useinbandfec=1").
struct Fmtp {
  uint8_t payload_type = 0;
  std::string parameters;
};

// a=rtcp-fb:<pt|*> <type> [<subtype>]; no payload_type means "*" (all formats).
struct RtcpFeedback {
  std::optional<uint8_t> payload_type;
  std::string type;
  std::string subtype;
};

// a=extmap:<id>[/<direction>] <uri> [<attributes>].
struct ExtMap {
  uint16_t id = 0;
  std::optional<Direction> direction;
  std::string uri;
  std::string attributes;
};

// a=ssrc:<ssrc> <attribute>[:<value>].
struct SsrcAttribute {
  uint32_t ssrc = 0;
  std::string attribute;
  std::string value;
};

// a=ssrc-group:<semantics> <ssrc>... (FID: primary then RTX).
struct SsrcGroup {
  std::string semantics;
  std::vector<uint32_t> ssrcs;
};

// a=msid:<stream id> [<track id>].
struct Msid {
  std::string stream_id;
  std::string track_id;
};

// Any attribute the model has no field for, kept so nothing is silently lost.
struct Attribute {
  std::string name;
  std::string value;  // empty for property attributes (a=name)
};

// The value of key in an fmtp parameter list "k1=v1;k2=v2" (keys compared ignoring case).
std::optional<std::string> FindFmtpParameter(std::string_view parameters, std::string_view key);

}  // namespace vc::common::sdp
