#include "appliance/control/CommandArgs.hpp"

#include "appliance/control/CommandResult.hpp"

namespace vc::appliance::control {

CommandArgs::CommandArgs(const nlohmann::json& args)
    : args_(args.is_null() ? nlohmann::json::object() : args) {
  if (!args_.is_object()) throw CommandError(error_code::kBadArgs, "args must be an object");
}

const nlohmann::json& CommandArgs::Required(const std::string& name) const {
  auto it = args_.find(name);
  if (it == args_.end()) throw CommandError(error_code::kBadArgs, "missing argument '" + name + "'");
  return *it;
}

bool CommandArgs::Bool(const std::string& name) const {
  const auto& value = Required(name);
  if (!value.is_boolean()) {
    throw CommandError(error_code::kBadArgs, "argument '" + name + "' must be true or false");
  }
  return value.get<bool>();
}

int CommandArgs::Int(const std::string& name, int min, int max) const {
  const auto& value = Required(name);
  const std::string range = std::to_string(min) + ".." + std::to_string(max);
  if (!value.is_number_integer()) {
    throw CommandError(error_code::kBadArgs, "argument '" + name + "' must be an integer " + range);
  }
  const auto number = value.get<int64_t>();
  if (number < min || number > max) {
    throw CommandError(error_code::kBadArgs, "argument '" + name + "' out of range " + range);
  }
  return static_cast<int>(number);
}

std::string CommandArgs::String(const std::string& name,
                                const std::vector<std::string>& allowed) const {
  const auto& value = Required(name);
  if (!value.is_string()) {
    throw CommandError(error_code::kBadArgs, "argument '" + name + "' must be a string");
  }
  std::string text = value.get<std::string>();
  if (allowed.empty()) return text;
  for (const auto& option : allowed) {
    if (option == text) return text;
  }
  std::string list;
  for (const auto& option : allowed) list += (list.empty() ? "" : " | ") + option;
  throw CommandError(error_code::kBadArgs, "argument '" + name + "' must be one of " + list);
}

}  // namespace vc::appliance::control
