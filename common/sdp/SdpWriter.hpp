#pragma once
// SessionDescription -> SDP text with CRLF line ends, attributes in the order browsers write
// them (transport, mid, extmap, direction, msid, rtcp, then per payload type rtpmap/rtcp-fb/fmtp,
// then SSRCs and candidates). Fields left empty are not written.
#include <string>

#include "common/sdp/SessionDescription.hpp"

namespace vc::common::sdp {

std::string WriteSdp(const SessionDescription& session);

}  // namespace vc::common::sdp
