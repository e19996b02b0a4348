#include "appliance/control/CommandTable.hpp"

#include <exception>
#include <memory>

namespace vc::appliance::control {

void CommandTable::Register(const std::string& name, std::string summary, Handler handler) {
  handlers_[name] = Entry{std::move(summary), std::move(handler)};
}

void CommandTable::Dispatch(const std::string& name, const nlohmann::json& args,
                            CommandReply reply) const {
  auto it = handlers_.find(name);
  if (it == handlers_.end()) {
    reply(CommandResult::Error(error_code::kUnknownCommand, "no command named '" + name + "'"));
    return;
  }
  auto answered = std::make_shared<bool>(false);
  CommandReply once = [answered, reply](CommandResult result) {
    if (*answered) return;
    *answered = true;
    reply(std::move(result));
  };
  try {
    it->second.handler(args, once);
  } catch (const CommandError& e) {
    once(CommandResult::Error(e.code(), e.what()));
  } catch (const std::exception& e) {
    once(CommandResult::Error(error_code::kInternal, e.what()));
  }
}

nlohmann::json CommandTable::Describe() const {
  nlohmann::json out = nlohmann::json::object();
  for (const auto& [name, entry] : handlers_) out[name] = entry.summary;
  return out;
}

std::vector<std::string> CommandTable::Names() const {
  std::vector<std::string> names;
  for (const auto& [name, entry] : handlers_) names.push_back(name);
  return names;
}

}  // namespace vc::appliance::control
