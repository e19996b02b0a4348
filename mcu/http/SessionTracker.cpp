#include "mcu/http/SessionTracker.hpp"

#include <vector>

namespace vc::mcu::http {

std::optional<uint64_t> SessionTracker::Add(std::weak_ptr<StoppableSession> session) {
  std::lock_guard lock(mutex_);
  if (stopping_) return std::nullopt;
  const uint64_t id = next_id_++;
  sessions_.emplace(id, std::move(session));
  return id;
}

void SessionTracker::Remove(uint64_t id) {
  std::lock_guard lock(mutex_);
  sessions_.erase(id);
}

void SessionTracker::StopAll() {
  std::vector<std::shared_ptr<StoppableSession>> live;
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
    for (const auto& [id, weak] : sessions_) {
      if (auto session = weak.lock()) live.push_back(std::move(session));
    }
  }
  // Outside the lock: a session released here may be destroyed and call Remove.
  for (const auto& session : live) session->Shutdown();
}

size_t SessionTracker::Size() const {
  std::lock_guard lock(mutex_);
  return sessions_.size();
}

}  // namespace vc::mcu::http
