#include "appliance/config/RoomConfigParser.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "appliance/config/ConfigReader.hpp"
#include "appliance/config/ConfigRules.hpp"

namespace vc::appliance {
namespace {

constexpr int kMaxPreset = 127;         // VISCA memory numbers
constexpr size_t kMaxPresetName = 40;    // fits under a thumbnail on the panel in two lines
constexpr size_t kMaxNamedPresets = 16;  // one strip of thumbnails

// devices.camera.presets: [{"number": 1, "name": "Toàn cảnh"}, ...], numbers unique.
std::vector<CameraPresetConfig> ParseCameraPresets(const ConfigReader& camera) {
  const std::string shape = "an array of {number, name}";
  const nlohmann::json* list = camera.OptionalArray("presets", shape);
  std::vector<CameraPresetConfig> presets;
  if (list == nullptr) return presets;
  const std::string path = camera.FieldPath("presets");
  if (list->size() > kMaxNamedPresets) {
    throw ConfigError::BadValue(path, "at most " + std::to_string(kMaxNamedPresets) + " presets",
                                std::to_string(list->size()));
  }
  for (size_t i = 0; i < list->size(); ++i) {
    ConfigReader entry((*list)[i], path + "[" + std::to_string(i) + "]", "an object {number, name}");
    entry.RejectUnknownKeys({"number", "name"});
    CameraPresetConfig preset;
    preset.number = entry.Integer("number", 0, kMaxPreset);
    preset.name = entry.String("name", rules::Text(kMaxPresetName));
    for (size_t j = 0; j < presets.size(); ++j) {
      if (presets[j].number == preset.number) {
        throw ConfigError::BadValue(entry.FieldPath("number"),
                                    "a number not used by " + path + "[" + std::to_string(j) + "]",
                                    std::to_string(preset.number));
      }
    }
    presets.push_back(std::move(preset));
  }
  return presets;
}

McuConfig ParseMcu(const ConfigReader& in) {
  in.RejectUnknownKeys({"url", "room", "pin", "token", "display_name"});
  McuConfig mcu;
  mcu.url = in.String("url", rules::McuUrl());
  mcu.room = in.String("room", rules::McuRoom());
  mcu.pin = in.OptionalString("pin", rules::Text(64));
  mcu.token = in.OptionalString("token", rules::Text(4096));
  mcu.display_name = in.OptionalString("display_name", rules::Text(64));
  return mcu;
}

CameraConfig ParseCamera(const ConfigReader& in) {
  in.RejectUnknownKeys({"source", "ptz", "presets"});
  CameraConfig camera;
  camera.source = in.String("source", rules::VideoSource());
  if (auto ptz = in.OptionalObject("ptz", "an object {host, port}")) {
    ptz->RejectUnknownKeys({"host", "port"});
    camera.ptz = PtzConfig{ptz->String("host", rules::Host()),
                           static_cast<uint16_t>(ptz->IntegerOr("port", 1, 65535, 52381))};
  }
  camera.presets = ParseCameraPresets(in);
  return camera;
}

AudioConfig ParseAudio(const ConfigReader& in) {
  in.RejectUnknownKeys({"capture", "playback", "volume"});
  AudioConfig audio;
  audio.capture = in.String("capture", rules::AlsaDevice("test"));
  audio.playback = in.String("playback", rules::AlsaDevice("null"));
  audio.volume = in.IntegerOr("volume", 0, 100, audio.volume);
  return audio;
}

ProjectorConfig ParseProjector(const ConfigReader& in) {
  in.RejectUnknownKeys(
      {"host", "port", "password", "input", "warmup_timeout_s", "cooldown_timeout_s"});
  ProjectorConfig projector;
  projector.host = in.String("host", rules::Host());
  projector.port = static_cast<uint16_t>(in.IntegerOr("port", 1, 65535, projector.port));
  projector.password = in.OptionalString("password", rules::PjlinkPassword());
  projector.input = in.String("input", rules::PjlinkInput());
  projector.warmup_timeout_s = in.IntegerOr("warmup_timeout_s", 1, 600, projector.warmup_timeout_s);
  projector.cooldown_timeout_s =
      in.IntegerOr("cooldown_timeout_s", 1, 600, projector.cooldown_timeout_s);
  return projector;
}

DevicesConfig ParseDevices(const ConfigReader& in) {
  in.RejectUnknownKeys({"camera", "audio", "projector", "content"}, /*devices=*/true);
  DevicesConfig devices;
  devices.camera = ParseCamera(in.Object("camera", "an object {source, ptz?, presets?}"));
  devices.audio = ParseAudio(in.Object("audio", "an object {capture, playback, volume?}"));
  if (auto projector = in.OptionalObject("projector", "an object {host, port?, input, ...}")) {
    devices.projector = ParseProjector(*projector);
  }
  if (auto content = in.OptionalObject("content", "an object {source}")) {
    content->RejectUnknownKeys({"source"});
    devices.content = ContentConfig{content->String("source", rules::VideoSource())};
  }
  return devices;
}

ModePreset ParseModePreset(const ConfigReader& in, ModePreset defaults) {
  in.RejectUnknownKeys({"camera_preset", "layout", "mute_remote_on_join"});
  ModePreset preset = defaults;
  preset.camera_preset = in.Integer("camera_preset", 0, kMaxPreset);
  if (auto layout = in.OptionalString("layout", rules::Layout())) preset.layout = *layout;
  preset.mute_remote_on_join = in.BooleanOr("mute_remote_on_join", defaults.mute_remote_on_join);
  return preset;
}

PresetsConfig ParsePresets(const ConfigReader& in) {
  in.RejectUnknownKeys({"conference", "training"});
  PresetsConfig presets;
  const std::string shape = "an object {camera_preset, layout?, mute_remote_on_join?}";
  presets.conference = ParseModePreset(in.Object("conference", shape), presets.conference);
  presets.training = ParseModePreset(in.Object("training", shape), presets.training);
  return presets;
}

ControlConfig ParseControl(const ConfigReader& in) {
  in.RejectUnknownKeys({"listen"});
  auto split = rules::SplitListen(in.String("listen", rules::Listen()));
  return ControlConfig{split->first, split->second};
}

ProvisioningConfig ParseProvisioning(const ConfigReader& in) {
  in.RejectUnknownKeys({"server", "heartbeat_seconds", "config_version", "ca_file"});
  ProvisioningConfig provisioning;
  const StringRule server_url{"an http:// or https:// URL", [](const std::string& v) {
                                const auto scheme = v.find("://");
                                return (v.rfind("http://", 0) == 0 || v.rfind("https://", 0) == 0) &&
                                       v.size() > scheme + 3 && v.size() <= 512 &&
                                       v.find_first_of(" \t\r\n") == std::string::npos;
                              }};
  provisioning.server = in.String("server", server_url);
  provisioning.heartbeat_seconds =
      in.IntegerOr("heartbeat_seconds", 1, 3600, provisioning.heartbeat_seconds);
  provisioning.config_version = in.IntegerOr("config_version", 0, 2147483647, 0);
  provisioning.ca_file = in.OptionalString("ca_file", rules::Text(4096));
  return provisioning;
}

}  // namespace

RoomConfig ParseRoomConfig(const nlohmann::json& root) {
  ConfigReader in(root, "", "a JSON object (the room configuration)");
  in.RejectUnknownKeys({"name", "site", "mode", "mcu", "devices", "presets", "privacy_preset",
                        "idle_timeout_s", "control", "provisioning"});
  RoomConfig config;
  config.name = in.String("name", rules::Text(64));
  config.site = in.String("site", rules::Text(128));
  config.mode = *ParseRoomMode(in.String("mode", rules::Mode()));
  config.mcu = ParseMcu(in.Object("mcu", "an object {url, room, pin?, token?, display_name?}"));
  config.devices = ParseDevices(in.Object("devices", "an object {camera, audio, projector?}"));
  config.presets = ParsePresets(in.Object("presets", "an object {conference, training}"));
  config.privacy_preset = in.Integer("privacy_preset", 0, kMaxPreset);
  config.idle_timeout_s = in.IntegerOr("idle_timeout_s", 0, 86400, config.idle_timeout_s);
  config.control = ParseControl(in.Object("control", "an object {listen}"));
  if (auto provisioning =
          in.OptionalObject("provisioning", "an object {server, heartbeat_seconds?}")) {
    config.provisioning = ParseProvisioning(*provisioning);
  }
  return config;
}

RoomConfig ParseRoomConfigText(std::string_view text, const std::string& origin) {
  nlohmann::json root;
  try {
    root = nlohmann::json::parse(text.begin(), text.end());
  } catch (const nlohmann::json::parse_error& e) {
    std::string reason = e.what();
    // "[json.exception.parse_error.101] parse error at line 3, column 5: ..." -> from "parse".
    if (auto pos = reason.find("] "); pos != std::string::npos) reason = reason.substr(pos + 2);
    throw ConfigError::Syntax(origin, reason);
  }
  return ParseRoomConfig(root);
}

RoomConfig LoadRoomConfig(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) throw ConfigError::Unreadable(path, std::strerror(errno));
  std::ostringstream text;
  text << file.rdbuf();
  if (file.bad()) throw ConfigError::Unreadable(path, "read error");
  return ParseRoomConfigText(text.str(), path);
}

}  // namespace vc::appliance
