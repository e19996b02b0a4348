#pragma once
// The one PCM format the conference mixes in: 48 kHz mono float (full scale 1.0), 20 ms frames.
#include <chrono>
#include <cstddef>

namespace vc::mcu::audio {

inline constexpr int kSampleRate = 48000;
inline constexpr int kSamplesPerMs = kSampleRate / 1000;
inline constexpr int kFrameSamples = 960;  // 20 ms
inline constexpr std::chrono::milliseconds kFrameDuration{20};
// Opus never carries more than 120 ms in one packet.
inline constexpr int kMaxPacketSamples = 5760;

}  // namespace vc::mcu::audio
