#pragma once
// The client (offerer) side of negotiation, used when the MCU's transport runs as a client (the
// load tools): an offer (an Opus m-line with the RFC 6464 audio-level extension and/or a VP8
// m-line with rtcp-fb nack, nack pli, ccm fir; BUNDLE, rtcp-mux, a=setup:actpass, ICE
// credentials and a sha-256 fingerprint), and ApplyAnswer, which reads the answerer's transport
// parameters and choices into the same Negotiation the answerer side produces.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "mcu/negotiation/Negotiation.hpp"

namespace vc::mcu::negotiation {

// Which m-lines an offer has, and their directions (ours: kSendOnly = we only send). The default
// is the audio-only sendrecv offer of vc-load.
struct OfferMedia {
  bool audio = true;
  Direction audio_direction = Direction::kSendRecv;
  bool video = false;
  Direction video_direction = Direction::kSendRecv;
};

struct OfferParameters {
  // ice_ufrag, ice_pwd, fingerprint_sha256, cname, audio_ssrc, video_ssrc and address are used.
  LocalParameters local;
  OfferMedia media;
  std::string mid = "0";
  uint8_t opus_payload_type = 111;
  uint8_t audio_level_ext_id = 1;
  std::string video_mid = "1";  // "0" too when the offer has no audio
  uint8_t vp8_payload_type = 96;
  // Candidates to put in the offer ("candidate:..."), for answerers that do not take trickle.
  std::vector<std::string> candidates;
  bool end_of_candidates = false;
};

// Throws std::invalid_argument when local lacks credentials, fingerprint, cname or address, the
// offer has no m-line, or a candidate does not parse. Candidates go into the first m-line.
std::string BuildOffer(const OfferParameters& offer);
// The same (kept for the audio load tool, whose offer.media is the default).
std::string BuildAudioOffer(const OfferParameters& offer);

// Reads the answer to BuildOffer(offer). Media come out in the offer's order (audio, video). The result's answer_sdp is empty; local_dtls_role
// follows the answer's a=setup (active: we are the DTLS server; passive: we are the client; none:
// active per RFC 5763 §5). Throws NegotiationError when the answer is not SDP, rejects an offered
// m-line, lacks ICE credentials, a sha-256 fingerprint or rtcp-mux, answers actpass/holdconn, or
// chose a codec other than the offered Opus / VP8.
Negotiation ApplyAnswer(std::string_view answer_sdp, const OfferParameters& offer);

}  // namespace vc::mcu::negotiation
