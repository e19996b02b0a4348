#pragma once
// The room's named camera presets for the panel (docs/control-api.md, Camera/*):
//   Camera/Presets       [{number, name, thumbnail}], thumbnail a data:image/jpeg URL or null
//   Camera/ActivePreset  the preset the camera went to last (Devices/Camera/Preset), or null
// and the command that makes a thumbnail, Camera.Preset.Store {preset, name?}: the camera stores
// its position (VISCA, through the room state machine as before) and the room takes a picture of
// what the camera sees now — from the call's camera branch in a call, else from a one-shot
// pipeline on the camera — and keeps it as the preset's thumbnail (PresetThumbnails). A name
// adds or renames the preset in the configuration (SettingsStore, Config/Camera/Presets).
// Control thread only.
#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "appliance/app/PresetThumbnails.hpp"
#include "appliance/config/RoomConfig.hpp"
#include "appliance/control/CommandTable.hpp"
#include "appliance/control/SettingsStore.hpp"
#include "appliance/control/StatusTree.hpp"
#include "appliance/media/CallMedia.hpp"
#include "appliance/media/CameraSnapshot.hpp"
#include "appliance/state/RoomStateMachine.hpp"

namespace vc::appliance::app {

class CameraPresets {
 public:
  CameraPresets(boost::asio::io_context& io, control::StatusTree& status,
                control::SettingsStore& settings, RoomStateMachine& room, media::CallMedia& call,
                const media::CallMediaConfig& media_config, std::vector<CameraPresetConfig> presets,
                std::filesystem::path thumbnail_folder);
  ~CameraPresets();
  CameraPresets(const CameraPresets&) = delete;
  CameraPresets& operator=(const CameraPresets&) = delete;

  // Camera.Preset.Store (replaces the plain VISCA store of RoomCommands).
  void Register(control::CommandTable& table);

 private:
  struct PendingStore {
    int preset = 0;
    control::CommandReply reply;
  };

  void Store(int preset, std::optional<std::string> name, control::CommandReply reply);
  void TakePicture();
  void OnPicture(std::optional<std::string> jpeg, const std::string& error);
  void OnConfiguredPresets(const nlohmann::json& list);  // Config/Camera/Presets changed
  void Publish();

  // Passed by argument.
  control::StatusTree& status_;
  control::SettingsStore& settings_;
  RoomStateMachine& room_;
  media::CallMedia& call_;
  // Allocated by this.
  std::shared_ptr<int> alive_ = std::make_shared<int>(0);
  std::vector<CameraPresetConfig> presets_;
  PresetThumbnails thumbnails_;
  media::CameraSnapshot snapshot_;
  boost::asio::steady_timer picture_timer_;
  std::optional<PendingStore> pending_;  // one store at a time
  uint64_t picture_attempt_ = 0;
  std::vector<control::StatusTree::SubscriptionId> subscriptions_;
};

}  // namespace vc::appliance::app
