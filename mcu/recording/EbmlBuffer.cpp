#include "mcu/recording/EbmlBuffer.hpp"

#include <bit>
#include <cstring>
#include <stdexcept>

namespace vc::mcu::recording {

void EbmlBuffer::Id(uint32_t id) {
  // The ID's own leading byte carries its length marker: write its significant bytes only.
  int bytes = id > 0xFFFFFF ? 4 : id > 0xFFFF ? 3 : id > 0xFF ? 2 : 1;
  for (int i = bytes - 1; i >= 0; --i) bytes_.push_back(static_cast<uint8_t>(id >> (8 * i)));
}

void EbmlBuffer::Size(uint64_t size, int length) {
  if (length == 0) {
    // n bytes hold 7n value bits; the all-ones value is reserved for "unknown".
    length = 1;
    while (length < 8 && size >= (1ULL << (7 * length)) - 1) ++length;
  }
  if (length < 1 || length > 8 || (length < 8 && size >= (1ULL << (7 * length)))) {
    throw std::length_error("EBML size does not fit its field");
  }
  const uint64_t marked = size | (1ULL << (7 * length));
  for (int i = length - 1; i >= 0; --i) bytes_.push_back(static_cast<uint8_t>(marked >> (8 * i)));
}

void EbmlBuffer::Uint(uint32_t id, uint64_t value) {
  int bytes = 1;
  while (bytes < 8 && (value >> (8 * bytes)) != 0) ++bytes;
  Id(id);
  Size(static_cast<uint64_t>(bytes));
  for (int i = bytes - 1; i >= 0; --i) bytes_.push_back(static_cast<uint8_t>(value >> (8 * i)));
}

void EbmlBuffer::Float(uint32_t id, double value) {
  Id(id);
  Size(8);
  Bytes(Float8(value));
}

void EbmlBuffer::String(uint32_t id, std::string_view value) {
  Id(id);
  Size(value.size());
  bytes_.insert(bytes_.end(), value.begin(), value.end());
}

void EbmlBuffer::Binary(uint32_t id, std::span<const uint8_t> value) {
  Id(id);
  Size(value.size());
  Bytes(value);
}

void EbmlBuffer::Master(uint32_t id, const EbmlBuffer& children) {
  Id(id);
  Size(children.size());
  Bytes(children.bytes());
}

void EbmlBuffer::Header(uint32_t id, uint64_t size) {
  Id(id);
  Size(size, 8);
}

void EbmlBuffer::Bytes(std::span<const uint8_t> bytes) {
  bytes_.insert(bytes_.end(), bytes.begin(), bytes.end());
}

std::vector<uint8_t> EbmlBuffer::SizeField8(uint64_t size) {
  EbmlBuffer buffer;
  buffer.Size(size, 8);
  return buffer.bytes_;
}

std::vector<uint8_t> EbmlBuffer::Float8(double value) {
  const auto bits = std::bit_cast<uint64_t>(value);
  std::vector<uint8_t> out(8);
  for (int i = 0; i < 8; ++i)
    out[static_cast<size_t>(i)] = static_cast<uint8_t>(bits >> (8 * (7 - i)));
  return out;
}

}  // namespace vc::mcu::recording
