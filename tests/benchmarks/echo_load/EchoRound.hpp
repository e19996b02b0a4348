#pragma once
// One round against one server: N webrtcbin peers start together, each signals on its own thread
// (EchoSignaler); this thread watches for each peer's first decoded returned video frame and audio
// buffer, then, once every peer is flowing (plus one settling second), measures returned frames and
// the server's CPU time over a fixed window. Peers are torn down before Run returns.

#include <sys/types.h>

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "tests/benchmarks/echo_load/EchoSignaler.hpp"

namespace vc::tests::benchmarks {

class EchoRound {
 public:
  struct Options {
    int peers = 4;
    std::chrono::milliseconds setup_timeout{30000};
    std::chrono::milliseconds window{10000};
    pid_t server_pid = -1;
  };
  struct PeerResult {
    std::optional<double> first_video_ms;  // from the peer's start to its first returned frame
    std::optional<double> first_audio_ms;
    double frames_per_second = 0;  // returned video over the window
    std::string error;
  };
  struct Result {
    std::vector<PeerResult> peers;
    bool all_flowing = false;
    std::optional<double> cpu_seconds_per_second;  // server, over the window
  };

  static Result Run(EchoSignaler& signaler, const Options& options);
};

}  // namespace vc::tests::benchmarks
