#pragma once
// Soft limiter for a mix sum, without look-ahead: a peak envelope (instant attack, exponential
// release) drives a gain whose curve bends through a tanh knee, so the output never exceeds
// kCeiling and converting it to int16 can never wrap around. Below kKnee it is transparent.
#include <chrono>
#include <cstdint>
#include <span>

namespace vc::mcu::audio {

class Limiter {
 public:
  static constexpr float kKnee = 0.6f;
  static constexpr float kCeiling = 0.97f;

  explicit Limiter(std::chrono::milliseconds release = std::chrono::milliseconds(80));

  // In place, float full scale 1.0. Non-finite samples become 0.
  void Process(std::span<float> pcm);

  // Converts limited float PCM to int16 (rounding, saturating).
  static void ToInt16(std::span<const float> pcm, std::span<int16_t> out);

 private:
  // Passed by argument.
  const float release_coefficient_;
  // Allocated by this.
  float envelope_ = 0.0f;
};

}  // namespace vc::mcu::audio
