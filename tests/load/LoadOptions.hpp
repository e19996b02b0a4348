#pragma once
// vc-load's command line.
#include <sys/types.h>

#include <string>
#include <vector>

namespace vc::tests::load {

enum class Target { kMcu, kJanus };

struct LoadOptions {
  Target target = Target::kMcu;
  std::string mcu_url;    // ws://HOST:PORT/ws
  std::string janus_url;  // http://127.0.0.1:PORT/janus
  std::string room = "load";
  int participants = 10;
  int talkers = 3;
  double seconds = 10;        // measurement window
  double warmup_seconds = 2;  // after everyone connected, before the window
  double setup_timeout_seconds = 60;
  int probes = 4;  // receivers that decode
  bool json = false;
  pid_t server_pid = 0;  // >0: the server's CPU over the window goes into the report
  bool help = false;

  static constexpr const char* kUsage =
      "usage: vc-load [--target mcu|janus] [--mcu ws://HOST:PORT/ws] [--janus http://127.0.0.1:PORT/janus]\n"
      "               [--room R] [--participants N] [--talkers K] [--seconds S] [--warmup S]\n"
      "               [--setup-timeout S] [--probes P] [--server-pid PID] [--json] [--help]\n";
  static constexpr const char* kHelp =
      "Joins N participants to one room of vc-mcu (through its WebSocket signaling) or of Janus's\n"
      "AudioBridge (HTTP API), all in one process on one GLib loop, each over the MCU's own WebRTC\n"
      "transport in client mode. K of them talk (pre-encoded speech-like Opus with RFC 6464 levels);\n"
      "the others send near-silent frames with level 127. Over a window of S seconds it reports\n"
      "packets received, loss, and for P probe receivers concealed frames and silence gaps, and the\n"
      "server-added delay of a marked burst (talker 1 -> probes; p50/p95). --janus room: a number.\n"
      "Janus never gathers on loopback: run it and vc-load in tests/benchmarks/echo_load/netns.sh.\n";

  // Throws std::invalid_argument with a one-line reason.
  static LoadOptions Parse(const std::vector<std::string>& arguments);
};

}  // namespace vc::tests::load
