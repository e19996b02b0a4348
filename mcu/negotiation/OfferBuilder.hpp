#pragma once
// The client (offerer) side of negotiation, used when the MCU's transport runs as a client (the
// load tool): an audio-only offer (one Opus m-line, BUNDLE, rtcp-mux, the RFC 6464 audio-level
// extension, a=setup:actpass, ICE credentials and a sha-256 fingerprint), and ApplyAnswer, which
// reads the answerer's transport parameters and choices into the same Negotiation the answerer
// side produces.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "mcu/negotiation/Negotiation.hpp"

namespace vc::mcu::negotiation {

struct OfferParameters {
  // ice_ufrag, ice_pwd, fingerprint_sha256, cname, audio_ssrc and address are used.
  LocalParameters local;
  std::string mid = "0";
  uint8_t opus_payload_type = 111;
  uint8_t audio_level_ext_id = 1;
  // Candidates to put in the offer ("candidate:..."), for answerers that do not take trickle.
  std::vector<std::string> candidates;
  bool end_of_candidates = false;
};

// Throws std::invalid_argument when local lacks credentials, fingerprint, cname or address, or a
// candidate does not parse.
std::string BuildAudioOffer(const OfferParameters& offer);

// Reads the answer to BuildAudioOffer(offer). The result's answer_sdp is empty; local_dtls_role
// follows the answer's a=setup (active: we are the DTLS server; passive: we are the client; none:
// active per RFC 5763 §5). Throws NegotiationError when the answer is not SDP, rejects the audio
// m-line, lacks ICE credentials, a sha-256 fingerprint or rtcp-mux, answers actpass/holdconn, or
// chose a codec other than the offered Opus.
Negotiation ApplyAnswer(std::string_view answer_sdp, const OfferParameters& offer);

}  // namespace vc::mcu::negotiation
