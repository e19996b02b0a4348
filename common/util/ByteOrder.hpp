#pragma once
// Big-endian (network order) reads and writes on raw bytes. Packet parsers use these instead of
// bit-field structs so that layout and alignment never depend on the compiler. Callers check the
// bounds first: these helpers read or write exactly the bytes named and nothing else.

#include <cstddef>
#include <cstdint>

namespace vc::common::util {

inline uint16_t ReadU16(const uint8_t* p) {
  return static_cast<uint16_t>((uint16_t{p[0]} << 8) | p[1]);
}

inline uint32_t ReadU24(const uint8_t* p) {
  return (uint32_t{p[0]} << 16) | (uint32_t{p[1]} << 8) | p[2];
}

// 24-bit two's complement (RTCP cumulative loss, TWCC reference time).
inline int32_t ReadS24(const uint8_t* p) {
  const uint32_t v = ReadU24(p);
  return (v & 0x800000u) ? static_cast<int32_t>(v) - 0x1000000 : static_cast<int32_t>(v);
}

inline uint32_t ReadU32(const uint8_t* p) {
  return (uint32_t{p[0]} << 24) | (uint32_t{p[1]} << 16) | (uint32_t{p[2]} << 8) | p[3];
}

inline uint64_t ReadU64(const uint8_t* p) { return (uint64_t{ReadU32(p)} << 32) | ReadU32(p + 4); }

inline void WriteU16(uint8_t* p, uint16_t v) {
  p[0] = static_cast<uint8_t>(v >> 8);
  p[1] = static_cast<uint8_t>(v);
}

inline void WriteU24(uint8_t* p, uint32_t v) {
  p[0] = static_cast<uint8_t>(v >> 16);
  p[1] = static_cast<uint8_t>(v >> 8);
  p[2] = static_cast<uint8_t>(v);
}

// Stores the low 24 bits of a signed value (two's complement).
inline void WriteS24(uint8_t* p, int32_t v) { WriteU24(p, static_cast<uint32_t>(v) & 0xFFFFFFu); }

inline void WriteU32(uint8_t* p, uint32_t v) {
  p[0] = static_cast<uint8_t>(v >> 24);
  p[1] = static_cast<uint8_t>(v >> 16);
  p[2] = static_cast<uint8_t>(v >> 8);
  p[3] = static_cast<uint8_t>(v);
}

inline void WriteU64(uint8_t* p, uint64_t v) {
  WriteU32(p, static_cast<uint32_t>(v >> 32));
  WriteU32(p + 4, static_cast<uint32_t>(v));
}

}  // namespace vc::common::util
