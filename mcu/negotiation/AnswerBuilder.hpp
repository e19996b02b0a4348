#pragma once
// Writes the answer SDP: one m= section per offered one in the same order; accepted ones carry
// our transport, codec, feedback, extensions and SSRCs, the others are rejected (port 0,
// a=inactive) but keep their mid and carry our ICE credentials, fingerprint and setup. A content section
// is recvonly, without our SSRCs, and says a=content:slides when the offer did.
#include <string>
#include <vector>

#include "common/sdp/SessionDescription.hpp"
#include "mcu/negotiation/Negotiation.hpp"

namespace vc::mcu::negotiation {

// The msid stream and track ids of what the MCU sends.
inline constexpr const char* kLocalStreamId = "vc-mcu";
inline constexpr const char* kLocalAudioTrackId = "vc-mcu-audio";
inline constexpr const char* kLocalVideoTrackId = "vc-mcu-video";

std::string BuildAnswer(const common::sdp::SessionDescription& offer,
                        const std::vector<NegotiatedMedia>& accepted, DtlsRole local_role,
                        const LocalParameters& local);

}  // namespace vc::mcu::negotiation
