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

// Throws NegotiationError when the section lacks rtcp-mux or our codec.
NegotiatedMedia SelectMedia(const common::sdp::MediaDescription& offered, MediaKind kind,
                            const LocalParameters& local);

}  // namespace vc::mcu::negotiation
