#include "appliance/provisioning/ProvisioningAgent.hpp"

#include <boost/asio/post.hpp>
#include <ctime>

#include "appliance/Version.hpp"
#include "appliance/config/ConfigError.hpp"
#include "appliance/config/RoomConfigParser.hpp"
#include "appliance/config/RoomConfigWriter.hpp"
#include "appliance/provisioning/CredentialFile.hpp"
#include "appliance/state/RoomOptions.hpp"
#include "common/log/Log.hpp"

namespace vc::appliance::provisioning {
namespace {

constexpr std::string_view kLog = "provisioning";
namespace error_code = control::error_code;
using control::CommandResult;

int64_t SystemNow() { return static_cast<int64_t>(std::time(nullptr)); }

std::string UtcText(int64_t epoch) {
  const std::time_t t = static_cast<std::time_t>(epoch);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return text;
}

bool Idle(RoomState state) { return state == RoomState::kStandby || state == RoomState::kError; }

const char* ChangeName(ConfigChange change) {
  switch (change) {
    case ConfigChange::kNone: return "no change for the room";
    case ConfigChange::kLive: return "applied at once";
    case ConfigChange::kRejoin: return "the MCU target changed";
    case ConfigChange::kRestart: return "devices or control address changed: used from the next start";
  }
  return "";
}

}  // namespace

ProvisioningAgent::ProvisioningAgent(boost::asio::io_context& io, RoomStateMachine& room,
                                     control::StatusTree& status, std::string config_path,
                                     RoomConfig config, ConfigApplied applied, WallClock now)
    : io_(io),
      room_(room),
      status_(status),
      config_path_(std::move(config_path)),
      config_(std::move(config)),
      applied_(std::move(applied)),
      now_(now ? std::move(now) : WallClock(SystemNow)),
      timer_(io),
      schedule_(status) {
  if (!config_.provisioning) throw std::runtime_error("no provisioning section in the configuration");
  std::string error;
  const auto url = ServerUrl::Parse(config_.provisioning->server, &error);
  if (!url) throw std::runtime_error(error);
  // Each exchange is bounded well inside one heartbeat interval (and at most 10 s).
  const auto beat = std::chrono::seconds(config_.provisioning->heartbeat_seconds);
  const auto timeout = std::min<std::chrono::milliseconds>(std::chrono::seconds(10), beat);
  client_ = std::make_unique<HttpsClient>(io_, *url, config_.provisioning->ca_file, timeout);
  room_.AddListener(this);
}

ProvisioningAgent::~ProvisioningAgent() {
  Stop();
  room_.RemoveListener(this);
}

void ProvisioningAgent::Start() {
  status_.Set("Provisioning/Server", config_.provisioning->server);
  status_.Set("Provisioning/ConfigVersion", config_.provisioning->config_version);
  status_.Set("Provisioning/PendingRestart", false);
  try {
    credential_ = CredentialFile::Read(CredentialFile::PathFor(config_path_));
  } catch (const std::runtime_error& e) {
    SetState("no_credential", e.what());
    return;
  }
  SetState("connecting", "");
  next_beat_ = std::chrono::steady_clock::now();
  SendHeartbeat();
}

void ProvisioningAgent::Stop() {
  stopped_ = true;
  timer_.cancel();
}

void ProvisioningAgent::SendHeartbeat() {
  if (stopped_) return;
  if (!in_flight_) {
    in_flight_ = true;
    client_->Send("POST", "/api/v1/appliance/heartbeat", credential_, MakeHeartbeatRequest(Summary()),
                  [this](HttpResult result) { OnHeartbeatAnswer(std::move(result)); });
  }
  ScheduleNext();
}

void ProvisioningAgent::ScheduleNext() {
  // Absolute deadlines, so the interval does not drift by the time each exchange takes.
  const auto interval = std::chrono::seconds(config_.provisioning->heartbeat_seconds);
  const auto now = std::chrono::steady_clock::now();
  next_beat_ += interval;
  if (next_beat_ <= now) next_beat_ = now + interval;
  timer_.expires_at(next_beat_);
  timer_.async_wait([this, alive = std::weak_ptr<int>(alive_)](const boost::system::error_code& ec) {
    if (!ec && alive.lock()) SendHeartbeat();  // cancelled when stopped or destroyed
  });
}

void ProvisioningAgent::OnHeartbeatAnswer(HttpResult result) {
  in_flight_ = false;
  if (result.status == 0) return SetState("unreachable", result.error);
  if (result.status != 200) {
    const ServerError error = ParseServerError(result.status, result.body);
    const bool refused = result.status == 401 || result.status == 403;
    return SetState(refused ? "unauthorized" : "error",
                    "HTTP " + std::to_string(result.status) + " " + error.code + ": " + error.reason);
  }
  HeartbeatReply reply;
  try {
    reply = ParseHeartbeatReply(result.body);
  } catch (const ProtocolError& e) {
    return SetState("error", e.what());
  }
  SetState("online", "");
  const int64_t now = now_();
  status_.Set("Provisioning/LastContact", UtcText(now));
  next_meeting_ = reply.next_meeting;
  schedule_.Publish(next_meeting_, now);
  if (reply.config && reply.config_version > config_.provisioning->config_version &&
      refused_version_ != reply.config_version) {
    ApplyServerConfig(*reply.config, reply.config_version);
  }
}

void ProvisioningAgent::ApplyServerConfig(const nlohmann::json& server_config, int version) {
  ProvisioningConfig provisioning = *config_.provisioning;
  provisioning.config_version = version;
  RoomConfig next;
  try {
    next = RoomConfigFromServer(server_config, config_, provisioning);
  } catch (const ConfigError& e) {
    refused_version_ = version;
    common::log::Warn(kLog, "configuration version ", version, " refused: ", e.what());
    status_.Set("Provisioning/Error", "configuration version " + std::to_string(version) +
                                          " refused: " + e.what());
    return;
  }
  const ConfigChange change = ClassifyChange(config_, next);
  // A call on another room (a meeting typed on the panel) is not the configured room's call.
  const bool on_configured_room = room_.options().target.room == config_.mcu.room;
  try {
    SaveRoomConfig(next, config_path_);
  } catch (const ConfigError& e) {
    common::log::Warn(kLog, "configuration version ", version, " not saved: ", e.what());
    return;
  }
  config_ = std::move(next);
  status_.Set("Provisioning/ConfigVersion", version);
  if (change == ConfigChange::kRestart) status_.Set("Provisioning/PendingRestart", true);
  common::log::Info(kLog, "configuration version ", version, " saved: ", ChangeName(change));

  RoomOptions options = RoomOptionsFromConfig(config_);
  options.mode = room_.options().mode;  // the live mode stays until the panel changes it
  if (joined_meeting_ || (!on_configured_room && !Idle(room_.status().state))) {
    options.target = room_.options().target;  // a meeting's call keeps its meeting
    room_.SetOptions(std::move(options));
  } else if (change == ConfigChange::kRejoin && on_configured_room && InCallOnConfiguredRoom()) {
    room_.SetOptions(std::move(options));
    common::log::Info(kLog, "leaving the call to rejoin on the new MCU target");
    rejoin_pending_ = true;
    try {
      room_.Leave();
    } catch (const RoomCommandError&) {
      rejoin_pending_ = false;
    }
  } else {
    room_.SetOptions(std::move(options));
  }
  if (applied_) applied_(config_, change);
}

bool ProvisioningAgent::InCallOnConfiguredRoom() const {
  const RoomState state = room_.status().state;
  return !joined_meeting_ && !Idle(state) && state != RoomState::kLeaving;
}

void ProvisioningAgent::OnRoomStatusChanged(const RoomStatus& status) {
  if (Idle(status.state)) joined_meeting_.reset();
  if (rejoin_pending_ && status.state == RoomState::kStandby) {
    rejoin_pending_ = false;
    // Not from inside the state machine's own notification.
    boost::asio::post(io_, [this, alive = std::weak_ptr<int>(alive_)] {
      if (!alive.lock() || stopped_) return;
      try {
        TargetConfiguredRoom();
        room_.Join();
      } catch (const RoomCommandError& e) {
        common::log::Warn(kLog, "rejoin after the configuration change failed: ", e.what());
      }
    });
  }
}

void ProvisioningAgent::TargetMeeting(const Meeting& meeting) {
  RoomOptions options = room_.options();
  options.target.room = meeting.mcu_room;
  options.target.token = meeting.join_token;
  options.target.pin = meeting.pin;
  if (auto mode = ParseRoomMode(meeting.mode)) options.mode = *mode;
  room_.SetOptions(std::move(options));
}

void ProvisioningAgent::TargetConfiguredRoom() {
  try {
    config_ = LoadRoomConfig(config_path_);  // the control API may have edited the file
  } catch (const ConfigError& e) {
    common::log::Warn(kLog, "configuration not reloaded: ", e.what());
  }
  RoomOptions options = RoomOptionsFromConfig(config_);
  options.mode = room_.options().mode;
  room_.SetOptions(std::move(options));
}

void ProvisioningAgent::Join(const nlohmann::json& args, control::RoomControl& control,
                             control::CommandReply reply) {
  if (!args.is_null() && !args.is_object()) {
    throw control::CommandError(error_code::kBadArgs, "args must be an object");
  }
  std::optional<std::string> requested;
  if (args.is_object()) {
    for (const auto& [key, value] : args.items()) {
      if (key != "meeting") {
        throw control::CommandError(error_code::kBadArgs, "Call.Join takes only {meeting: ID}");
      }
      if (!value.is_string()) {
        throw control::CommandError(error_code::kBadArgs, "'meeting' must be a string");
      }
      requested = value.get<std::string>();
    }
  }
  const int64_t now = now_();
  const bool available = next_meeting_ && next_meeting_->Available(now);
  if (requested) {
    if (!next_meeting_ || next_meeting_->id != *requested) {
      reply(CommandResult::Error(error_code::kInvalidState,
                                 "meeting '" + requested->substr(0, 64) + "' is not the room's next meeting"));
      return;
    }
    if (!available) {
      reply(CommandResult::Error(error_code::kInvalidState,
                                 "meeting '" + *requested + "' is not open for joining (opens at " +
                                     next_meeting_->join_opens_at + ")"));
      return;
    }
  }
  const bool idle = Idle(room_.status().state);
  if (idle) {
    if (available) {
      TargetMeeting(*next_meeting_);
    } else {
      TargetConfiguredRoom();
    }
  }
  control.JoinCall(std::move(reply));
  if (idle && available && !Idle(room_.status().state)) {
    joined_meeting_ = next_meeting_;
    common::log::Info(kLog, "joining meeting ", next_meeting_->id, " (", next_meeting_->title,
                      ") in MCU room ", next_meeting_->mcu_room);
  }
}

HeartbeatSummary ProvisioningAgent::Summary() const {
  const RoomStatus& status = room_.status();
  HeartbeatSummary summary;
  summary.call_state = RoomStateName(status.state);
  for (const auto& [device, fault] : status.device_faults) {
    summary.faults.push_back({device, fault.operation + " failed: " + fault.message});
  }
  summary.software_version = SoftwareVersion();
  summary.config_version = config_.provisioning->config_version;
  if (!Idle(status.state) && status.state != RoomState::kLeaving) {
    summary.meeting = room_.options().target.room;
  }
  return summary;
}

void ProvisioningAgent::SetState(const std::string& state, const std::string& error) {
  status_.Set("Provisioning/Error", error);
  if (state == state_) return;
  state_ = state;
  status_.Set("Provisioning/State", state);
  // One line per change of state, not per heartbeat (a server down for an hour is one line).
  if (error.empty()) {
    common::log::Info(kLog, "provisioning server ", config_.provisioning->server, ": ", state);
  } else {
    common::log::Warn(kLog, "provisioning server ", config_.provisioning->server, ": ", state, ": ",
                      error);
  }
}

}  // namespace vc::appliance::provisioning
