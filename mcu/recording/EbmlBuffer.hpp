#pragma once
// Builds EBML (RFC 8794) elements into a byte buffer: the Matroska/WebM container is a tree of
// ID + size + payload elements. Element IDs are passed with their length marker bits included
// (0x1A45DFA3, 0xE7), exactly as the Matroska specification writes them; sizes are written as
// the shortest variable-length integer that holds them. A master element is built by writing its
// children into their own EbmlBuffer first and appending it with Master().
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace vc::mcu::recording {

class EbmlBuffer {
 public:
  // The 8-byte "unknown size" (all value bits set), for elements whose size is patched later.
  static constexpr uint64_t kUnknownSize = 0x00FFFFFFFFFFFFFFULL;

  void Uint(uint32_t id, uint64_t value);
  void Float(uint32_t id, double value);  // always 8 bytes (patchable in place)
  void String(uint32_t id, std::string_view value);
  void Binary(uint32_t id, std::span<const uint8_t> value);
  void Master(uint32_t id, const EbmlBuffer& children);
  // Just the element's ID and an 8-byte size field (the payload follows by other means).
  void Header(uint32_t id, uint64_t size);
  void Bytes(std::span<const uint8_t> bytes);
  void Byte(uint8_t byte) { bytes_.push_back(byte); }

  void Id(uint32_t id);
  // The size as an EBML vint of `length` bytes (0: the shortest that fits).
  void Size(uint64_t size, int length = 0);

  const std::vector<uint8_t>& bytes() const { return bytes_; }
  size_t size() const { return bytes_.size(); }
  void Clear() { bytes_.clear(); }

  // An 8-byte EBML size field holding `size` (for patching a placeholder in a file).
  static std::vector<uint8_t> SizeField8(uint64_t size);
  // An 8-byte big-endian IEEE 754 double.
  static std::vector<uint8_t> Float8(double value);

 private:
  std::vector<uint8_t> bytes_;
};

}  // namespace vc::mcu::recording
