#pragma once
// Parsers for the value of one a= attribute each (the text after "a=<name>:"). Each throws
// SdpError(line, ...) saying what is wrong; used by ParseSdp.
#include <string>
#include <string_view>
#include <vector>

#include "common/sdp/IceCandidate.hpp"
#include "common/sdp/SdpTypes.hpp"

namespace vc::common::sdp::attribute {

Group ParseGroup(std::string_view value, size_t line);
Fingerprint ParseFingerprint(std::string_view value, size_t line);
SetupRole ParseSetup(std::string_view value, size_t line);
// a=ice-ufrag / a=ice-pwd: 1-256 ice-chars (RFC 8839 §5.4).
std::string ParseIceCredential(std::string_view value, std::string_view name, size_t line);
std::vector<std::string> ParseIceOptions(std::string_view value);
// a=mid: a token (RFC 5888), 1-255 characters.
std::string ParseMid(std::string_view value, size_t line);
RtpMap ParseRtpMap(std::string_view value, size_t line);
Fmtp ParseFmtp(std::string_view value, size_t line);
RtcpFeedback ParseRtcpFeedback(std::string_view value, size_t line);
ExtMap ParseExtMap(std::string_view value, size_t line);
SsrcAttribute ParseSsrc(std::string_view value, size_t line);
SsrcGroup ParseSsrcGroup(std::string_view value, size_t line);
Msid ParseMsid(std::string_view value, size_t line);
IceCandidate ParseCandidate(std::string_view value, size_t line);

}  // namespace vc::common::sdp::attribute
