#pragma once
// Inputs and checks shared by the room configuration tests: a small valid configuration that each
// error test breaks in one place, and the error a broken one must give (on one line).
#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "appliance/config/ConfigError.hpp"
#include "appliance/config/RoomConfigParser.hpp"

namespace vc::appliance::testing {

inline nlohmann::json MinimalRoomConfig() {
  return nlohmann::json::parse(R"({
    "name": "Phòng họp A", "site": "Sở GD&ĐT", "mode": "conference",
    "mcu": {"url": "ws://127.0.0.1:8443/ws", "room": "giao-ban"},
    "devices": {"camera": {"source": "test"}, "audio": {"capture": "test", "playback": "null"}},
    "presets": {"conference": {"camera_preset": 1}, "training": {"camera_preset": 2}},
    "privacy_preset": 9,
    "control": {"listen": "127.0.0.1:7310"}
  })");
}

// Parses and returns the error; fails the test when it parses.
inline ConfigError ErrorOf(const nlohmann::json& root) {
  try {
    ParseRoomConfig(root);
  } catch (const ConfigError& e) {
    EXPECT_EQ(std::string(e.what()).find('\n'), std::string::npos) << "one line";
    return e;
  }
  ADD_FAILURE() << "parsed: " << root.dump();
  return ConfigError(ConfigErrorKind::kSyntax, "", "");
}

}  // namespace vc::appliance::testing
