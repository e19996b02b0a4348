#include "tests/provisioning_e2e/ProvisionServer.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace vc::tests::provisioning {
namespace {

using namespace std::chrono_literals;

std::string ShellQuote(const std::string& text) {
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

std::filesystem::path Binary() { return room::ChildProcess::Binary("vc-provision"); }

}  // namespace

bool ProvisionServer::Available() { return std::filesystem::exists(Binary()); }

ProvisionServer::ProvisionServer(ProvisionServerOptions options) : options_(options) {
  static int counter = 0;
  dir_ = std::filesystem::temp_directory_path() /
         ("vc-provision-e2e-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
  std::filesystem::remove_all(dir_);
  std::filesystem::create_directories(dir_);
  db_ = dir_ / "provision.db";
  CliOk({"mcu-credentials", "--out", (dir_ / "mcu").string()});
  std::vector<std::string> args{"serve", "--db", db_.string(), "--listen", "127.0.0.1:0",
                                "--join-key-file", JoinKeyFile(), "--heartbeat-seconds",
                                std::to_string(options_.heartbeat_seconds), "--offline-after-seconds",
                                std::to_string(options_.offline_after_seconds)};
  if (options_.tls) {
    // An IP subjectAltName: the room checks the certificate against the address it dials.
    const std::string command =
        "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj "
        "/CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 -days 2 -keyout " +
        ShellQuote((dir_ / "key.pem").string()) + " -out " + ShellQuote(CertFile()) + " >/dev/null 2>&1";
    if (std::system(command.c_str()) != 0) throw std::runtime_error("could not run: " + command);
    args.insert(args.end(), {"--tls-cert", CertFile(), "--tls-key", (dir_ / "key.pem").string()});
  }
  serve_ = std::make_unique<room::ChildProcess>(Binary(), args, "vc-provision");
  const auto port = serve_->WaitForLog(R"(serving https?://127\.0\.0\.1:(\d+))", 30s);
  if (!port) throw std::runtime_error("vc-provision serve did not start; its log:\n" + serve_->Log());
  url_ = std::string(options_.tls ? "https" : "http") + "://127.0.0.1:" + *port;
}

ProvisionServer::~ProvisionServer() {
  if (serve_) serve_->Stop(10s);
  std::error_code ignored;
  std::filesystem::remove_all(dir_, ignored);
}

std::string ProvisionServer::AdminToken() const {
  std::ifstream file(AdminTokenFile());
  std::string token;
  std::getline(file, token);
  return token;
}

ProvisionServer::CliResult ProvisionServer::Cli(std::vector<std::string> arguments, bool with_db) {
  if (with_db) arguments.insert(arguments.end(), {"--db", db_.string()});
  // `timeout` bounds a CLI that would hang; stderr goes to a log beside the database.
  std::string command = "timeout 60 " + ShellQuote(Binary().string());
  for (const auto& a : arguments) command += " " + ShellQuote(a);
  command += " 2>>" + ShellQuote((dir_ / "cli.log").string());
  CliResult result;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) throw std::runtime_error("cannot run " + command);
  char buffer[4096];
  size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) result.out.append(buffer, n);
  const int status = ::pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

std::string ProvisionServer::CliOk(std::vector<std::string> arguments) {
  const std::string shown = arguments.empty() ? "" : arguments.front();
  const bool with_db = shown != "mcu-credentials";
  CliResult result = Cli(std::move(arguments), with_db);
  if (result.exit_code != 0) {
    throw std::runtime_error("vc-provision " + shown + " failed (" + std::to_string(result.exit_code) +
                             "): " + result.out + "\n" + Logs());
  }
  return result.out;
}

nlohmann::json ProvisionServer::FleetRow(const std::string& room_id) {
  const CliResult result = Cli({"fleet", "--json", "--offline-after-seconds",
                                std::to_string(options_.offline_after_seconds)});
  const auto fleet = nlohmann::json::parse(result.out, nullptr, false);
  if (fleet.is_discarded() || !fleet.contains("rooms")) return nullptr;
  for (const auto& row : fleet["rooms"]) {
    if (row.value("id", "") == room_id) return row;
  }
  return nullptr;
}

std::string ProvisionServer::Logs() const {
  std::string out = serve_ ? "---- vc-provision serve ----\n" + serve_->Log() + "\n" : "";
  std::ifstream cli(dir_ / "cli.log");
  std::stringstream text;
  text << cli.rdbuf();
  return out + "---- vc-provision CLI ----\n" + text.str();
}

}  // namespace vc::tests::provisioning
