#include "appliance/control/ControlConnection.hpp"

#include "appliance/control/SettingsStore.hpp"

namespace vc::appliance::control {
namespace {

using nlohmann::json;

json IdOf(const json& message) {
  if (message.is_object()) {
    auto it = message.find("id");
    if (it != message.end() && (it->is_number_integer() || it->is_string())) return *it;
  }
  return nullptr;
}

}  // namespace

ControlConnection::ControlConnection(StatusTree& status, const CommandTable& commands,
                                     SettingsStore* settings, Send send)
    : status_(status), commands_(commands), settings_(settings), send_(std::move(send)) {}

ControlConnection::~ControlConnection() {
  *alive_ = false;
  for (const auto& [prefix, id] : subscriptions_) status_.Unsubscribe(id);
}

void ControlConnection::OnMessage(std::string_view text) {
  json message = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (message.is_discarded()) {
    SendError(nullptr, "", error_code::kMalformedJson, "message is not valid JSON");
    return;
  }
  const json id = IdOf(message);
  if (!message.is_object() || !message.contains("type") || !message["type"].is_string()) {
    SendError(id, "", error_code::kBadMessage, "message must be an object with a string 'type'");
    return;
  }
  const std::string type = message["type"].get<std::string>();
  static const std::map<std::string, Handler> kHandlers = {
      {"get", &ControlConnection::HandleGet},
      {"subscribe", &ControlConnection::HandleSubscribe},
      {"unsubscribe", &ControlConnection::HandleUnsubscribe},
      {"command", &ControlConnection::HandleCommand},
      {"config_set", &ControlConnection::HandleConfigSet},
      {"ping", &ControlConnection::HandlePing},
  };
  auto it = kHandlers.find(type);
  if (it == kHandlers.end()) {
    SendError(id, type, error_code::kUnknownType, "unknown message type '" + type + "'");
    return;
  }
  try {
    (this->*(it->second))(message);
  } catch (const CommandError& e) {
    SendError(id, type, e.code(), e.what());
  }
}

std::string ControlConnection::PathOf(const json& message, bool allow_empty) {
  auto it = message.find("path");
  if (it == message.end() || it->is_null()) {
    if (allow_empty) return "";
    throw CommandError(error_code::kBadMessage, "missing 'path'");
  }
  if (!it->is_string()) throw CommandError(error_code::kBadMessage, "'path' must be a string");
  std::string path = it->get<std::string>();
  if (path.empty() && allow_empty) return path;
  if (!StatusTree::IsValidPath(path)) {
    throw CommandError(error_code::kBadMessage, "'" + path + "' is not a status path (A/B/C)");
  }
  return path;
}

void ControlConnection::HandleGet(const json& message) {
  const std::string path = PathOf(message, true);
  auto value = status_.Get(path);
  if (!value) throw CommandError(error_code::kUnknownPath, "no status at '" + path + "'");
  json reply = {{"type", "status"}, {"path", path}, {"value", std::move(*value)}};
  if (const json id = IdOf(message); !id.is_null()) reply["id"] = id;
  SendJson(std::move(reply));
}

void ControlConnection::HandleSubscribe(const json& message) {
  const std::string path = PathOf(message, true);
  if (!subscriptions_.count(path)) {
    if (subscriptions_.size() >= kMaxSubscriptions) {
      throw CommandError(error_code::kBadMessage,
                         "too many subscriptions (max " + std::to_string(kMaxSubscriptions) + ")");
    }
    // Subscribing to a path with nothing below it yet is allowed: it may appear later.
    subscriptions_[path] = status_.Subscribe(path, [this](const std::string& p, const json& v) {
      SendJson({{"type", "status"}, {"path", p}, {"value", v}});
    });
  }
  json reply = {{"type", "subscribed"}, {"path", path}, {"value", status_.Get(path).value_or(nullptr)}};
  if (const json id = IdOf(message); !id.is_null()) reply["id"] = id;
  SendJson(std::move(reply));
}

void ControlConnection::HandleUnsubscribe(const json& message) {
  const std::string path = PathOf(message, true);
  auto it = subscriptions_.find(path);
  if (it == subscriptions_.end()) {
    throw CommandError(error_code::kUnknownPath, "not subscribed to '" + path + "'");
  }
  status_.Unsubscribe(it->second);
  subscriptions_.erase(it);
  json reply = {{"type", "unsubscribed"}, {"path", path}};
  if (const json id = IdOf(message); !id.is_null()) reply["id"] = id;
  SendJson(std::move(reply));
}

void ControlConnection::HandleCommand(const json& message) {
  const json id = IdOf(message);
  auto name = message.find("command");
  if (name == message.end() || !name->is_string()) {
    throw CommandError(error_code::kBadMessage, "missing string 'command'");
  }
  const json args = message.contains("args") ? message["args"] : json::object();
  std::weak_ptr<bool> alive = alive_;
  commands_.Dispatch(name->get<std::string>(), args, [this, alive, id](CommandResult result) {
    if (auto still = alive.lock(); still && *still) SendResult(id, result);
  });
}

void ControlConnection::HandleConfigSet(const json& message) {
  const std::string path = PathOf(message, false);
  if (!message.contains("value")) throw CommandError(error_code::kBadMessage, "missing 'value'");
  const CommandResult result =
      settings_ ? settings_->Set(path, message["value"])
                : CommandResult::Error(error_code::kUnknownSetting, "no persisted settings here");
  SendResult(IdOf(message), result);
}

void ControlConnection::HandlePing(const json& message) {
  json reply = {{"type", "pong"}};
  if (const json id = IdOf(message); !id.is_null()) reply["id"] = id;
  SendJson(std::move(reply));
}

void ControlConnection::SendEvent(const std::string& name, const json& data) {
  SendJson({{"type", "event"}, {"name", name}, {"data", data}});
}

void ControlConnection::SendError(const json& id, const std::string& type, const std::string& code,
                                  const std::string& reason) {
  // A failed command answers as a result, everything else as an error message.
  if (type == "command" || type == "config_set") {
    SendResult(id, CommandResult::Error(code, reason));
    return;
  }
  json reply = {{"type", "error"}, {"error", {{"code", code}, {"reason", reason}}}};
  if (!id.is_null()) reply["id"] = id;
  if (!type.empty()) reply["request"] = type;
  SendJson(std::move(reply));
}

void ControlConnection::SendResult(const json& id, const CommandResult& result) {
  json reply = {{"type", "result"}, {"id", id}, {"ok", result.ok}};
  if (result.ok) {
    if (!result.value.is_null()) reply["value"] = result.value;
  } else {
    reply["error"] = {{"code", result.code}, {"reason", result.reason}};
  }
  SendJson(std::move(reply));
}

void ControlConnection::SendJson(json message) {
  // Replace invalid UTF-8 (a device name from the wire) instead of throwing on dump.
  send_(message.dump(-1, ' ', false, json::error_handler_t::replace));
}

}  // namespace vc::appliance::control
