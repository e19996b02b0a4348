#pragma once
// One measurement of vc-video-bench against a running vc-mcu: N senders (640x360 15 fps VP8
// from their SenderClips) and R receivers of the room's composite join one room through its
// WebSocket signaling, all on one GLib loop in this process. Receivers are the first min(N, R)
// senders (sendrecv) and R - N receive-only sites beyond them (the MCU shows those as name
// tiles, as it does every site without a camera). Site 1 is the probe: it decodes the
// composite and reads every tile's FrameCode. Over a window of S seconds (after a warm-up) it
// measures the MCU's CPU (utime+stime from /proc/PID/stat), the composite frames received,
// and the glass-to-glass delay: a sender's send of frame k -> the first decoded composite in
// which the probe reads frame k of that sender.
#include <sys/types.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "tests/benchmarks/video_load/SenderClip.hpp"

namespace vc::tests::video_load {

struct VideoRunOptions {
  std::string mcu_url;  // ws://127.0.0.1:PORT/ws
  std::string room = "video-bench";
  int senders = 4;
  int receivers = 1;
  double seconds = 10;
  double warmup_seconds = 3;
  double setup_timeout_seconds = 60;
  pid_t server_pid = 0;  // >0: its CPU over the window goes into the report
  int output_fps = 30;   // the MCU's --video-fps, for CPU per second of output video
};

// `clips` has at least options.senders entries (sender i sends clips[i]). The JSON report:
// connected, failed, first_failure, window_s, server_cpu_per_s, server_cpu_per_output_s,
// output_fps (composite frames per second at the probe), receiver_fps_min, receiver_mbps (all
// receivers), probe_decoded, probe_decode_errors, delay_samples, delay_ms_p50, delay_ms_p95,
// frames_seen_ratio (sender frames the probe read / sender frames sent, shown tiles only),
// sender_keyframe_requests, load_cpu_per_s.
nlohmann::json RunVideo(const VideoRunOptions& options, const std::vector<const SenderClip*>& clips);

}  // namespace vc::tests::video_load
