#include "common/rtp/RtpPacketView.hpp"

#include "common/util/ByteOrder.hpp"

namespace vc::common::rtp {

namespace {

using util::ReadU16;
using util::ReadU32;

constexpr uint8_t kVersion = 2;
constexpr uint8_t kOneByteStopId = 15;  // RFC 8285 4.2: stop parsing the block at ID 15.

// Visits each RFC 8285 element of `block` as visit(id, offset_in_block, length) until visit
// returns true. Returns false when an element runs past the block (malformed).
template <typename Visitor>
bool WalkElements(uint16_t profile, std::span<const uint8_t> block, Visitor&& visit) {
  const bool one_byte = profile == RtpPacketView::kOneByteProfile;
  size_t i = 0;
  while (i < block.size()) {
    const uint8_t first = block[i];
    if (first == 0) {  // Padding between elements, either form.
      ++i;
      continue;
    }
    uint8_t id = 0;
    size_t length = 0;
    size_t value_at = 0;
    if (one_byte) {
      id = first >> 4;
      if (id == kOneByteStopId) return true;
      length = (first & 0x0F) + 1u;
      value_at = i + 1;
    } else {
      if (i + 2 > block.size()) return false;
      id = first;
      length = block[i + 1];
      value_at = i + 2;
    }
    if (value_at + length > block.size()) return false;
    if (visit(id, value_at, length)) return true;
    i = value_at + length;
  }
  return true;
}

bool IsRfc8285Profile(uint16_t profile) {
  return profile == RtpPacketView::kOneByteProfile ||
         (profile & 0xFFF0) == RtpPacketView::kTwoByteProfile;
}

}  // namespace

std::optional<RtpPacketView> RtpPacketView::Parse(std::span<const uint8_t> packet) {
  if (packet.size() < kFixedHeaderSize) return std::nullopt;
  const uint8_t* data = packet.data();
  if ((data[0] >> 6) != kVersion) return std::nullopt;

  RtpPacketView view;
  view.data_ = data;
  view.size_ = packet.size();
  size_t offset = kFixedHeaderSize + size_t{4} * (data[0] & 0x0FU);
  if (offset > packet.size()) return std::nullopt;

  if ((data[0] & 0x10) != 0) {
    if (offset + 4 > packet.size()) return std::nullopt;
    view.extension_profile_ = ReadU16(data + offset);
    view.extension_size_ = size_t{4} * ReadU16(data + offset + 2);
    view.extension_offset_ = offset + 4;
    offset += 4 + view.extension_size_;
    if (offset > packet.size()) return std::nullopt;
    if (!view.ParseExtensionBlock()) return std::nullopt;
  }
  view.header_size_ = offset;

  size_t padding = 0;
  if ((data[0] & 0x20) != 0) {
    // The last byte counts the padding, itself included, so zero is invalid.
    if (packet.size() == offset) return std::nullopt;
    padding = data[packet.size() - 1];
    if (padding == 0 || padding > packet.size() - offset) return std::nullopt;
  }
  view.padding_size_ = padding;
  view.payload_size_ = packet.size() - offset - padding;
  return view;
}

bool RtpPacketView::ParseExtensionBlock() {
  if (!IsRfc8285Profile(extension_profile_)) return true;  // Opaque profile: nothing to check.
  return WalkElements(extension_profile_, ExtensionBlock(),
                      [](uint8_t, size_t, size_t) { return false; });
}

uint16_t RtpPacketView::SequenceNumber() const { return ReadU16(data_ + 2); }
uint32_t RtpPacketView::Timestamp() const { return ReadU32(data_ + 4); }
uint32_t RtpPacketView::Ssrc() const { return ReadU32(data_ + 8); }

uint32_t RtpPacketView::Csrc(size_t index) const {
  if (index >= CsrcCount()) return 0;
  return ReadU32(data_ + kFixedHeaderSize + 4 * index);
}

std::optional<size_t> RtpPacketView::ExtensionOffset(uint8_t id, size_t* length) const {
  if (!HasExtension() || !IsRfc8285Profile(extension_profile_) || id == 0) return std::nullopt;
  std::optional<size_t> found;
  WalkElements(extension_profile_, ExtensionBlock(), [&](uint8_t el_id, size_t at, size_t len) {
    if (el_id != id) return false;
    found = extension_offset_ + at;
    if (length != nullptr) *length = len;
    return true;
  });
  return found;
}

std::optional<std::span<const uint8_t>> RtpPacketView::Extension(uint8_t id) const {
  size_t length = 0;
  const auto offset = ExtensionOffset(id, &length);
  if (!offset) return std::nullopt;
  return std::span<const uint8_t>(data_ + *offset, length);
}

}  // namespace vc::common::rtp
