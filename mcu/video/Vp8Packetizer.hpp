#pragma once
// EncodedFrame -> RTP payloads, each with an RFC 7741 descriptor carrying a 15-bit PictureID
// (X=1, I=1, M=1). The frame is split into near-equal packets of at most max_payload bytes
// (descriptor included); each partition start gets S=1 and its PID. One packetizer per
// outgoing stream: the PictureID advances by one per frame, wrapping at 2^15.
#include <cstdint>
#include <vector>

#include "mcu/video/VideoTypes.hpp"

namespace vc::mcu::video {

struct Vp8RtpPayload {
  std::vector<uint8_t> bytes;  // descriptor + VP8 data
  bool marker = false;         // last packet of the frame
};

class Vp8Packetizer {
 public:
  static constexpr size_t kDescriptorSize = 4;
  explicit Vp8Packetizer(size_t max_payload = 1200, uint16_t first_picture_id = 0);

  // Empty for an empty frame or when max_payload leaves no room for data.
  std::vector<Vp8RtpPayload> Packetize(const EncodedFrame& frame);
  uint16_t next_picture_id() const { return picture_id_; }

 private:
  size_t max_payload_;
  uint16_t picture_id_;
};

}  // namespace vc::mcu::video
