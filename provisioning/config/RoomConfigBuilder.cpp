#include "provisioning/config/RoomConfigBuilder.hpp"

namespace vc::provision {

nlohmann::json RoomConfigBuilder::Build(const Room& room, const std::string& server_url,
                                        int heartbeat_seconds) {
  nlohmann::json camera = {{"source", room.camera_source}};
  if (!room.ptz_host.empty()) camera["ptz"] = {{"host", room.ptz_host}};
  nlohmann::json devices = {
      {"camera", camera},
      {"audio", {{"capture", room.audio_capture}, {"playback", room.audio_playback}}}};
  if (!room.projector_host.empty()) {
    devices["projector"] = {{"host", room.projector_host},
                            {"port", room.projector_port},
                            {"input", room.projector_input}};
  }
  nlohmann::json config = {
      {"name", room.name},
      {"site", room.site},
      {"mode", room.type},
      {"mcu", {{"url", room.mcu_url}, {"room", room.mcu_room}}},
      {"devices", devices},
      {"presets",
       {{"conference", {{"camera_preset", 1}}}, {"training", {{"camera_preset", 2}}}}},
      {"privacy_preset", 0},
      {"control", {{"listen", "127.0.0.1:7310"}}},
      {"provisioning", {{"server", server_url}, {"heartbeat_seconds", heartbeat_seconds}}}};
  const auto overrides = nlohmann::json::parse(room.config_overrides, nullptr, false);
  if (overrides.is_object()) config.merge_patch(overrides);
  return config;
}

}  // namespace vc::provision
