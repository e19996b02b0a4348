#pragma once
// Figures over repeated benchmark runs, as the whole-system benchmarks print them: one field of
// every run's JSON report, its median, and a table cell "median (run1, run2, ...)".
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace vc::tests::benchmarks {

double Median(std::vector<double> values);  // 0 for none
// The numeric `name` of each report that has one, in run order.
std::vector<double> Field(const std::vector<nlohmann::json>& reports, const char* name);
std::string Fixed(double value, int decimals);
// "median (run1, run2, ...)", only the median for one run, "n/a" for none.
std::string MedianCell(const std::vector<double>& values, int decimals);

}  // namespace vc::tests::benchmarks
