#pragma once
// What the room state machine needs to know, taken from the room configuration (or set directly
// by tests). Changes take effect at the next join.
#include <chrono>
#include <string>

#include "appliance/config/RoomConfig.hpp"
#include "appliance/state/RoomPorts.hpp"

namespace vc::appliance {

struct RoomOptions {
  CallTarget target;  // role is set per mode: "chair" in training, "participant" in conference
  RoomMode mode = RoomMode::kConference;
  PresetsConfig presets;
  int privacy_preset = 0;
  std::string projector_input = "31";

  Clock::duration idle_timeout = std::chrono::seconds(300);
  Clock::duration wake_timeout = std::chrono::seconds(120);   // devices powering up, at most
  Clock::duration sleep_timeout = std::chrono::seconds(120);  // devices back to standby, at most
  Clock::duration join_timeout = std::chrono::seconds(30);    // a Join with no answer has failed
  int max_join_attempts = 3;  // failures before ever connecting that end in the error state
  Clock::duration backoff_initial = std::chrono::seconds(1);
  Clock::duration backoff_max = std::chrono::seconds(30);
  Clock::duration counters_interval = std::chrono::seconds(1);  // media counters poll in a call
  // Projector status query while the devices are awake (lamp failure during a call shows up as
  // a fault); zero = never.
  Clock::duration projector_poll_interval = Clock::duration::zero();
};

// Timeouts for devices are the configured warm-up/cool-down plus a margin for the exchanges.
RoomOptions RoomOptionsFromConfig(const RoomConfig& config);

}  // namespace vc::appliance
