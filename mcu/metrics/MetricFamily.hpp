#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "mcu/metrics/Counter.hpp"
#include "mcu/metrics/Gauge.hpp"

namespace vc::mcu::metrics {

// Type-erased view of a family so the registry can render counters and gauges alike.
class MetricFamilyBase {
 public:
  virtual ~MetricFamilyBase() = default;
  virtual const std::string& Name() const = 0;
  // Appends "# HELP", "# TYPE" and one line per series in exposition format 0.0.4.
  virtual void RenderTo(std::string& out) const = 0;
};

// All series of one metric name: one per distinct set of label values. A series is created on
// first use (under a mutex, control-plane cost) and lives until Remove() or as long as the family,
// so callers on the packet path look it up once and keep the reference; incrementing it is then
// lock-free.
template <class Metric>
class MetricFamily final : public MetricFamilyBase {
 public:
  MetricFamily(std::string name, std::string help, std::vector<std::string> label_names);

  // label_values must match label_names in count (std::invalid_argument otherwise).
  Metric& WithLabels(const std::vector<std::string>& label_values);
  // Drops a series (bounded cardinality when what it measured is gone). References to it become
  // dangling: only its single owner may call this. Unknown label values are ignored.
  void Remove(const std::vector<std::string>& label_values);
  // The single series of a family without labels.
  Metric& Get() { return WithLabels({}); }

  const std::string& Name() const override { return name_; }
  const std::vector<std::string>& LabelNames() const { return label_names_; }
  void RenderTo(std::string& out) const override;

 private:
  // Passed by argument.
  const std::string name_;
  const std::string help_;
  const std::vector<std::string> label_names_;
  // Allocated by this.
  mutable std::mutex mutex_;
  std::map<std::vector<std::string>, std::unique_ptr<Metric>> series_;
};

using CounterFamily = MetricFamily<Counter>;
using GaugeFamily = MetricFamily<Gauge>;

// True for a valid Prometheus metric name ([a-zA-Z_:][a-zA-Z0-9_:]*) or, with is_label, a valid
// label name ([a-zA-Z_][a-zA-Z0-9_]*).
bool IsValidMetricName(std::string_view name, bool is_label = false);

}  // namespace vc::mcu::metrics
