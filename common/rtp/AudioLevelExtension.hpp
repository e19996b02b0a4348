#pragma once
// Client-to-mixer audio level (RFC 6464), the one-byte value of the
// "urn:ietf:params:rtp-hdrext:ssrc-audio-level" element:
//
//  0 1 2 3 4 5 6 7
// +-+-+-+-+-+-+-+-+
// |V|    level    |   V = voice activity, level = 0..127 in -dBov (127 = silence)
// +-+-+-+-+-+-+-+-+

#include <cstdint>
#include <optional>
#include <span>

namespace vc::common::rtp {

struct AudioLevel {
  bool voice_activity = false;
  uint8_t level_dbov = 127;  // Magnitude of -dBov: 0 is loudest, 127 is silence.
};

class AudioLevelExtension {
 public:
  static constexpr const char* kUri = "urn:ietf:params:rtp-hdrext:ssrc-audio-level";
  static constexpr size_t kValueSize = 1;

  static std::optional<AudioLevel> Parse(std::span<const uint8_t> value);
  // Writes into an element value of exactly kValueSize bytes; false otherwise.
  static bool Write(std::span<uint8_t> value, AudioLevel level);
};

}  // namespace vc::common::rtp
