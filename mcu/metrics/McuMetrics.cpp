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
          registry.AddGauge("vc_websocket_connections", "Open signaling WebSockets.")),
      audio_jitter_target_ms(registry.AddGaugeFamily(
          "vc_audio_jitter_target_ms", "Target delay of a sender's jitter buffer, in ms.",
          {"room", "participant"})),
      audio_buffered_ms(registry.AddGaugeFamily(
          "vc_audio_buffered_ms", "Audio held in a sender's jitter buffer, in ms.",
          {"room", "participant"})),
      audio_frames_concealed_total(registry.AddCounterFamily(
          "vc_audio_frames_concealed_total", "20 ms frames of a sender made up by Opus PLC.",
          {"room", "participant"})),
      audio_frames_fec_total(registry.AddCounterFamily(
          "vc_audio_frames_fec_total", "Lost frames of a sender recovered from in-band FEC.",
          {"room", "participant"})),
      audio_frames_not_decoded_total(registry.AddCounterFamily(
          "vc_audio_frames_not_decoded_total",
          "Frames of a silent sender that were not decoded into any mix.", {"room", "participant"})),
      audio_packets_late_total(registry.AddCounterFamily(
          "vc_audio_packets_late_total", "Packets of a sender that came after their playout time.",
          {"room", "participant"})),
      audio_encodes_total(registry.AddCounterFamily(
          "vc_audio_encodes_total", "Opus encodes of a room's mixes.", {"room"})),
      video_frames_composed_total(registry.AddCounterFamily(
          "vc_video_frames_composed_total", "Composite frames a room's video mixer composed.",
          {"room"})),
      video_encodes_total(registry.AddCounterFamily(
          "vc_video_encodes_total", "VP8 encodes of a room's composite, per quality tier.",
          {"room", "tier"})),
      video_keyframes_total(registry.AddCounterFamily(
          "vc_video_keyframes_total", "Keyframes a tier's encoder produced.", {"room", "tier"})),
      video_receivers(registry.AddGaugeFamily(
          "vc_video_receivers", "Receivers of a room's composite on each tier.", {"room", "tier"})),
      video_nacks_served_total(registry.AddCounterFamily(
          "vc_video_nacks_served_total", "Packets resent to receivers that NACKed them.",
          {"room"})),
      video_plis_received_total(registry.AddCounterFamily(
          "vc_video_plis_received_total", "Keyframe requests (PLI, FIR) from receivers.",
          {"room"})),
      video_nacks_sent_total(registry.AddCounterFamily(
          "vc_video_nacks_sent_total", "Sequences NACKed to senders whose packets were missing.",
          {"room"})),
      video_frames_decoded_total(registry.AddCounterFamily(
          "vc_video_frames_decoded_total", "Frames of a sender the video mixer decoded.",
          {"room", "participant"})),
      recordings_active(
          registry.AddGauge("vc_recordings_active", "Rooms whose recording is being written now.")),
      recording_bytes_total(registry.AddCounterFamily(
          "vc_recording_bytes_total", "Bytes written to a room's recording files.", {"room"})),
      recording_dropped_frames_total(registry.AddCounterFamily(
          "vc_recording_dropped_frames_total",
          "Frames left out of a room's recording because the disk did not keep up.", {"room"})) {
  for (size_t i = 0; i < dropped_by_reason_.size(); ++i) {
    const auto name = DropReasonName(static_cast<DropReason>(i));
    dropped_by_reason_[i] = &packets_dropped_total.WithLabels({std::string(name)});
  }
}

Counter& McuMetrics::SignalingError(std::string_view code) {
  return signaling_errors_total.WithLabels({std::string(code)});
}

}  // namespace vc::mcu::metrics
