#pragma once
// Typed access to a command's "args" object. Every getter throws CommandError(bad_args) with a
// reason naming the argument, so handlers read arguments in one line each.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace vc::appliance::control {

class CommandArgs {
 public:
  // `args` must be an object (null counts as an empty object).
  explicit CommandArgs(const nlohmann::json& args);

  bool Bool(const std::string& name) const;
  int Int(const std::string& name, int min, int max) const;
  std::string String(const std::string& name, const std::vector<std::string>& allowed = {}) const;
  bool Has(const std::string& name) const { return args_.contains(name); }

 private:
  const nlohmann::json& Required(const std::string& name) const;

  nlohmann::json args_;
};

}  // namespace vc::appliance::control
