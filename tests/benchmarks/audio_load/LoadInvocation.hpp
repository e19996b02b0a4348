#pragma once
// Runs vc-load once as a child process and reads its --json line: bounded by a timeout (the child
// is killed past it), stderr passed through.
#include <chrono>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace vc::tests::benchmarks {

struct LoadInvocation {
  std::filesystem::path binary;
  std::vector<std::string> arguments;  // without the program name
  std::chrono::seconds timeout{300};

  // The JSON report, or nullopt (with *why) when vc-load could not run or printed none.
  std::optional<nlohmann::json> Run(std::string* why) const;
};

}  // namespace vc::tests::benchmarks
