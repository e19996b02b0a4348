#include <gtest/gtest.h>

#include <stdexcept>
#include <thread>
#include <vector>

#include "mcu/metrics/MetricsRegistry.hpp"

namespace vc::mcu::metrics {
namespace {

TEST(MetricsRegistryTest, RendersHelpTypeAndValues) {
  MetricsRegistry registry;
  auto& packets = registry.AddCounter("vc_packets_in_total", "Media datagrams received.");
  auto& rooms = registry.AddGauge("vc_rooms", "Rooms currently open.");
  packets.Inc(41);
  packets.Inc();
  rooms.Set(3);
  rooms.Dec();
  EXPECT_EQ(registry.RenderPrometheusText(),
            "# HELP vc_packets_in_total Media datagrams received.\n"
            "# TYPE vc_packets_in_total counter\n"
            "vc_packets_in_total 42\n"
            "# HELP vc_rooms Rooms currently open.\n"
            "# TYPE vc_rooms gauge\n"
            "vc_rooms 2\n");
}

TEST(MetricsRegistryTest, LabelledSeriesAreSortedAndEscaped) {
  MetricsRegistry registry;
  auto& errors =
      registry.AddCounterFamily("vc_errors_total", "Errors\nby \\kind.", {"kind", "peer"});
  errors.WithLabels({"b", "x"}).Inc(2);
  errors.WithLabels({"a", "say \"hi\"\n"}).Inc();
  errors.WithLabels({"b", "x"}).Inc();
  EXPECT_EQ(registry.RenderPrometheusText(),
            "# HELP vc_errors_total Errors\\nby \\\\kind.\n"
            "# TYPE vc_errors_total counter\n"
            "vc_errors_total{kind=\"a\",peer=\"say \\\"hi\\\"\\n\"} 1\n"
            "vc_errors_total{kind=\"b\",peer=\"x\"} 3\n");
}

TEST(MetricsRegistryTest, NegativeGaugesRender) {
  MetricsRegistry registry;
  registry.AddGauge("vc_offset", "An offset.").Set(-5);
  EXPECT_NE(registry.RenderPrometheusText().find("vc_offset -5\n"), std::string::npos);
}

TEST(MetricsRegistryTest, RejectsDuplicateAndInvalidNames) {
  MetricsRegistry registry;
  registry.AddCounter("vc_a_total", "A.");
  EXPECT_THROW(registry.AddGauge("vc_a_total", "Again."), std::invalid_argument);
  EXPECT_THROW(registry.AddCounter("9starts_with_digit", "Bad."), std::invalid_argument);
  EXPECT_THROW(registry.AddCounter("has-dash", "Bad."), std::invalid_argument);
  EXPECT_THROW(registry.AddCounterFamily("vc_b_total", "B.", {"bad:label"}), std::invalid_argument);
  EXPECT_THROW(registry.AddCounterFamily("vc_c_total", "C.", {"__reserved"}),
               std::invalid_argument);
  auto& family = registry.AddCounterFamily("vc_d_total", "D.", {"reason"});
  EXPECT_THROW(family.WithLabels({"a", "b"}), std::invalid_argument);
}

TEST(MetricsRegistryTest, ConcurrentIncrementsAreNotLost) {
  MetricsRegistry registry;
  auto& counter = registry.AddCounter("vc_hits_total", "Hits.");
  auto& family = registry.AddCounterFamily("vc_by_thread_total", "Per label.", {"reason"});
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 100000; ++i) counter.Inc();
      for (int i = 0; i < 1000; ++i) family.WithLabels({"shared"}).Inc();
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(counter.Value(), 400000u);
  EXPECT_EQ(family.WithLabels({"shared"}).Value(), 4000u);
}

}  // namespace
}  // namespace vc::mcu::metrics

namespace vc::mcu::metrics {
namespace {

TEST(MetricsRegistryTest, RemovedSeriesDisappearFromTheText) {
  MetricsRegistry registry;
  auto& family = registry.AddGaugeFamily("vc_audio_buffered_ms", "Buffered.", {"room", "participant"});
  family.WithLabels({"r", "p1"}).Set(40);
  family.WithLabels({"r", "p2"}).Set(60);
  family.Remove({"r", "p1"});
  family.Remove({"r", "nobody"});  // unknown: ignored
  const std::string text = registry.RenderPrometheusText();
  EXPECT_EQ(text.find("participant=\"p1\""), std::string::npos) << text;
  EXPECT_NE(text.find("vc_audio_buffered_ms{room=\"r\",participant=\"p2\"} 60"), std::string::npos)
      << text;
}

}  // namespace
}  // namespace vc::mcu::metrics
