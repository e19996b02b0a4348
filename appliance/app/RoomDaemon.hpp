#pragma once
// vc-room put together: the room's devices (PJLink projector, VISCA camera), its call to the MCU
// (CallMedia), the room state machine, and the control API mirroring the state machine into the
// status tree. Everything lives on one io_context run by one thread (the control thread).
#include <boost/asio/io_context.hpp>
#include <functional>
#include <memory>
#include <string>

#include "appliance/app/CameraPresets.hpp"
#include "appliance/app/FloorControl.hpp"
#include "appliance/app/MeetingLayout.hpp"
#include "appliance/app/CallRecording.hpp"
#include "appliance/app/PanelCommands.hpp"
#include "appliance/app/PjlinkProjectorAdapter.hpp"
#include "appliance/app/RoomController.hpp"
#include "appliance/app/StatusMirror.hpp"
#include "appliance/app/TestTone.hpp"
#include "appliance/app/ViscaCameraAdapter.hpp"
#include "appliance/config/RoomConfig.hpp"
#include "appliance/control/CommandTable.hpp"
#include "appliance/control/ControlServer.hpp"
#include "appliance/control/SettingsStore.hpp"
#include "appliance/control/StatusTree.hpp"
#include "appliance/media/CallMedia.hpp"
#include "appliance/provisioning/ProvisioningAgent.hpp"
#include "appliance/state/AsioScheduler.hpp"
#include "appliance/state/RoomStateMachine.hpp"

namespace vc::appliance::app {

class RoomDaemon {
 public:
  // `config` was loaded from `config_path` (which config_set rewrites). Throws on failures to
  // build the parts (e.g. control::ControlServerError from Start).
  RoomDaemon(boost::asio::io_context& io, RoomConfig config, std::string config_path);
  ~RoomDaemon();
  RoomDaemon(const RoomDaemon&) = delete;
  RoomDaemon& operator=(const RoomDaemon&) = delete;

  // Starts the control API; returns its URL.
  std::string Start();
  // Leaves the call, projector to standby, camera to privacy; then stops the control API and
  // runs `done` (bounded by the state machine's sleep timeout).
  void Shutdown(std::function<void()> done);

 private:
  void RegisterSettings();
  void OnSettingApplied(const std::string& path, const nlohmann::json& value);
  void ApplyVolume(int level);
  void StartProvisioning();  // when the configuration names a provisioning server
  void OnProvisionedConfig(const RoomConfig& config);

  // Passed by argument.
  boost::asio::io_context& io_;
  RoomConfig config_;
  std::string config_path_;

  // Allocated by this (declaration order = construction order; destroyed in reverse, so the
  // control API goes first and the scheduler last).
  control::StatusTree status_;
  AsioScheduler scheduler_;
  std::unique_ptr<PjlinkProjectorAdapter> projector_;
  std::unique_ptr<ViscaCameraAdapter> camera_;
  std::unique_ptr<media::CallMedia> call_;
  std::unique_ptr<RoomStateMachine> room_;
  std::unique_ptr<StatusMirror> mirror_;
  std::unique_ptr<RoomController> controller_;
  std::unique_ptr<provisioning::ProvisioningAgent> provisioning_;  // enrolled rooms only
  std::unique_ptr<PanelCommands> panel_commands_;  // touch panel: typed meeting, layout
  std::unique_ptr<FloorControl> floor_;            // training: raised hands and the floor
  std::unique_ptr<MeetingLayout> layout_;          // the meeting's layout to and from the MCU
  std::unique_ptr<CallRecording> recording_;       // training: the MCU's recording of the meeting
  std::unique_ptr<TestTone> test_tone_;            // technician: Audio.TestTone
  control::CommandTable commands_;
  std::unique_ptr<control::SettingsStore> settings_;
  std::unique_ptr<CameraPresets> camera_presets_;  // named presets with thumbnails (Camera/*)
  std::unique_ptr<control::ControlServer> server_;
};

// The call's media settings from the room configuration (devices, test sources, headless).
media::CallMediaConfig CallMediaConfigFromRoom(const RoomConfig& config);

}  // namespace vc::appliance::app
