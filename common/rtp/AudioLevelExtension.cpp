#include "common/rtp/AudioLevelExtension.hpp"

namespace vc::common::rtp {

std::optional<AudioLevel> AudioLevelExtension::Parse(std::span<const uint8_t> value) {
  if (value.size() != kValueSize) return std::nullopt;
  return AudioLevel{(value[0] & 0x80) != 0, static_cast<uint8_t>(value[0] & 0x7F)};
}

bool AudioLevelExtension::Write(std::span<uint8_t> value, AudioLevel level) {
  if (value.size() != kValueSize) return false;
  const uint8_t magnitude = level.level_dbov > 127 ? 127 : level.level_dbov;
  value[0] = static_cast<uint8_t>((level.voice_activity ? 0x80 : 0) | magnitude);
  return true;
}

}  // namespace vc::common::rtp
