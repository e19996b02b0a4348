#pragma once
// What we take from one offered audio or video m= section: codec, RTX, header extension ids,
// the client's SSRCs, our SSRCs and the answer's direction.
#include "common/sdp/MediaDescription.hpp"
#include "mcu/negotiation/Negotiation.hpp"

namespace vc::mcu::negotiation {

// True for DTLS-SRTP RTP profiles (UDP/TLS/RTP/SAVPF, TCP/DTLS/RTP/SAVPF, RTP/SAVPF).
bool IsDtlsSrtpProtocol(std::string_view protocol);

// The answer's direction for an offered one: sendonly <-> recvonly, the others unchanged.
Direction AnswerDirection(Direction offered);

// True when the section says a=content:slides (RFC 4796; "slides" among its values).
bool IsMarkedAsContent(const common::sdp::MediaDescription& offered);

// Throws NegotiationError when the section lacks rtcp-mux or our codec. A content section is
// received only: recvonly for an offer that sends, inactive for one that does not.
NegotiatedMedia SelectMedia(const common::sdp::MediaDescription& offered, MediaKind kind,
                            const LocalParameters& local, bool content = false);

}  // namespace vc::mcu::negotiation
