#pragma once
// SDP text (RFC 8866) -> SessionDescription. Accepts CRLF or LF line ends and ignores blank lines
// and line types and attributes it does not model (unknown attributes land in other_attributes).
// Throws SdpError with the line number for anything it cannot read; never crashes on any input.
#include <string_view>

#include "common/sdp/SessionDescription.hpp"

namespace vc::common::sdp {

inline constexpr size_t kMaxSdpBytes = 256 * 1024;
inline constexpr size_t kMaxMediaSections = 64;

SessionDescription ParseSdp(std::string_view text);

}  // namespace vc::common::sdp
