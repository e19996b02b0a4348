#pragma once
// Conversions between PCM energy and the RFC 6464 level (0 = 0 dBov loudest .. 127 = silence).
#include <cstdint>
#include <span>

namespace vc::mcu::audio {

// RFC 6464 levels at or above this are "silence" for the cheap path (-60 dBov or quieter).
inline constexpr uint8_t kSilentLevel = 60;

// RMS level of float PCM (full scale 1.0) in dBov, floored at -127.
double RmsDbov(std::span<const float> pcm);
// The RFC 6464 level of float PCM.
uint8_t LevelFromPcm(std::span<const float> pcm);

}  // namespace vc::mcu::audio
