#include "common/rtp/MutableRtpPacketView.hpp"

#include "common/util/ByteOrder.hpp"

namespace vc::common::rtp {

std::optional<MutableRtpPacketView> MutableRtpPacketView::Parse(std::span<uint8_t> packet) {
  auto view = RtpPacketView::Parse(std::span<const uint8_t>(packet.data(), packet.size()));
  if (!view) return std::nullopt;
  return MutableRtpPacketView(packet.data(), *view);
}

void MutableRtpPacketView::SetSsrc(uint32_t ssrc) { util::WriteU32(data_ + 8, ssrc); }

void MutableRtpPacketView::SetSequenceNumber(uint16_t sequence_number) {
  util::WriteU16(data_ + 2, sequence_number);
}

void MutableRtpPacketView::SetPayloadType(uint8_t payload_type) {
  data_[1] = static_cast<uint8_t>((data_[1] & 0x80) | (payload_type & 0x7F));
}

void MutableRtpPacketView::SetTimestamp(uint32_t timestamp) {
  util::WriteU32(data_ + 4, timestamp);
}

void MutableRtpPacketView::SetMarker(bool marker) {
  data_[1] = static_cast<uint8_t>((data_[1] & 0x7F) | (marker ? 0x80 : 0));
}

std::optional<std::span<uint8_t>> MutableRtpPacketView::MutableExtension(uint8_t id) {
  size_t length = 0;
  const auto offset = view_.ExtensionOffset(id, &length);
  if (!offset) return std::nullopt;
  return std::span<uint8_t>(data_ + *offset, length);
}

}  // namespace vc::common::rtp
