#pragma once
// An RtpPacketView over a buffer we own (a decrypted datagram about to be forwarded), with the
// in-place rewrites the MCU does per outgoing leg: SSRC, sequence number, payload type, timestamp
// and fixed-size header extension values (e.g. the transport-wide sequence number).

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>

#include "common/rtp/RtpPacketView.hpp"

namespace vc::common::rtp {

class MutableRtpPacketView {
 public:
  static std::optional<MutableRtpPacketView> Parse(std::span<uint8_t> packet);

  const RtpPacketView& View() const { return view_; }

  void SetSsrc(uint32_t ssrc);
  void SetSequenceNumber(uint16_t sequence_number);
  void SetPayloadType(uint8_t payload_type);  // Keeps the marker bit; uses the low 7 bits.
  void SetTimestamp(uint32_t timestamp);
  void SetMarker(bool marker);

  // Writable value of extension element `id`; the length is fixed by the sender.
  std::optional<std::span<uint8_t>> MutableExtension(uint8_t id);

 private:
  MutableRtpPacketView(uint8_t* data, const RtpPacketView& view) : data_(data), view_(view) {}

  // Passed by argument.
  uint8_t* data_;
  // Allocated by this.
  RtpPacketView view_;
};

}  // namespace vc::common::rtp
