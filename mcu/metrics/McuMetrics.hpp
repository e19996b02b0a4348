#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

#include "mcu/metrics/MetricsRegistry.hpp"

namespace vc::mcu::metrics {

// Why the packet path dropped a datagram; each has a pre-created series so counting is lock-free.
enum class DropReason : size_t {
  kNotRtp,
  kSrtpAuth,
  kRtpParse,
  kRtcpParse,
  kNoRoute,
  kQueueFull,
  kUnknownSsrc,
  kSrtpNotReady,  // SRTP arrived before the DTLS handshake gave keys
  kSrtpProtect,   // libsrtp refused to protect an outgoing packet
  kSendFailed,    // no selected ICE pair yet, or the socket refused
  kCount          // number of reasons, not a reason
};

// The label value for a reason ("srtp_auth" ...).
std::string_view DropReasonName(DropReason reason);

// The MCU's standard metrics, registered in their own registry. Members are references into the
// registry, valid for the lifetime of this object; bump them from any thread.
struct McuMetrics {
  McuMetrics();
  McuMetrics(const McuMetrics&) = delete;
  McuMetrics& operator=(const McuMetrics&) = delete;

  // Lock-free: the series for every DropReason exists from construction.
  Counter& PacketsDropped(DropReason reason) {
    return *dropped_by_reason_[static_cast<size_t>(reason)];
  }
  // Control plane: creates the {code="..."} series on first use (takes a mutex).
  Counter& SignalingError(std::string_view code);

  std::string RenderPrometheusText() const { return registry.RenderPrometheusText(); }

  MetricsRegistry registry;  // first: the references below point into it

  Gauge& rooms;
  Gauge& participants;
  Counter& packets_in_total;
  Counter& packets_out_total;
  Counter& bytes_in_total;
  Counter& bytes_out_total;
  CounterFamily& packets_dropped_total;  // {reason}
  CounterFamily& dtls_handshakes_total;  // {result="ok"|"failed"}
  Counter& dtls_handshakes_ok;
  Counter& dtls_handshakes_failed;
  CounterFamily& signaling_errors_total;  // {code}
  Gauge& websocket_connections;
  // Audio conference, per {room, participant}; a participant's series go when it leaves.
  GaugeFamily& audio_jitter_target_ms;
  GaugeFamily& audio_buffered_ms;
  CounterFamily& audio_frames_concealed_total;
  CounterFamily& audio_frames_fec_total;
  CounterFamily& audio_frames_not_decoded_total;
  CounterFamily& audio_packets_late_total;
  // Per {room}: Opus encodes of the room's mixes (shared mixes: about talkers + 1 per frame).
  CounterFamily& audio_encodes_total;
  // Video conference (issue 4), per {room} or {room, tier}.
  CounterFamily& video_frames_composed_total;
  CounterFamily& video_encodes_total;    // {room, tier}
  CounterFamily& video_keyframes_total;  // {room, tier}
  GaugeFamily& video_receivers;          // {room, tier}
  CounterFamily& video_nacks_served_total;
  CounterFamily& video_plis_received_total;  // PLI and FIR from receivers
  CounterFamily& video_nacks_sent_total;      // {room}: sequences NACKed to senders
  CounterFamily& video_frames_decoded_total;  // {room, participant}: a sender's decoded frames
  // Recording (mcu/recording): files being written now; per {room} bytes written and frames
  // dropped because the writer thread's queue was full.
  Gauge& recordings_active;
  CounterFamily& recording_bytes_total;
  CounterFamily& recording_dropped_frames_total;

 private:
  std::array<Counter*, static_cast<size_t>(DropReason::kCount)> dropped_by_reason_{};
};

}  // namespace vc::mcu::metrics
