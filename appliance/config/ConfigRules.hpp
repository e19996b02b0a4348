#pragma once
// The shapes the room configuration's string fields must have (docs/room-config.md), as
// StringRules: each says what it expects in words an operator understands.
#include <cstdint>
#include <optional>
#include <string>

#include "appliance/config/ConfigReader.hpp"

namespace vc::appliance::rules {

StringRule Text(size_t max_code_points);  // 1..max Unicode characters, no control characters
StringRule McuUrl();                      // ws://host[:port][/path] | wss://...
StringRule McuRoom();                     // 1-64 of [A-Za-z0-9-_.] (docs/signaling.md)
StringRule VideoSource();                 // "test" | "v4l2:/dev/..."
StringRule AlsaDevice(const std::string& special);  // an ALSA PCM name, or `special`
StringRule Host();                        // a host name or IP literal
StringRule PjlinkPassword();              // 1-32 printable ASCII characters
StringRule PjlinkInput();                 // "11".."59" (class 1), "61".. (class 2)
StringRule Layout();                      // grid | speaker | presenter | presenter_content
StringRule Mode();                        // conference | training
StringRule Listen();                      // "127.0.0.1:7310", "localhost:7310", "[::1]:7310"

// Splits a Listen()-valid text into host and port.
std::optional<std::pair<std::string, uint16_t>> SplitListen(const std::string& text);

}  // namespace vc::appliance::rules
