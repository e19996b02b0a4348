#pragma once
// Offer -> answer for one participant (JSEP, Unified Plan). The client offers; the MCU answers
// with one m= line per offered one, accepting the first audio (Opus), the first (main) video
// (VP8) and one content video (VP8: the section marked a=content:slides, RFC 4796, or else the
// second video) over DTLS-SRTP with BUNDLE and rtcp-mux, and rejecting everything else (port 0).
// The MCU only receives content (the answer says recvonly): it shows it in the composed layout.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/sdp/SdpTypes.hpp"
#include "mcu/negotiation/NegotiationError.hpp"

namespace vc::mcu::negotiation {

using Direction = common::sdp::Direction;
enum class MediaKind { kAudio, kVideo };
enum class DtlsRole { kClient, kServer };

struct LocalParameters {
  std::string ice_ufrag, ice_pwd;
  std::string fingerprint_sha256;  // "AB:CD:.."
  std::string cname;
  uint32_t audio_ssrc = 0, video_ssrc = 0, video_rtx_ssrc = 0;
  std::string address;  // for the c= and o= lines, e.g. 127.0.0.1
};

// An accepted m= section (rejected ones appear only in the answer SDP).
struct NegotiatedMedia {
  std::string mid;
  MediaKind kind = MediaKind::kAudio;
  // A video section carrying shared content (slides, HDMI capture) rather than the camera.
  // Received only: no local SSRC (local_ssrc stays 0); remote_ssrcs say which SSRC carries it.
  bool content = false;
  Direction direction = Direction::kSendRecv;  // of the answer: kSendOnly means only we send
  uint8_t payload_type = 0;                    // Opus or VP8, the offer's number
  std::optional<uint8_t> rtx_payload_type;     // VP8's RTX (apt), when offered
  std::vector<uint32_t> remote_ssrcs;          // primary SSRCs the client announced
  std::optional<uint32_t> remote_rtx_ssrc;     // second SSRC of its FID group
  std::optional<uint8_t> audio_level_ext_id, transport_cc_ext_id, abs_send_time_ext_id;
  uint32_t local_ssrc = 0;
  std::optional<uint32_t> local_rtx_ssrc;
};

struct Negotiation {
  std::string answer_sdp;
  std::string remote_ice_ufrag, remote_ice_pwd;
  std::string remote_fingerprint_algorithm, remote_fingerprint;  // "sha-256", "AB:CD:.."
  DtlsRole local_dtls_role = DtlsRole::kServer;  // kServer for actpass/active offers
  std::vector<NegotiatedMedia> media;            // accepted sections, in m= order
  // The accepted content section (one of media, content == true), or nullptr.
  const NegotiatedMedia* Content() const;
  // The CNAME our answer gave `ssrc` ("a=ssrc:SSRC cname:NAME"), so that SR/SDES and SDP agree.
  std::optional<std::string> AnswerCname(uint32_t ssrc) const;
  // Candidates that came inside the offer ("candidate:..."; RTP component only), and whether
  // the offer said a=end-of-candidates. Feed them to ICE like trickled ones.
  std::vector<std::string> remote_candidates;
  bool remote_end_of_candidates = false;
};

// Throws NegotiationError when the offer is not SDP or lacks what we need: ICE ufrag/pwd, a
// sha-256 fingerprint, a BUNDLE group covering the accepted media, rtcp-mux, Opus/48000/2 for
// audio, VP8/90000 for video. Throws std::invalid_argument when local is incomplete.
Negotiation Negotiate(std::string_view offer_sdp, const LocalParameters& local);

}  // namespace vc::mcu::negotiation
