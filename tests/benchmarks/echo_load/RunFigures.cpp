#include "tests/benchmarks/echo_load/RunFigures.hpp"

#include <algorithm>
#include <sstream>

namespace vc::tests::benchmarks {

double Median(std::vector<double> values) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  const size_t middle = values.size() / 2;
  return values.size() % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

std::vector<double> Field(const std::vector<nlohmann::json>& reports, const char* name) {
  std::vector<double> values;
  for (const auto& report : reports) {
    if (report.contains(name) && report[name].is_number()) values.push_back(report[name].get<double>());
  }
  return values;
}

std::string Fixed(double value, int decimals) {
  std::ostringstream out;
  out.setf(std::ios::fixed);
  out.precision(decimals);
  out << value;
  return out.str();
}

std::string MedianCell(const std::vector<double>& values, int decimals) {
  if (values.empty()) return "n/a";
  std::string text = Fixed(Median(values), decimals);
  if (values.size() > 1) {
    text += " (";
    for (size_t i = 0; i < values.size(); ++i) text += (i ? ", " : "") + Fixed(values[i], decimals);
    text += ")";
  }
  return text;
}

}  // namespace vc::tests::benchmarks
