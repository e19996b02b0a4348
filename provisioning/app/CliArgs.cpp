#include "provisioning/app/CliArgs.hpp"

#include <charconv>

namespace vc::provision::app {

CliArgs::CliArgs(const std::vector<std::string>& argv, const std::set<std::string>& valued,
                 const std::set<std::string>& flags) {
  for (size_t i = 0; i < argv.size(); ++i) {
    const std::string& arg = argv[i];
    if (!arg.starts_with("--")) {
      positional_.push_back(arg);
      continue;
    }
    std::string name = arg.substr(2);
    std::optional<std::string> inline_value;
    if (const size_t eq = name.find('='); eq != std::string::npos) {
      inline_value = name.substr(eq + 1);
      name = name.substr(0, eq);
    }
    if (flags.contains(name) && !inline_value) {
      flags_.insert(name);
    } else if (valued.contains(name)) {
      if (inline_value) {
        values_[name] = *inline_value;
      } else if (i + 1 < argv.size()) {
        values_[name] = argv[++i];
      } else {
        throw UsageError("option --" + name + " needs a value");
      }
    } else {
      throw UsageError("unknown option --" + name + " (see --help)");
    }
  }
}

std::optional<std::string> CliArgs::Get(const std::string& name) const {
  const auto it = values_.find(name);
  if (it == values_.end()) return std::nullopt;
  return it->second;
}

std::string CliArgs::Require(const std::string& name) const {
  const auto value = Get(name);
  if (!value) throw UsageError("missing option --" + name + " (see --help)");
  return *value;
}

std::optional<int64_t> CliArgs::Integer(const std::string& name, int64_t min, int64_t max) const {
  const auto value = Get(name);
  if (!value) return std::nullopt;
  int64_t n = 0;
  const auto [end, ec] = std::from_chars(value->data(), value->data() + value->size(), n);
  if (ec != std::errc() || end != value->data() + value->size() || n < min || n > max) {
    throw UsageError("--" + name + ": expected an integer " + std::to_string(min) + ".." +
                     std::to_string(max) + ", got \"" + *value + "\"");
  }
  return n;
}

void CliArgs::ExpectPositional(size_t count, const std::string& what) const {
  if (positional_.size() < count) throw UsageError("missing " + what + " (see --help)");
  if (positional_.size() > count) throw UsageError("unexpected argument \"" + positional_[count] + "\" (see --help)");
}

}  // namespace vc::provision::app
