#include "appliance/state/RoomOptions.hpp"

namespace vc::appliance {
namespace {
constexpr auto kDeviceMargin = std::chrono::seconds(30);
}

RoomOptions RoomOptionsFromConfig(const RoomConfig& config) {
  RoomOptions options;
  options.target.mcu_url = config.mcu.url;
  options.target.room = config.mcu.room;
  options.target.display_name = config.DisplayName();
  options.target.pin = config.mcu.pin;
  options.target.token = config.mcu.token;
  options.mode = config.mode;
  options.presets = config.presets;
  options.privacy_preset = config.privacy_preset;
  options.idle_timeout = std::chrono::seconds(config.idle_timeout_s);
  if (const auto& projector = config.devices.projector) {
    options.projector_input = projector->input;
    options.wake_timeout = std::chrono::seconds(projector->warmup_timeout_s) + kDeviceMargin;
    options.sleep_timeout = std::chrono::seconds(projector->cooldown_timeout_s) + kDeviceMargin;
    options.projector_poll_interval = std::chrono::seconds(30);
  }
  return options;
}

}  // namespace vc::appliance
