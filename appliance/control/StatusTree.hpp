#pragma once
// The room's status as a tree of paths ("Call/State", "Devices/Projector/Power"), the way room
// systems expose it to touch panels. Leaves hold JSON values; reading an inner path gives the
// subtree as a JSON object. Subscribers name a path prefix and hear about every leaf that changes
// under it. Lives on the daemon's control thread: no locking, callbacks run synchronously.
#include <cstdint>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace vc::appliance::control {

class StatusTree {
 public:
  using SubscriptionId = uint64_t;
  using Callback = std::function<void(const std::string& path, const nlohmann::json& value)>;

  // Sets a leaf; subscribers whose prefix covers it hear about it when the value changed.
  void Set(const std::string& path, nlohmann::json value);
  // Removes a leaf or a whole subtree (e.g. a participant list entry); subscribers hear null.
  void Erase(const std::string& path);

  // The leaf's value, or the subtree under `path` as nested objects, or nullopt when nothing
  // lives there. The empty path is the whole tree.
  std::optional<nlohmann::json> Get(std::string_view path) const;
  bool Contains(std::string_view path) const { return Get(path).has_value(); }

  // `prefix` matches itself and everything below it ("Devices" covers "Devices/Camera/Error",
  // but not "DevicesX"); the empty prefix matches everything.
  SubscriptionId Subscribe(std::string prefix, Callback callback);
  void Unsubscribe(SubscriptionId id);  // unknown ids are ignored
  size_t SubscriberCount() const { return subscribers_.size(); }

  // True when `path` is `prefix` or lies below it.
  static bool Covers(std::string_view prefix, std::string_view path);
  // A path is non-empty segments of [A-Za-z0-9_.-] separated by single '/'.
  static bool IsValidPath(std::string_view path);

 private:
  struct Subscriber {
    std::string prefix;
    Callback callback;
  };
  void Notify(const std::string& path, const nlohmann::json& value);

  std::map<std::string, nlohmann::json, std::less<>> leaves_;
  std::map<SubscriptionId, Subscriber> subscribers_;
  SubscriptionId next_id_ = 1;
};

}  // namespace vc::appliance::control
