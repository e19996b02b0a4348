#pragma once
// The control API protocol of one client connection, independent of the socket: parses each
// JSON message, answers through `send`, keeps the client's status subscriptions. One handler per
// message type in a table. A bad message gets an error reply and the connection keeps serving.
// Control thread only; the WebSocket session owns one and feeds it text frames.
#include <functional>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "appliance/control/CommandTable.hpp"
#include "appliance/control/StatusTree.hpp"

namespace vc::appliance::control {

class SettingsStore;

class ControlConnection {
 public:
  using Send = std::function<void(std::string text)>;
  // A client may watch at most this many prefixes (bounded state per connection).
  static constexpr size_t kMaxSubscriptions = 64;

  // `settings` may be null (config_set then answers unknown_setting).
  ControlConnection(StatusTree& status, const CommandTable& commands, SettingsStore* settings,
                    Send send);
  ~ControlConnection();
  ControlConnection(const ControlConnection&) = delete;
  ControlConnection& operator=(const ControlConnection&) = delete;

  void OnMessage(std::string_view text);
  // {"type":"event","name":NAME,"data":DATA}; every connection receives every event.
  void SendEvent(const std::string& name, const nlohmann::json& data);

  size_t SubscriptionCount() const { return subscriptions_.size(); }

 private:
  using Handler = void (ControlConnection::*)(const nlohmann::json& message);

  void HandleGet(const nlohmann::json& message);
  void HandleSubscribe(const nlohmann::json& message);
  void HandleUnsubscribe(const nlohmann::json& message);
  void HandleCommand(const nlohmann::json& message);
  void HandleConfigSet(const nlohmann::json& message);
  void HandlePing(const nlohmann::json& message);

  // The message's "path" (may be empty for the whole tree when allow_empty); throws CommandError.
  static std::string PathOf(const nlohmann::json& message, bool allow_empty);
  void SendError(const nlohmann::json& id, const std::string& type, const std::string& code,
                 const std::string& reason);
  void SendResult(const nlohmann::json& id, const CommandResult& result);
  void SendJson(nlohmann::json message);

  StatusTree& status_;
  const CommandTable& commands_;
  SettingsStore* settings_;
  Send send_;
  std::map<std::string, StatusTree::SubscriptionId> subscriptions_;  // prefix → id
  // Command replies may arrive after the connection is gone; they check this first.
  std::shared_ptr<bool> alive_ = std::make_shared<bool>(true);
};

}  // namespace vc::appliance::control
