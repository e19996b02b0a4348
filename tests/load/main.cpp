// vc-load: N participants in one room of vc-mcu or of Janus's AudioBridge, K of them talking,
// over the MCU's own WebRTC transport in client mode. See LoadOptions.hpp for the options and
// docs/benchmarks.md ("Audio mixing") for how the benchmark uses it.
#include <iostream>
#include <string>
#include <vector>

#include "common/log/Log.hpp"
#include "tests/load/LoadOptions.hpp"
#include "tests/load/LoadRun.hpp"

int main(int argc, char** argv) {
  using vc::tests::load::LoadOptions;
  LoadOptions options;
  try {
    options = LoadOptions::Parse(std::vector<std::string>(argv + 1, argv + argc));
  } catch (const std::exception& e) {
    std::cerr << "vc-load: " << e.what() << "\n" << LoadOptions::kUsage;
    return 2;
  }
  if (options.help) {
    std::cout << LoadOptions::kUsage << "\n" << LoadOptions::kHelp;
    return 0;
  }
  vc::common::log::SetMinimumLevel(vc::common::log::Level::kWarn);
  try {
    const auto result = vc::tests::load::RunLoad(options);
    if (options.json) {
      std::cout << result.ToJson().dump() << std::endl;
    } else {
      std::cout << result.Summary() << std::endl;
    }
    return result.connected == options.participants ? 0 : 1;
  } catch (const std::exception& e) {
    std::cerr << "vc-load: " << e.what() << "\n";
    return 1;
  }
}
