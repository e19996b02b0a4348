#pragma once
// Command name → handler, one handler per command (no if/else chain). A handler answers through
// its reply exactly once, now or later (device commands finish asynchronously); a CommandError it
// throws becomes the error reply.
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "appliance/control/CommandResult.hpp"

namespace vc::appliance::control {

class CommandTable {
 public:
  using Handler = std::function<void(const nlohmann::json& args, CommandReply reply)>;

  // Replaces an existing handler of the same name.
  void Register(const std::string& name, std::string summary, Handler handler);
  // Unknown names answer unknown_command; a handler that throws answers with its error. The reply
  // is guarded so that a handler answering twice only delivers the first answer.
  void Dispatch(const std::string& name, const nlohmann::json& args, CommandReply reply) const;

  bool Contains(const std::string& name) const { return handlers_.count(name) > 0; }
  // {"Call.Join": "summary", ...}, for the Help command and docs.
  nlohmann::json Describe() const;
  std::vector<std::string> Names() const;

 private:
  struct Entry {
    std::string summary;
    Handler handler;
  };
  std::map<std::string, Entry> handlers_;
};

}  // namespace vc::appliance::control
