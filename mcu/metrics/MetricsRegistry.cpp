#include "mcu/metrics/MetricsRegistry.hpp"

#include <stdexcept>

namespace vc::mcu::metrics {

template <class Family>
Family& MetricsRegistry::Add(std::unique_ptr<Family> family) {
  std::lock_guard lock(mutex_);
  for (const auto& existing : families_) {
    if (existing->Name() == family->Name()) {
      throw std::invalid_argument("metric registered twice: " + family->Name());
    }
  }
  Family& ref = *family;
  families_.push_back(std::move(family));
  return ref;
}

Counter& MetricsRegistry::AddCounter(std::string name, std::string help) {
  return AddCounterFamily(std::move(name), std::move(help), {}).Get();
}

Gauge& MetricsRegistry::AddGauge(std::string name, std::string help) {
  return AddGaugeFamily(std::move(name), std::move(help), {}).Get();
}

CounterFamily& MetricsRegistry::AddCounterFamily(std::string name, std::string help,
                                                 std::vector<std::string> label_names) {
  return Add(
      std::make_unique<CounterFamily>(std::move(name), std::move(help), std::move(label_names)));
}

GaugeFamily& MetricsRegistry::AddGaugeFamily(std::string name, std::string help,
                                             std::vector<std::string> label_names) {
  return Add(
      std::make_unique<GaugeFamily>(std::move(name), std::move(help), std::move(label_names)));
}

std::string MetricsRegistry::RenderPrometheusText() const {
  std::string out;
  out.reserve(4096);
  std::lock_guard lock(mutex_);
  for (const auto& family : families_) family->RenderTo(out);
  return out;
}

}  // namespace vc::mcu::metrics
