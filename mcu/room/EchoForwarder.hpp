#pragma once
// The echo room's media policy for one participant: every RTP packet goes back to its sender
// under the MCU's own SSRCs (the ones announced in the answer), and the receiver's feedback
// (PLI, FIR, NACK, REMB, transport-cc) goes back mapped onto the sender's SSRCs, so keyframe
// requests and retransmissions work end to end. Payload types and header-extension ids need
// no rewriting: the answer reuses the offer's.
#include <array>
#include <cstddef>
#include <cstdint>
#include <map>

namespace vc::mcu::room {

class Participant;

class EchoForwarder {
 public:
  explicit EchoForwarder(Participant& participant);

  void ForwardRtp(uint8_t* data, size_t len);
  void ForwardRtcp(const uint8_t* data, size_t len);

 private:
  void LearnRoutes();
  uint32_t RemoteSsrcFor(uint32_t local_ssrc) const;

  Participant& participant_;  // passed by argument
  bool routes_learned_ = false;
  std::map<uint8_t, uint32_t> local_ssrc_by_payload_type_;
  // Filled as packets arrive: which of the sender's SSRCs each of ours stands for.
  std::map<uint32_t, uint32_t> remote_ssrc_by_local_ssrc_;
  std::array<uint8_t, 1500> rtcp_out_{};
};

}  // namespace vc::mcu::room
