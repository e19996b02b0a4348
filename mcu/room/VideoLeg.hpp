#pragma once
// One participant's video as the room sees it: which of its RTP packets are VP8 (the negotiated
// payload type) or RTX retransmissions of it (RFC 4588: the original sequence number leads the
// payload), which feedback the answer allows us to send it (NACK, PLI, FIR: RFC 4585, 5104), and
// what its RTCP says about the composite stream we send it (NACKs, keyframe requests, REMB,
// receiver-report loss). Pure packet work: no I/O, the conference decides where bytes go.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "mcu/negotiation/Negotiation.hpp"

namespace vc::mcu::room {

class VideoLeg {
 public:
  // A VP8 packet of the participant, RTX already unwrapped. `payload` points into the datagram.
  struct Incoming {
    uint16_t sequence = 0;
    uint32_t timestamp = 0;
    bool marker = false;
    bool retransmission = false;
    std::span<const uint8_t> payload;
  };
  // What one RTCP datagram from the participant says about our stream to it.
  struct Feedback {
    std::vector<uint16_t> nacked;
    bool keyframe_request = false;  // PLI or a FIR with a new sequence number
    std::optional<uint64_t> remb_bps;
    std::optional<double> loss;  // fraction lost of our SSRC's report block
    bool Empty() const { return nacked.empty() && !keyframe_request && !remb_bps && !loss; }
  };

  // Learns from the accepted video section of `negotiation`; nullopt when it has none.
  static std::optional<VideoLeg> FromNegotiation(const negotiation::Negotiation& negotiation);
  // The same for the content section (a second, received-only video: slides); its feedback
  // goes out under the camera section's SSRC (the content section has none of ours).
  static std::optional<VideoLeg> FromContent(const negotiation::Negotiation& negotiation);

  // The packet's VP8 payload (RTX unwrapped), or nullopt when it is not the participant's video
  // (audio, padding-only RTX, another payload type) or it does not send video to us.
  std::optional<Incoming> ParseIncoming(std::span<const uint8_t> rtp);

  // RTCP toward the participant's video sender (an empty RR first: a valid compound packet).
  // Each returns the bytes written, 0 when not possible (no sender SSRC seen yet, feedback not
  // negotiated, `out` too small).
  size_t WriteNack(std::span<uint8_t> out, std::span<const uint16_t> lost) const;
  // PLI when negotiated, else FIR (RFC 5104 §4.3.1, its own sequence number), else nothing.
  size_t WriteKeyframeRequest(std::span<uint8_t> out);

  Feedback ParseFeedback(std::span<const uint8_t> rtcp);

  bool sends() const { return sends_; }        // the participant sends video to us
  bool receives() const { return receives_; }  // the participant accepts our video
  uint8_t payload_type() const { return payload_type_; }
  std::optional<uint8_t> rtx_payload_type() const { return rtx_payload_type_; }
  uint32_t local_ssrc() const { return local_ssrc_; }
  std::optional<uint32_t> local_rtx_ssrc() const { return local_rtx_ssrc_; }
  std::optional<uint32_t> remote_ssrc() const { return remote_ssrc_; }
  const std::string& cname() const { return cname_; }
  // Feedback the answer kept for the VP8 payload type (the receiver's side of the contract).
  bool nack_allowed() const { return nack_; }
  bool pli_allowed() const { return pli_; }
  bool fir_allowed() const { return fir_; }

 private:
  VideoLeg() = default;
  static VideoLeg FromMedia(const negotiation::Negotiation& negotiation,
                            const negotiation::NegotiatedMedia& media, uint32_t local_ssrc);
  size_t WriteEmptyReceiverReport(std::span<uint8_t> out) const;

  uint8_t payload_type_ = 96;
  std::optional<uint8_t> rtx_payload_type_;
  uint32_t local_ssrc_ = 0;
  std::optional<uint32_t> local_rtx_ssrc_;
  std::optional<uint32_t> remote_ssrc_;  // announced, else learnt from the first VP8 packet
  std::optional<uint32_t> remote_rtx_ssrc_;
  std::string cname_ = "vc-mcu";
  bool sends_ = true;
  bool receives_ = true;
  bool nack_ = false, pli_ = false, fir_ = false;
  uint8_t fir_sequence_ = 0;
  std::optional<uint8_t> last_fir_seen_;  // a receiver's FIR repeats its number until served
};

}  // namespace vc::mcu::room
