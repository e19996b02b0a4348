#include "appliance/app/RoomDaemon.hpp"

#include "appliance/Version.hpp"
#include "appliance/config/ConfigError.hpp"
#include "appliance/config/RoomConfigParser.hpp"
#include "appliance/control/RoomCommands.hpp"
#include "appliance/state/RoomOptions.hpp"
#include "common/log/Log.hpp"
#include "devices/media/AlsaMixer.hpp"

namespace vc::appliance::app {
namespace {

constexpr std::string_view kLog = "vc-room";
using control::SettingsStore;

// "v4l2:/dev/video0" → "/dev/video0"; "test" stays the test source.
std::string CameraDevice(const std::string& source) {
  const std::string prefix = "v4l2:";
  return source.rfind(prefix, 0) == 0 ? source.substr(prefix.size()) : source;
}

}  // namespace

media::CallMediaConfig CallMediaConfigFromRoom(const RoomConfig& config) {
  media::CallMediaConfig media;
  media.devices.camera = CameraDevice(config.devices.camera.source);
  media.devices.microphone = config.devices.audio.capture;
  media.devices.speakers = config.devices.audio.playback;
  if (config.devices.content) media.content_source = CameraDevice(config.devices.content->source);
  // An MCU on this box (the demo, the tests): gather ICE on loopback only, where the MCU is
  // reachable, instead of on interfaces whose candidates the MCU cannot answer.
  const std::string& url = config.mcu.url;
  if (url.find("://127.0.0.1:") != std::string::npos || url.find("://localhost:") != std::string::npos) {
    media.ice_local_addresses = {"127.0.0.1"};
  }
  return media;
}

RoomDaemon::RoomDaemon(boost::asio::io_context& io, RoomConfig config, std::string config_path)
    : io_(io), config_(std::move(config)), config_path_(std::move(config_path)), scheduler_(io) {
  if (config_.devices.projector) {
    projector_ = std::make_unique<PjlinkProjectorAdapter>(io_, *config_.devices.projector);
  }
  if (config_.devices.camera.ptz) {
    camera_ = std::make_unique<ViscaCameraAdapter>(io_, *config_.devices.camera.ptz);
  }
  call_ = std::make_unique<media::CallMedia>(io_, CallMediaConfigFromRoom(config_),
                                             [](const std::string& line) {
                                               vc::common::log::Info("call", line);
                                             });
  room_ = std::make_unique<RoomStateMachine>(scheduler_, *call_, projector_.get(), camera_.get(),
                                             RoomOptionsFromConfig(config_));
  status_.Set("Room/Name", config_.name);
  status_.Set("Room/Site", config_.site);
  status_.Set("System/Version", SoftwareVersion());
  status_.Set("Audio/Volume", config_.devices.audio.volume);
  status_.Set("Devices/Projector/LampHours", nullptr);
  // The camera encoder follows the MCU's REMB (docs/control-api.md, Video/*).
  call_->SetBitrateSink([this](int kbps, std::optional<int> limit) {
    status_.Set("Video/Bitrate", kbps);
    status_.Set("Video/BitrateLimit", limit ? nlohmann::json(*limit) : nlohmann::json());
  });
  mirror_ = std::make_unique<StatusMirror>(
      status_, scheduler_, [this](const std::string& name, const nlohmann::json& data) {
        if (server_) server_->PublishEvent(name, data);
      });
  mirror_->Publish(room_->status());
  room_->AddListener(mirror_.get());
  controller_ = std::make_unique<RoomController>(*room_, *call_, status_, projector_.get(), camera_.get());
  control::RegisterRoomCommands(commands_, *controller_);
  if (config_.provisioning) StartProvisioning();
  panel_commands_ = std::make_unique<PanelCommands>(io_, *room_);
  panel_commands_->Register(commands_);
  room_->AddListener(panel_commands_.get());
  floor_ = std::make_unique<FloorControl>(*call_, status_);
  floor_->Register(commands_);
  room_->AddListener(floor_.get());
  layout_ = std::make_unique<MeetingLayout>(*room_, *call_, status_);
  layout_->Register(commands_);
  room_->AddListener(layout_.get());
  recording_ = std::make_unique<CallRecording>(*call_, status_);
  recording_->Register(commands_);
  room_->AddListener(recording_.get());
  test_tone_ = std::make_unique<TestTone>(io_, config_.devices.audio.playback, *room_);
  test_tone_->Register(commands_);
  settings_ = std::make_unique<SettingsStore>(config_path_, status_);
  RegisterSettings();
  camera_presets_ = std::make_unique<CameraPresets>(
      io_, status_, *settings_, *room_, *call_, CallMediaConfigFromRoom(config_),
      config_.devices.camera.presets, PresetThumbnails::FolderFor(config_path_));
  camera_presets_->Register(commands_);
  server_ = std::make_unique<control::ControlServer>(io_, status_, commands_, settings_.get());
}

RoomDaemon::~RoomDaemon() {
  server_.reset();
  if (room_ && mirror_) room_->RemoveListener(mirror_.get());
  if (room_ && panel_commands_) room_->RemoveListener(panel_commands_.get());
  if (room_ && floor_) room_->RemoveListener(floor_.get());
  if (room_ && layout_) room_->RemoveListener(layout_.get());
  if (room_ && recording_) room_->RemoveListener(recording_.get());
}

std::string RoomDaemon::Start() {
  server_->Start(config_.control.port, config_.control.host);
  status_.Set("System/ControlUrl", server_->Url());
  if (provisioning_) provisioning_->Start();
  ApplyVolume(config_.devices.audio.volume);
  // Audio.Volume.Set only changes the status; the mixer follows the status.
  status_.Subscribe("Audio/Volume", [this](const std::string&, const nlohmann::json& value) {
    if (value.is_number_integer()) ApplyVolume(value.get<int>());
  });
  return server_->Url();
}

void RoomDaemon::Shutdown(std::function<void()> done) {
  server_->PublishEvent("ShuttingDown", nlohmann::json::object());
  if (provisioning_) provisioning_->Stop();
  room_->Shutdown([this, done = std::move(done)] {
    server_->Stop();
    done();
  });
}

void RoomDaemon::RegisterSettings() {
  settings_->Register("Room/Name", "/name", SettingsStore::NonEmptyString());
  settings_->Register("Room/Site", "/site", SettingsStore::NonEmptyString());
  settings_->Register("Room/DefaultMode", "/mode", SettingsStore::OneOf({"conference", "training"}));
  settings_->Register("Audio/DefaultVolume", "/devices/audio/volume", SettingsStore::IntegerIn(0, 100));
  settings_->Register("Call/IdleTimeout", "/idle_timeout_s", SettingsStore::IntegerIn(0, 86400));
  settings_->Register("Camera/PrivacyPreset", "/privacy_preset", SettingsStore::IntegerIn(0, 127));
  settings_->Register("Presets/Conference/CameraPreset", "/presets/conference/camera_preset",
                      SettingsStore::IntegerIn(0, 127));
  settings_->Register("Presets/Training/CameraPreset", "/presets/training/camera_preset",
                      SettingsStore::IntegerIn(0, 127));
  settings_->Register("Mcu/Room", "/mcu/room", SettingsStore::NonEmptyString());
  if (config_.devices.projector) {
    settings_->Register("Projector/Input", "/devices/projector/input", SettingsStore::NonEmptyString());
  }
  // The whole edited file must still be a valid room configuration: the parser's one-line
  // reason (naming the field) is the answer.
  settings_->SetDocumentCheck([](const nlohmann::json& document) -> std::optional<std::string> {
    try {
      ParseRoomConfig(document);
    } catch (const ConfigError& e) {
      return std::string(e.what());
    }
    return std::nullopt;
  });
  settings_->SetApplied([this](const std::string& path, const nlohmann::json& value) {
    OnSettingApplied(path, value);
  });
  settings_->PublishAll();
}

void RoomDaemon::OnSettingApplied(const std::string& path, const nlohmann::json& value) {
  vc::common::log::Info(kLog, "configuration ", path, " = ", value.dump(), " saved");
  try {
    config_ = LoadRoomConfig(config_path_);
    RoomOptions options = RoomOptionsFromConfig(config_);
    options.mode = room_->options().mode;  // the live mode stays until the panel changes it
    // So do the panel's layouts: a chair room would otherwise change the meeting's picture
    // (MeetingLayout) because an unrelated setting was saved.
    options.presets.conference.layout = room_->options().presets.conference.layout;
    options.presets.training.layout = room_->options().presets.training.layout;
    room_->SetOptions(std::move(options));
  } catch (const std::exception& e) {
    vc::common::log::Warn(kLog, "saved configuration not applied: ", e.what());
  }
  if (path == "Room/Name") status_.Set("Room/Name", value);
  if (path == "Room/Site") status_.Set("Room/Site", value);
  server_->PublishEvent("ConfigChanged", {{"path", path}, {"value", value}});
}

void RoomDaemon::StartProvisioning() {
  provisioning_ = std::make_unique<provisioning::ProvisioningAgent>(
      io_, *room_, status_, config_path_, config_,
      [this](const RoomConfig& config, provisioning::ConfigChange) { OnProvisionedConfig(config); });
  // Call.Join learns the schedule: the next meeting when it is open, else the configured room.
  commands_.Register("Call.Join",
                     "join the next scheduled meeting when Schedule/NextMeeting/Available, else the "
                     "room's configured meeting; {meeting: ID} insists on that meeting",
                     [this](const nlohmann::json& args, control::CommandReply reply) {
                       provisioning_->Join(args, *controller_, std::move(reply));
                     });
}

void RoomDaemon::OnProvisionedConfig(const RoomConfig& config) {
  config_ = config;
  status_.Set("Room/Name", config_.name);
  status_.Set("Room/Site", config_.site);
  if (settings_) {
    try {
      settings_->Reload();  // so a later config_set edits the server's version, not the old one
    } catch (const std::exception& e) {
      vc::common::log::Warn(kLog, "settings not reloaded: ", e.what());
    }
  }
  if (server_) {
    server_->PublishEvent("ConfigChanged",
                          {{"path", "provisioning"},
                           {"value", config_.provisioning ? config_.provisioning->config_version : 0}});
  }
}

void RoomDaemon::ApplyVolume(int level) {
  const std::string& playback = config_.devices.audio.playback;
  if (playback.empty() || playback == "null" || playback == "test") return;
  devices::media::AlsaMixer mixer({});
  if (auto result = mixer.SetVolume(level); !result.ok()) {
    vc::common::log::Warn(kLog, "speaker volume not set: ", result.message);
    status_.Set("Audio/Error", result.message);
  }
}

}  // namespace vc::appliance::app
