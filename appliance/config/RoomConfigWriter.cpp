#include "appliance/config/RoomConfigWriter.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>

namespace vc::appliance {
namespace {

nlohmann::json ModePresetToJson(const ModePreset& preset) {
  return {{"camera_preset", preset.camera_preset},
          {"layout", preset.layout},
          {"mute_remote_on_join", preset.mute_remote_on_join}};
}

nlohmann::json DevicesToJson(const DevicesConfig& devices) {
  nlohmann::json out;
  out["camera"] = {{"source", devices.camera.source}};
  if (devices.camera.ptz) {
    out["camera"]["ptz"] = {{"host", devices.camera.ptz->host}, {"port", devices.camera.ptz->port}};
  }
  if (!devices.camera.presets.empty()) {
    nlohmann::json presets = nlohmann::json::array();
    for (const auto& preset : devices.camera.presets) {
      presets.push_back({{"number", preset.number}, {"name", preset.name}});
    }
    out["camera"]["presets"] = std::move(presets);
  }
  out["audio"] = {{"capture", devices.audio.capture},
                  {"playback", devices.audio.playback},
                  {"volume", devices.audio.volume}};
  if (const auto& p = devices.projector) {
    out["projector"] = {{"host", p->host},
                        {"port", p->port},
                        {"input", p->input},
                        {"warmup_timeout_s", p->warmup_timeout_s},
                        {"cooldown_timeout_s", p->cooldown_timeout_s}};
    if (p->password) out["projector"]["password"] = *p->password;
  }
  if (devices.content) out["content"] = {{"source", devices.content->source}};
  return out;
}

}  // namespace

nlohmann::json RoomConfigToJson(const RoomConfig& config) {
  nlohmann::json mcu = {{"url", config.mcu.url}, {"room", config.mcu.room}};
  if (config.mcu.pin) mcu["pin"] = *config.mcu.pin;
  if (config.mcu.token) mcu["token"] = *config.mcu.token;
  if (config.mcu.display_name) mcu["display_name"] = *config.mcu.display_name;
  nlohmann::json out = {{"name", config.name},
          {"site", config.site},
          {"mode", RoomModeName(config.mode)},
          {"mcu", std::move(mcu)},
          {"devices", DevicesToJson(config.devices)},
          {"presets",
           {{"conference", ModePresetToJson(config.presets.conference)},
            {"training", ModePresetToJson(config.presets.training)}}},
          {"privacy_preset", config.privacy_preset},
          {"idle_timeout_s", config.idle_timeout_s},
          {"control", {{"listen", config.control.Listen()}}}};
  if (const auto& p = config.provisioning) {
    out["provisioning"] = {{"server", p->server},
                           {"heartbeat_seconds", p->heartbeat_seconds},
                           {"config_version", p->config_version}};
    if (p->ca_file) out["provisioning"]["ca_file"] = *p->ca_file;
  }
  return out;
}

void SaveRoomConfig(const RoomConfig& config, const std::string& path) {
  const std::string temporary = path + ".tmp";
  {
    std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
    if (!file) throw ConfigError::Unwritable(path, std::strerror(errno));
    file << RoomConfigToJson(config).dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
         << "\n";
    file.flush();
    if (!file) {
      std::remove(temporary.c_str());
      throw ConfigError::Unwritable(path, "write failed");
    }
  }
  if (std::rename(temporary.c_str(), path.c_str()) != 0) {
    const std::string reason = std::strerror(errno);
    std::remove(temporary.c_str());
    throw ConfigError::Unwritable(path, reason);
  }
}

}  // namespace vc::appliance
