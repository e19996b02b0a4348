#include "mcu/metrics/McuMetrics.hpp"

namespace vc::mcu::metrics {

std::string_view DropReasonName(DropReason reason) {
  switch (reason) {
    case DropReason::kNotRtp:
      return "not_rtp";
    case DropReason::kSrtpAuth:
      return "srtp_auth";
    case DropReason::kRtpParse:
      return "rtp_parse";
    case DropReason::kRtcpParse:
      return "rtcp_parse";
    case DropReason::kNoRoute:
      return "no_route";
    case DropReason::kQueueFull:
      return "queue_full";
    case DropReason::kUnknownSsrc:
      return "unknown_ssrc";
    case DropReason::kSrtpNotReady:
      return "srtp_not_ready";
    case DropReason::kSrtpProtect:
      return "srtp_protect";
    case DropReason::kSendFailed:
      return "send_failed";
    case DropReason::kCount:
      break;
  }
  return "unknown";
}

McuMetrics::McuMetrics()
    : rooms(registry.AddGauge("vc_rooms", "Rooms currently open.")),
      participants(registry.AddGauge("vc_participants", "Participants currently joined.")),
      packets_in_total(registry.AddCounter("vc_packets_in_total", "Media datagrams received.")),
      packets_out_total(registry.AddCounter("vc_packets_out_total", "Media datagrams sent.")),
      bytes_in_total(registry.AddCounter("vc_bytes_in_total", "Media bytes received.")),
      bytes_out_total(registry.AddCounter("vc_bytes_out_total", "Media bytes sent.")),
      packets_dropped_total(registry.AddCounterFamily(
          "vc_packets_dropped_total", "Media datagrams dropped, by reason.", {"reason"})),
      dtls_handshakes_total(registry.AddCounterFamily(
          "vc_dtls_handshakes_total", "DTLS handshakes finished, by result.", {"result"})),
      dtls_handshakes_ok(dtls_handshakes_total.WithLabels({"ok"})),
      dtls_handshakes_failed(dtls_handshakes_total.WithLabels({"failed"})),
      signaling_errors_total(registry.AddCounterFamily(
          "vc_signaling_errors_total", "Signaling errors sent to clients, by code.", {"code"})),
      websocket_connections(
          registry.AddGauge("vc_websocket_connections", "Open signaling WebSockets.")) {
  for (size_t i = 0; i < dropped_by_reason_.size(); ++i) {
    const auto name = DropReasonName(static_cast<DropReason>(i));
    dropped_by_reason_[i] = &packets_dropped_total.WithLabels({std::string(name)});
  }
}

Counter& McuMetrics::SignalingError(std::string_view code) {
  return signaling_errors_total.WithLabels({std::string(code)});
}

}  // namespace vc::mcu::metrics
