#pragma once
// One Janus 1.1.2 child process for the benchmark, with a private configuration generated into a
// temporary folder: only one plugin (EchoTest unless Options say otherwise; vc-load's benchmark uses
// AudioBridge) and the HTTP transport (127.0.0.1, a free port), no NAT mapping, no event handlers
// or loggers. Started with `janus -F DIR -C DIR/janus.jcfg`;
// stopped with SIGTERM, then SIGKILL. Every wait is bounded.
//
// ICE: Janus skips interfaces flagged IFF_LOOPBACK when it gathers, so `ice_enforce_list = "lo"`
// yields no candidate (libnice then falls back to every other address), and libnice pins each
// socket to its interface (IP_UNICAST_IF), so a 127.x address on another interface cannot send.
// Janus's ICE is therefore enforced onto `vcbench0`, one end of a veth pair inside a private
// network namespace (tests/benchmarks/echo_load/netns.sh) whose sysctls deliver its packets to
// 127.0.0.1: nothing leaves that namespace.

#include <sys/types.h>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>

namespace vc::tests::benchmarks {

class JanusProcess {
 public:
  struct Options {
    std::filesystem::path binary = "/usr/bin/janus";
    std::filesystem::path library_dir = "/usr/lib/x86_64-linux-gnu/janus";
    std::chrono::milliseconds start_timeout{15000};
    std::string ice_interface = "vcbench0";  // the only interface Janus gathers on
    // The one plugin loaded (a file in library_dir/plugins) and its configuration file.
    std::string plugin = "libjanus_echotest.so";
    std::string plugin_config_name = "janus.plugin.echotest.jcfg";
    std::string plugin_config = "general: {\n}\n";
    int session_timeout_seconds = 60;  // 0: sessions never time out
  };

  // Why Janus cannot run here ("" when the binary and the two modules are installed).
  static std::string WhyUnavailable(const Options& options);

  explicit JanusProcess(Options options);  // throws std::runtime_error (with the log)
  ~JanusProcess();                         // stops the process and removes the folder
  JanusProcess(const JanusProcess&) = delete;
  JanusProcess& operator=(const JanusProcess&) = delete;

  uint16_t HttpPort() const { return http_port_; }
  pid_t Pid() const { return pid_; }
  std::string Log() const;
  void Stop(std::chrono::milliseconds timeout = std::chrono::milliseconds(5000));

 private:
  void WriteConfiguration(const Options& options);
  bool AnswersHttp() const;

  std::filesystem::path folder_;
  uint16_t http_port_ = 0;
  pid_t pid_ = -1;
};

}  // namespace vc::tests::benchmarks
