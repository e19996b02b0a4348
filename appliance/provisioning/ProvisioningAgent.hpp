#pragma once
// vc-room's link to vc-provision once enrolled: a heartbeat every heartbeat_seconds (the first at
// start) with the room's status summary; from each answer, the next meeting (status tree
// Schedule/NextMeeting/..., with its join token) and a newer configuration, which is saved and
// applied without interrupting a call unless the change needs it (docs/room-config.md). Also the
// Call.Join command: without arguments it joins the next meeting when it is available, passing
// the meeting's join token and PIN; otherwise the configured MCU room as before.
// Everything runs on the daemon's io_context; the HTTP exchanges are asynchronous and bounded,
// so neither the control API nor the call ever waits for the server.
#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "appliance/config/RoomConfig.hpp"
#include "appliance/control/CommandResult.hpp"
#include "appliance/control/RoomControl.hpp"
#include "appliance/control/StatusTree.hpp"
#include "appliance/provisioning/HttpsClient.hpp"
#include "appliance/provisioning/ProvisioningMessages.hpp"
#include "appliance/provisioning/ScheduleStatus.hpp"
#include "appliance/provisioning/ServerConfig.hpp"
#include "appliance/state/RoomStateMachine.hpp"

namespace vc::appliance::provisioning {

class ProvisioningAgent final : private RoomStateMachine::Listener {
 public:
  using WallClock = std::function<int64_t()>;  // seconds since 1970 (UTC)
  // After a server configuration was saved: the daemon refreshes what it shows (names...).
  using ConfigApplied = std::function<void(const RoomConfig& config, ConfigChange change)>;

  // `config` must have a provisioning section. Throws std::runtime_error when the server URL or
  // the CA file is unusable.
  ProvisioningAgent(boost::asio::io_context& io, RoomStateMachine& room, control::StatusTree& status,
                    std::string config_path, RoomConfig config, ConfigApplied applied,
                    WallClock now = {});
  ~ProvisioningAgent() override;
  ProvisioningAgent(const ProvisioningAgent&) = delete;
  ProvisioningAgent& operator=(const ProvisioningAgent&) = delete;

  // Reads the credential (a missing one is shown in status and logged, not fatal: the room still
  // works by hand) and sends the first heartbeat.
  void Start();
  void Stop();

  // The control API's Call.Join: args {} or {"meeting": ID}.
  void Join(const nlohmann::json& args, control::RoomControl& control, control::CommandReply reply);

 private:
  // RoomStateMachine::Listener
  void OnRoomStatusChanged(const RoomStatus& status) override;
  void OnRoomCallEvent(const std::string&) override {}

  void SendHeartbeat();
  void ScheduleNext();
  void OnHeartbeatAnswer(HttpResult result);
  void ApplyServerConfig(const nlohmann::json& server_config, int version);
  void TargetMeeting(const Meeting& meeting);
  void TargetConfiguredRoom();
  bool InCallOnConfiguredRoom() const;
  HeartbeatSummary Summary() const;
  void SetState(const std::string& state, const std::string& error);

  // Passed by argument.
  boost::asio::io_context& io_;
  RoomStateMachine& room_;
  control::StatusTree& status_;
  const std::string config_path_;
  RoomConfig config_;
  ConfigApplied applied_;
  WallClock now_;
  // Allocated by this.
  std::unique_ptr<HttpsClient> client_;
  boost::asio::steady_timer timer_;
  std::chrono::steady_clock::time_point next_beat_;
  ScheduleStatus schedule_;
  std::string credential_;
  bool in_flight_ = false;
  bool stopped_ = false;
  std::optional<Meeting> next_meeting_;
  std::optional<Meeting> joined_meeting_;  // the call's target, while in a meeting's call
  std::optional<int> refused_version_;     // a server configuration that did not validate
  bool rejoin_pending_ = false;            // left for an MCU change; join again at standby
  std::string state_;
  std::shared_ptr<int> alive_ = std::make_shared<int>(0);  // posted tasks hold a weak_ptr
};

}  // namespace vc::appliance::provisioning
