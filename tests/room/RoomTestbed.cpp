#include "tests/room/RoomTestbed.hpp"

#include "tests/integration/HttpProbe.hpp"

#include <unistd.h>

#include <fstream>
#include <stdexcept>
#include <thread>

namespace vc::tests::room {
namespace {

constexpr auto kStartTimeout = 30s;
constexpr const char* kAdminToken = "room-testbed-admin-token";

uint16_t WaitPort(ChildProcess& process, const std::string& pattern) {
  auto port = process.WaitForLog(pattern, kStartTimeout);
  if (!port) {
    throw std::runtime_error(process.name() + " did not start; its log:\n" + process.Log());
  }
  return static_cast<uint16_t>(std::stoi(*port));
}

}  // namespace

RoomTestbed::Json RoomTestbed::MakeConfig(const RoomTestbedOptions& o, uint16_t mcu_port,
                                          std::optional<uint16_t> pjlink_port,
                                          std::optional<uint16_t> visca_port) {
  Json config = {
      {"name", "Phòng thử nghiệm"},
      {"site", "Test"},
      {"mode", o.mode},
      {"mcu", {{"url", "ws://127.0.0.1:" + std::to_string(mcu_port) + "/ws"}, {"room", o.mcu_room}}},
      {"devices",
       {{"camera", {{"source", "test"}}},
        {"audio", {{"capture", "test"}, {"playback", "null"}, {"volume", 60}}}}},
      {"presets",
       {{"conference", {{"camera_preset", 3}}}, {"training", {{"camera_preset", 4}}}}},
      {"privacy_preset", 9},
      {"idle_timeout_s", o.idle_timeout_s},
      {"control", {{"listen", "127.0.0.1:0"}}},
  };
  if (visca_port) {
    config["devices"]["camera"]["ptz"] = {{"host", "127.0.0.1"}, {"port", *visca_port}};
  }
  if (pjlink_port) {
    Json projector = {{"host", "127.0.0.1"},
                      {"port", *pjlink_port},
                      {"input", "31"},
                      {"warmup_timeout_s", o.warmup_timeout_s},
                      {"cooldown_timeout_s", o.warmup_timeout_s}};
    if (!o.config_password.empty()) projector["password"] = o.config_password;
    config["devices"]["projector"] = projector;
  }
  return config;
}

std::filesystem::path RoomTestbed::WriteTempConfig(const Json& config, const std::string& tag) {
  static int counter = 0;
  auto path = std::filesystem::temp_directory_path() /
              ("vc-room-test-" + std::to_string(::getpid()) + "-" + tag + "-" +
               std::to_string(++counter) + ".json");
  std::ofstream(path) << config.dump(2) << "\n";
  return path;
}

RoomTestbed::RoomTestbed(RoomTestbedOptions options) : options_(std::move(options)) {
  if (options_.mcu_admin_api) {
    admin_token_path_ = WriteTempConfig(Json(), "token");
    std::ofstream(admin_token_path_) << kAdminToken << "\n";
  }
  StartMcu(0);
  std::optional<uint16_t> pjlink_port, visca_port;
  if (options_.projector) {
    std::vector<std::string> args = {"--listen", "127.0.0.1:0", "--warmup-ms",
                                     std::to_string(options_.warmup_ms), "--cooldown-ms",
                                     std::to_string(options_.warmup_ms)};
    if (!options_.sim_password.empty()) {
      args.insert(args.end(), {"--password", options_.sim_password});
    }
    args.insert(args.end(), options_.pjlink_extra.begin(), options_.pjlink_extra.end());
    projector_ = std::make_unique<ChildProcess>(ChildProcess::Binary("vc-pjlink-sim"), args, "pjlink");
    pjlink_port = WaitPort(*projector_, R"(listening on 127\.0\.0\.1:(\d+))");
  }
  if (options_.camera) {
    std::vector<std::string> args = {"--listen", "127.0.0.1:0", "--move-ms", "200"};
    args.insert(args.end(), options_.visca_extra.begin(), options_.visca_extra.end());
    camera_ = std::make_unique<ChildProcess>(ChildProcess::Binary("vc-visca-sim"), args, "visca");
    visca_port = WaitPort(*camera_, R"(listening on [^ ]*:(\d+))");
  }
  pjlink_port_ = pjlink_port;
  visca_port_ = visca_port;
  if (!options_.start_room) return;
  config_path_ = WriteTempConfig(MakeConfig(options_, mcu_port_, pjlink_port, visca_port), "room");
  StartRoom({"--config", config_path_.string()});
}

void RoomTestbed::StartRoom(const std::vector<std::string>& arguments) {
  control_.reset();
  room_ = std::make_unique<ChildProcess>(ChildProcess::Binary("vc-room"), arguments, "vc-room");
  const uint16_t control_port = WaitPort(*room_, R"(control API listening on ws://127\.0\.0\.1:(\d+)/)");
  control_ = std::make_unique<roomctl::ControlClient>("ws://127.0.0.1:" + std::to_string(control_port) + "/",
                                                      10s);
}

RoomTestbed::~RoomTestbed() {
  control_.reset();
  if (room_) room_->Stop(30s);
  std::error_code ignored;
  if (!config_path_.empty()) std::filesystem::remove(config_path_, ignored);
  if (!admin_token_path_.empty()) std::filesystem::remove(admin_token_path_, ignored);
}

void RoomTestbed::StartMcu(uint16_t port) {
  std::vector<std::string> args{"--listen", "127.0.0.1:" + std::to_string(port)};
  if (!admin_token_path_.empty()) args.insert(args.end(), {"--admin-token-file", admin_token_path_.string()});
  args.insert(args.end(), options_.mcu_extra.begin(), options_.mcu_extra.end());
  const std::filesystem::path binary =
      options_.mcu_binary.empty() ? ChildProcess::Binary("vc-mcu") : std::filesystem::path(options_.mcu_binary);
  mcu_ = std::make_unique<ChildProcess>(binary, args, "vc-mcu");
  mcu_port_ = WaitPort(*mcu_, R"(listening on http://127\.0\.0\.1:(\d+)/)");
}

void RoomTestbed::KillMcu() { mcu_->Kill(); }

void RoomTestbed::RestartMcu() {
  // The port was just released by a killed process; binding may need a moment on a busy box.
  const uint16_t port = mcu_port_;
  for (int attempt = 0; attempt < 20; ++attempt) {
    try {
      StartMcu(port);
      return;
    } catch (const std::runtime_error&) {
      std::this_thread::sleep_for(500ms);
    }
  }
  throw std::runtime_error("vc-mcu could not listen on port " + std::to_string(port) + " again");
}

RoomTestbed::Json RoomTestbed::Command(const std::string& name, const Json& args) {
  return control_->Command(name, args, 30s);
}

RoomTestbed::Json RoomTestbed::Status(const std::string& path) {
  const Json reply = control_->Get(path, 10s);
  return reply.value("type", "") == "status" ? reply["value"] : Json();
}

std::optional<RoomTestbed::Json> RoomTestbed::WaitStatus(const std::string& path,
                                                         const std::function<bool(const Json&)>& match,
                                                         std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  Json last;
  while (true) {
    last = Status(path);
    if (match(last)) return last;
    if (std::chrono::steady_clock::now() >= deadline) return std::nullopt;
    std::this_thread::sleep_for(200ms);
  }
}

std::optional<RoomTestbed::Json> RoomTestbed::WaitStatusEquals(const std::string& path, const Json& value,
                                                               std::chrono::milliseconds timeout) {
  return WaitStatus(path, [&](const Json& v) { return v == value; }, timeout);
}

RoomTestbed::AdminReply RoomTestbed::Admin(const std::string& method, const std::string& target,
                                           const std::string& body) {
  const auto response = integration::HttpProbe::Send(mcu_port_, method, target, kAdminToken, body);
  AdminReply reply{response.status, Json::parse(response.body, nullptr, false), response.body + response.error};
  if (reply.body.is_discarded()) reply.body = Json();
  return reply;
}

std::string RoomTestbed::McuParticipantId() {
  const AdminReply rooms = Admin("GET", "/api/v1/rooms");
  if (rooms.status != 200 || !rooms.body.contains("rooms")) return "";
  for (const auto& entry : rooms.body["rooms"]) {
    if (entry.value("room", "") == options_.mcu_room && entry.contains("participants") &&
        !entry["participants"].empty()) {
      return entry["participants"][0].value("id", "");
    }
  }
  return "";
}

std::string RoomTestbed::Logs() const {
  std::string out;
  for (const ChildProcess* p : {mcu_.get(), projector_.get(), camera_.get(), room_.get()}) {
    if (p) out += "---- " + p->name() + " ----\n" + p->Log() + "\n";
  }
  return out;
}

}  // namespace vc::tests::room
