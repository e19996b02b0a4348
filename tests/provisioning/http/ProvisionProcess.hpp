#pragma once
// The real vc-provision binary, run as the technicians run it: `serve` as a child process on
// 127.0.0.1:0 (its port read from its log line), CLI commands with their output and exit code,
// and a bounded HTTP/1.1 client for the API.
#include <sys/types.h>

#include <chrono>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

namespace vc::provision::test {

struct CliResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs build/bin/vc-provision ARGS with `input` on stdin; bounded by `timeout`.
CliResult RunCli(const std::vector<std::string>& args, const std::string& input = "",
                 std::chrono::seconds timeout = std::chrono::seconds(30));

struct HttpResult {
  int status = 0;  // 0: no answer
  std::string body;
  std::map<std::string, std::string> headers;  // lower-case names
  std::string error;
  nlohmann::json Json() const { return nlohmann::json::parse(body, nullptr, false); }
  std::string Header(const std::string& lower_case_name) const {
    const auto it = headers.find(lower_case_name);
    return it == headers.end() ? "" : it->second;
  }
};

HttpResult Http(uint16_t port, const std::string& method, const std::string& target,
                const std::string& body = "", const std::map<std::string, std::string>& headers = {},
                std::chrono::milliseconds timeout = std::chrono::milliseconds(10000));
// GET over HTTPS without verifying the (self-signed) certificate.
HttpResult HttpsGet(uint16_t port, const std::string& target);
// With "Authorization: Bearer TOKEN" (none when empty) and a JSON content type.
HttpResult Api(uint16_t port, const std::string& method, const std::string& target, const std::string& token,
               const std::string& body = "");

class ServeProcess {
 public:
  // Starts `vc-provision serve --db DB --listen 127.0.0.1:0 EXTRA...`; throws if it does not
  // print its listening line within 10 s.
  ServeProcess(const std::string& db, const std::vector<std::string>& extra = {});
  ~ServeProcess();  // SIGTERM, then SIGKILL after 5 s
  ServeProcess(const ServeProcess&) = delete;
  ServeProcess& operator=(const ServeProcess&) = delete;

  uint16_t port() const { return port_; }
  std::string Log();
  // SIGTERM and wait; the exit status (or -1 if it had to be killed).
  int Stop();

 private:
  pid_t pid_ = -1;
  int stderr_fd_ = -1;
  uint16_t port_ = 0;
  std::mutex mutex_;
  std::string log_;
  std::thread reader_;
};

// Logs in through the API and returns the session token (throws on failure).
std::string Login(uint16_t port, const std::string& user, const std::string& password);

}  // namespace vc::provision::test
