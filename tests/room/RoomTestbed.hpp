#pragma once
// A whole room on loopback for end-to-end tests: vc-mcu, the PJLink and VISCA emulators (port 0),
// and vc-room with a generated configuration pointing at them, driven through the control API
// with the same client as vc-roomctl. Every wait is bounded.
#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "appliance/roomctl/ControlClient.hpp"
#include "tests/room/ChildProcess.hpp"

namespace vc::tests::room {

using namespace std::chrono_literals;
namespace roomctl = vc::appliance::roomctl;

struct RoomTestbedOptions {
  bool projector = true;
  bool camera = true;
  std::string sim_password = "secret";      // vc-pjlink-sim --password ("" = none)
  std::string config_password = "secret";   // what the room's configuration says
  std::vector<std::string> pjlink_extra;    // e.g. {"--fault", "lamp"}
  std::vector<std::string> visca_extra;     // e.g. {"--fault", "no-answer"}
  int warmup_ms = 1500;                     // emulated projector warm-up / cool-down
  int warmup_timeout_s = 20;                // the room's warm-up/cool-down timeouts
  int idle_timeout_s = 2;
  std::string mcu_room = "echo-room-test";
  std::string mode = "conference";
  bool mcu_admin_api = false;               // vc-mcu --admin-token-file (see Admin())
  std::vector<std::string> mcu_extra;       // e.g. {"--admin-token-file", path}
  std::string mcu_binary;                   // "" = $VC_BIN_DIR/vc-mcu
  // false: the test starts vc-room itself with StartRoom (e.g. enrolling with a server).
  bool start_room = true;
};

class RoomTestbed {
 public:
  using Json = nlohmann::json;

  // Starts everything; throws std::runtime_error (with the logs) when a process does not start.
  explicit RoomTestbed(RoomTestbedOptions options = {});
  ~RoomTestbed();

  roomctl::ControlClient& Control() { return *control_; }
  ChildProcess& Room() { return *room_; }
  ChildProcess& Mcu() { return *mcu_; }
  ChildProcess* Projector() { return projector_.get(); }
  ChildProcess* Camera() { return camera_.get(); }
  uint16_t McuPort() const { return mcu_port_; }
  const std::filesystem::path& ConfigPath() const { return config_path_; }

  Json Command(const std::string& name, const Json& args = Json::object());
  // The MCU's admin API (options.mcu_admin_api): status 0 when there was no answer.
  struct AdminReply {
    int status = 0;
    Json body;  // null when the body is not JSON
    std::string text;
  };
  AdminReply Admin(const std::string& method, const std::string& target, const std::string& body = "");
  // The room's own participant id in the MCU's room (from GET /api/v1/rooms), "" if not there.
  std::string McuParticipantId();
  // The value at `path` (null when the path does not exist).
  Json Status(const std::string& path);
  // Polls `path` until `match` accepts the value; returns the last value seen either way.
  std::optional<Json> WaitStatus(const std::string& path, const std::function<bool(const Json&)>& match,
                                 std::chrono::milliseconds timeout);
  std::optional<Json> WaitStatusEquals(const std::string& path, const Json& value,
                                       std::chrono::milliseconds timeout);

  // Starts vc-room with exactly `arguments` and connects the control client; throws
  // std::runtime_error (with the logs) when it does not serve its control API in time.
  void StartRoom(const std::vector<std::string>& arguments);
  // The emulators' ports (nullopt when not started), for a configuration made elsewhere.
  std::optional<uint16_t> PjlinkPort() const { return pjlink_port_; }
  std::optional<uint16_t> ViscaPort() const { return visca_port_; }

  // vc-mcu: SIGKILL (network loss), then the same port again.
  void KillMcu();
  void RestartMcu();

  // Every child's log, for failure messages.
  std::string Logs() const;

  // Room configuration text for these options (also used by the bad-config tests).
  static Json MakeConfig(const RoomTestbedOptions& options, uint16_t mcu_port,
                         std::optional<uint16_t> pjlink_port, std::optional<uint16_t> visca_port);
  static std::filesystem::path WriteTempConfig(const Json& config, const std::string& tag);

 private:
  void StartMcu(uint16_t port);

  RoomTestbedOptions options_;
  std::unique_ptr<ChildProcess> mcu_;
  std::unique_ptr<ChildProcess> projector_;
  std::unique_ptr<ChildProcess> camera_;
  std::unique_ptr<ChildProcess> room_;
  std::unique_ptr<roomctl::ControlClient> control_;
  std::filesystem::path config_path_;
  std::filesystem::path admin_token_path_;
  uint16_t mcu_port_ = 0;
  std::optional<uint16_t> pjlink_port_;
  std::optional<uint16_t> visca_port_;
};

}  // namespace vc::tests::room
