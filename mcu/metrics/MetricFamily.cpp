#include "mcu/metrics/MetricFamily.hpp"

#include <stdexcept>

namespace vc::mcu::metrics {
namespace {

void AppendEscaped(std::string& out, std::string_view text, bool escape_quotes) {
  for (char c : text) {
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '"' && escape_quotes) {
      out += "\\\"";
    } else {
      out += c;
    }
  }
}

}  // namespace

bool IsValidMetricName(std::string_view name, bool is_label) {
  if (name.empty()) return false;
  for (size_t i = 0; i < name.size(); ++i) {
    const char c = name[i];
    const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    const bool digit = c >= '0' && c <= '9';
    const bool colon = c == ':' && !is_label;
    if (!(alpha || colon || (digit && i > 0))) return false;
  }
  return true;
}

template <class Metric>
MetricFamily<Metric>::MetricFamily(std::string name, std::string help,
                                   std::vector<std::string> label_names)
    : name_(std::move(name)), help_(std::move(help)), label_names_(std::move(label_names)) {
  if (!IsValidMetricName(name_)) throw std::invalid_argument("invalid metric name: " + name_);
  for (const auto& label : label_names_) {
    if (!IsValidMetricName(label, true) || label.starts_with("__")) {
      throw std::invalid_argument("invalid label name '" + label + "' in " + name_);
    }
  }
}

template <class Metric>
Metric& MetricFamily<Metric>::WithLabels(const std::vector<std::string>& label_values) {
  if (label_values.size() != label_names_.size()) {
    throw std::invalid_argument("wrong number of label values for " + name_);
  }
  std::lock_guard lock(mutex_);
  auto& slot = series_[label_values];
  if (!slot) slot = std::make_unique<Metric>();
  return *slot;
}

template <class Metric>
void MetricFamily<Metric>::Remove(const std::vector<std::string>& label_values) {
  std::lock_guard lock(mutex_);
  series_.erase(label_values);
}

template <class Metric>
void MetricFamily<Metric>::RenderTo(std::string& out) const {
  out += "# HELP ";
  out += name_;
  out += ' ';
  AppendEscaped(out, help_, false);
  out += "\n# TYPE ";
  out += name_;
  out += ' ';
  out += Metric::kTypeName;
  out += '\n';
  std::lock_guard lock(mutex_);
  for (const auto& [values, metric] : series_) {
    out += name_;
    if (!values.empty()) {
      out += '{';
      for (size_t i = 0; i < values.size(); ++i) {
        if (i > 0) out += ',';
        out += label_names_[i];
        out += "=\"";
        AppendEscaped(out, values[i], true);
        out += '"';
      }
      out += '}';
    }
    out += ' ';
    out += std::to_string(metric->Value());
    out += '\n';
  }
}

template class MetricFamily<Counter>;
template class MetricFamily<Gauge>;

}  // namespace vc::mcu::metrics
