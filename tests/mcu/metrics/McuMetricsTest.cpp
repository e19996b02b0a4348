#include <gtest/gtest.h>

#include "mcu/metrics/McuMetrics.hpp"

namespace vc::mcu::metrics {
namespace {

bool Contains(const std::string& text, const std::string& line) {
  return text.find(line) != std::string::npos;
}

TEST(McuMetricsTest, StandardSetRendersEveryMetric) {
  McuMetrics metrics;
  metrics.rooms.Set(2);
  metrics.participants.Inc(5);
  metrics.packets_in_total.Inc(10);
  metrics.bytes_in_total.Inc(1200);
  metrics.packets_out_total.Inc(20);
  metrics.bytes_out_total.Inc(2400);
  metrics.PacketsDropped(DropReason::kSrtpAuth).Inc();
  metrics.PacketsDropped(DropReason::kSrtpAuth).Inc();
  metrics.dtls_handshakes_ok.Inc();
  metrics.dtls_handshakes_failed.Inc(3);
  metrics.SignalingError("bad_request").Inc();
  metrics.websocket_connections.Inc();

  const std::string text = metrics.RenderPrometheusText();
  EXPECT_TRUE(Contains(text, "# TYPE vc_rooms gauge\nvc_rooms 2\n"));
  EXPECT_TRUE(Contains(text, "vc_participants 5\n"));
  EXPECT_TRUE(Contains(text, "# TYPE vc_packets_in_total counter\nvc_packets_in_total 10\n"));
  EXPECT_TRUE(Contains(text, "vc_bytes_in_total 1200\n"));
  EXPECT_TRUE(Contains(text, "vc_packets_out_total 20\n"));
  EXPECT_TRUE(Contains(text, "vc_bytes_out_total 2400\n"));
  EXPECT_TRUE(Contains(text, "vc_packets_dropped_total{reason=\"srtp_auth\"} 2\n"));
  EXPECT_TRUE(Contains(text, "vc_packets_dropped_total{reason=\"not_rtp\"} 0\n"));
  EXPECT_TRUE(Contains(text, "vc_packets_dropped_total{reason=\"unknown_ssrc\"} 0\n"));
  EXPECT_TRUE(Contains(text, "vc_dtls_handshakes_total{result=\"failed\"} 3\n"));
  EXPECT_TRUE(Contains(text, "vc_dtls_handshakes_total{result=\"ok\"} 1\n"));
  EXPECT_TRUE(Contains(text, "vc_signaling_errors_total{code=\"bad_request\"} 1\n"));
  EXPECT_TRUE(Contains(text, "# HELP vc_websocket_connections "));
  EXPECT_TRUE(Contains(text, "vc_websocket_connections 1\n"));
}

TEST(McuMetricsTest, EveryDropReasonHasAName) {
  for (size_t i = 0; i < static_cast<size_t>(DropReason::kCount); ++i) {
    EXPECT_NE(DropReasonName(static_cast<DropReason>(i)), "unknown");
  }
}

TEST(McuMetricsTest, EveryLineIsHelpTypeOrSample) {
  McuMetrics metrics;
  const std::string text = metrics.RenderPrometheusText();
  ASSERT_FALSE(text.empty());
  EXPECT_EQ(text.back(), '\n');
  size_t start = 0;
  while (start < text.size()) {
    const size_t end = text.find('\n', start);
    const std::string line = text.substr(start, end - start);
    EXPECT_TRUE(line.starts_with("# HELP vc_") || line.starts_with("# TYPE vc_") ||
                line.starts_with("vc_"))
        << line;
    start = end + 1;
  }
}

}  // namespace
}  // namespace vc::mcu::metrics

namespace vc::mcu::metrics {
namespace {

TEST(McuMetricsTest, AudioFamiliesAreLabelledByRoomAndParticipant) {
  McuMetrics metrics;
  metrics.audio_frames_not_decoded_total.WithLabels({"giao-ban", "p4"}).Inc(7);
  metrics.audio_encodes_total.WithLabels({"giao-ban"}).Inc(3);
  const std::string text = metrics.RenderPrometheusText();
  EXPECT_NE(text.find("vc_audio_frames_not_decoded_total{room=\"giao-ban\",participant=\"p4\"} 7"),
            std::string::npos);
  EXPECT_NE(text.find("vc_audio_encodes_total{room=\"giao-ban\"} 3"), std::string::npos);
  EXPECT_NE(text.find("# TYPE vc_audio_jitter_target_ms gauge"), std::string::npos);
}

}  // namespace
}  // namespace vc::mcu::metrics
