#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "mcu/metrics/MetricFamily.hpp"

namespace vc::mcu::metrics {

// Owns every metric family of a process. Families are registered at start-up (names are unique;
// a duplicate or invalid name throws std::invalid_argument) and never removed, so the references
// handed out stay valid for the registry's lifetime.
class MetricsRegistry {
 public:
  MetricsRegistry() = default;
  MetricsRegistry(const MetricsRegistry&) = delete;
  MetricsRegistry& operator=(const MetricsRegistry&) = delete;

  Counter& AddCounter(std::string name, std::string help);
  Gauge& AddGauge(std::string name, std::string help);
  CounterFamily& AddCounterFamily(std::string name, std::string help,
                                  std::vector<std::string> label_names);
  GaugeFamily& AddGaugeFamily(std::string name, std::string help,
                              std::vector<std::string> label_names);

  // Prometheus text exposition format 0.0.4, families in registration order, series sorted by
  // label values. Serve with Content-Type "text/plain; version=0.0.4".
  std::string RenderPrometheusText() const;

 private:
  template <class Family>
  Family& Add(std::unique_ptr<Family> family);

  mutable std::mutex mutex_;
  std::vector<std::unique_ptr<MetricFamilyBase>> families_;
};

}  // namespace vc::mcu::metrics
