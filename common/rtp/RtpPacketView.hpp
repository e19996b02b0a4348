#pragma once
// Zero-copy view of one RTP packet (RFC 3550 section 5.1, header extensions per RFC 8285).
//
//  0                   1                   2                   3
//  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |V=2|P|X|  CC   |M|     PT      |       sequence number         |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                           timestamp                           |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |           synchronization source (SSRC) identifier            |
// +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
// |            contributing source (CSRC) identifiers             |
// |                             ....                              |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |  defined by profile (0xBEDE | 0x100X) |       length          |  (X=1)
// |                    header extension ...                       |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                 payload ...   | padding ... | padding count   |  (P=1)
//
// The view borrows the buffer: it lives only as long as the datagram it was parsed from.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>

namespace vc::common::rtp {

class RtpPacketView {
 public:
  static constexpr size_t kFixedHeaderSize = 12;
  static constexpr uint16_t kOneByteProfile = 0xBEDE;
  static constexpr uint16_t kTwoByteProfile = 0x1000;  // Low 4 bits are "appbits".

  // Checks every bound; nullopt for anything that is not a well-formed RTP packet.
  static std::optional<RtpPacketView> Parse(std::span<const uint8_t> packet);
  static std::optional<RtpPacketView> Parse(const uint8_t* data, size_t len) {
    return Parse(std::span<const uint8_t>(data, len));
  }

  uint8_t PayloadType() const { return data_[1] & 0x7F; }
  bool Marker() const { return (data_[1] & 0x80) != 0; }
  uint16_t SequenceNumber() const;
  uint32_t Timestamp() const;
  uint32_t Ssrc() const;
  size_t CsrcCount() const { return data_[0] & 0x0F; }
  uint32_t Csrc(size_t index) const;  // index < CsrcCount()

  bool HasExtension() const { return (data_[0] & 0x10) != 0; }
  uint16_t ExtensionProfile() const { return extension_profile_; }
  // The extension elements, without the 4-byte profile/length word.
  std::span<const uint8_t> ExtensionBlock() const {
    return {data_ + extension_offset_, extension_size_};
  }
  // The value of RFC 8285 element `id` (1-14 one-byte form, 1-255 two-byte form).
  std::optional<std::span<const uint8_t>> Extension(uint8_t id) const;

  std::span<const uint8_t> Payload() const { return {data_ + header_size_, payload_size_}; }
  size_t HeaderSize() const { return header_size_; }
  size_t PayloadSize() const { return payload_size_; }
  size_t PaddingSize() const { return padding_size_; }
  size_t Size() const { return size_; }
  std::span<const uint8_t> Data() const { return {data_, size_}; }

  // Byte offset of an extension value inside the packet (for in-place rewriting).
  std::optional<size_t> ExtensionOffset(uint8_t id, size_t* length) const;

 private:
  RtpPacketView() = default;
  bool ParseExtensionBlock();

  const uint8_t* data_ = nullptr;
  size_t size_ = 0;
  size_t header_size_ = 0;
  size_t payload_size_ = 0;
  size_t padding_size_ = 0;
  uint16_t extension_profile_ = 0;
  size_t extension_offset_ = 0;
  size_t extension_size_ = 0;
};

}  // namespace vc::common::rtp
