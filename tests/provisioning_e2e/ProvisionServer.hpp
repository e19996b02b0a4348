#pragma once
// vc-provision for end-to-end tests: its secrets (mcu-credentials), `serve` on a free loopback
// port with a fresh SQLite file and shortened heartbeat/offline intervals, and the technician
// CLI run against the same database. Every run is bounded.
#include <chrono>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "tests/room/ChildProcess.hpp"

namespace vc::tests::provisioning {

struct ProvisionServerOptions {
  int heartbeat_seconds = 1;
  int offline_after_seconds = 3;
  bool tls = false;  // HTTPS with a fresh self-signed certificate for 127.0.0.1 (CertFile())
};

class ProvisionServer {
 public:
  struct CliResult {
    int exit_code = -1;
    std::string out;  // stdout only
  };

  // Throws std::runtime_error (with the log) when serve does not start.
  explicit ProvisionServer(ProvisionServerOptions options = {});
  ~ProvisionServer();

  static bool Available();  // $VC_BIN_DIR/vc-provision exists
  const std::string& Url() const { return url_; }
  std::string JoinKeyFile() const { return (dir_ / "mcu" / "join-key").string(); }
  std::string AdminTokenFile() const { return (dir_ / "mcu" / "admin-token").string(); }
  std::string AdminToken() const;
  std::string CertFile() const { return (dir_ / "cert.pem").string(); }
  const std::filesystem::path& Dir() const { return dir_; }
  room::ChildProcess& Process() { return *serve_; }

  // `vc-provision ARGS... --db DB` (the CLI shares serve's database file).
  CliResult Cli(std::vector<std::string> arguments, bool with_db = true);
  // Like Cli, but throws std::runtime_error naming the command when it exits non-zero.
  std::string CliOk(std::vector<std::string> arguments);
  // The row of `room_id` in `fleet --json` (null when absent).
  nlohmann::json FleetRow(const std::string& room_id);
  std::string Logs() const;

 private:
  ProvisionServerOptions options_;
  std::filesystem::path dir_;
  std::filesystem::path db_;
  std::unique_ptr<room::ChildProcess> serve_;
  std::string url_;
};

}  // namespace vc::tests::provisioning
