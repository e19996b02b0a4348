#include "appliance/control/StatusTree.hpp"

#include <vector>

namespace vc::appliance::control {

bool StatusTree::Covers(std::string_view prefix, std::string_view path) {
  if (prefix.empty()) return true;
  if (path.size() < prefix.size() || path.substr(0, prefix.size()) != prefix) return false;
  return path.size() == prefix.size() || path[prefix.size()] == '/';
}

bool StatusTree::IsValidPath(std::string_view path) {
  if (path.empty() || path.front() == '/' || path.back() == '/') return false;
  char previous = '/';
  for (char c : path) {
    const bool word = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                      c == '_' || c == '.' || c == '-';
    if (!word && c != '/') return false;
    if (c == '/' && previous == '/') return false;
    previous = c;
  }
  return true;
}

void StatusTree::Set(const std::string& path, nlohmann::json value) {
  auto it = leaves_.find(path);
  if (it != leaves_.end()) {
    if (it->second == value) return;
    it->second = std::move(value);
  } else {
    it = leaves_.emplace(path, std::move(value)).first;
  }
  Notify(it->first, it->second);
}

void StatusTree::Erase(const std::string& path) {
  std::vector<std::string> gone;
  for (auto it = leaves_.lower_bound(path); it != leaves_.end() && Covers(path, it->first);) {
    gone.push_back(it->first);
    it = leaves_.erase(it);
  }
  for (const auto& leaf : gone) Notify(leaf, nullptr);
}

std::optional<nlohmann::json> StatusTree::Get(std::string_view path) const {
  auto it = leaves_.lower_bound(path);
  if (it != leaves_.end() && it->first == path) return it->second;
  nlohmann::json subtree = nlohmann::json::object();
  bool found = false;
  for (; it != leaves_.end() && Covers(path, it->first); ++it) {
    std::string_view rest(it->first);
    if (!path.empty()) rest.remove_prefix(path.size() + 1);
    nlohmann::json* node = &subtree;
    // Walks/creates the inner objects; a leaf that also has children (not expected) keeps the
    // children and loses its own value rather than throwing.
    while (true) {
      const auto slash = rest.find('/');
      const std::string key(rest.substr(0, slash));
      if (slash == std::string_view::npos) {
        if (!node->contains(key)) (*node)[key] = it->second;
        break;
      }
      nlohmann::json& child = (*node)[key];
      if (!child.is_object()) child = nlohmann::json::object();
      node = &child;
      rest.remove_prefix(slash + 1);
    }
    found = true;
  }
  if (!found) return std::nullopt;
  return subtree;
}

StatusTree::SubscriptionId StatusTree::Subscribe(std::string prefix, Callback callback) {
  const SubscriptionId id = next_id_++;
  subscribers_.emplace(id, Subscriber{std::move(prefix), std::move(callback)});
  return id;
}

void StatusTree::Unsubscribe(SubscriptionId id) { subscribers_.erase(id); }

void StatusTree::Notify(const std::string& path, const nlohmann::json& value) {
  // A callback may subscribe or unsubscribe (a connection closing): walk a snapshot of the ids
  // and look each one up again, so a removed subscriber is never called.
  std::vector<SubscriptionId> ids;
  ids.reserve(subscribers_.size());
  for (const auto& [id, subscriber] : subscribers_) {
    if (Covers(subscriber.prefix, path)) ids.push_back(id);
  }
  const std::string path_copy = path;       // the leaf may be erased by a callback
  const nlohmann::json value_copy = value;
  for (SubscriptionId id : ids) {
    auto it = subscribers_.find(id);
    if (it == subscribers_.end()) continue;
    auto callback = it->second.callback;  // keeps the function alive if it unsubscribes itself
    callback(path_copy, value_copy);
  }
}

}  // namespace vc::appliance::control
