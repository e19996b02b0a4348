// libFuzzer: a participant's RTP and RTCP as room::VideoLeg reads them (RTX unwrap, receiver
// feedback: NACK, PLI, FIR, REMB, report blocks). Must never crash, hang or read out of bounds.
#include <cstddef>
#include <cstdint>
#include <span>

#include "mcu/room/VideoLeg.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace vc::mcu;
  static const negotiation::Negotiation kNegotiation = [] {
    negotiation::Negotiation n;
    n.answer_sdp = "a=rtcp-fb:96 nack\r\na=rtcp-fb:96 nack pli\r\na=rtcp-fb:96 ccm fir\r\n";
    negotiation::NegotiatedMedia video;
    video.kind = negotiation::MediaKind::kVideo;
    video.payload_type = 96;
    video.rtx_payload_type = 97;
    video.local_ssrc = 0x01020304;
    video.local_rtx_ssrc = 0x05060708;
    n.media = {video};
    return n;
  }();
  auto leg = room::VideoLeg::FromNegotiation(kNegotiation);
  std::span<const uint8_t> input(data, size);
  if (auto packet = leg->ParseIncoming(input)) {
    volatile uint8_t sink = packet->payload.empty() ? 0 : packet->payload.back();
    (void)sink;
  }
  auto feedback = leg->ParseFeedback(input);
  (void)feedback;
  return 0;
}
