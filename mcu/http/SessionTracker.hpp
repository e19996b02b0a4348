#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <unordered_map>

namespace vc::mcu::http {

// A live connection that the server can ask to end.
class StoppableSession {
 public:
  virtual ~StoppableSession() = default;
  // Thread-safe: posts the shutdown onto the session's strand.
  virtual void Shutdown() = 0;
};

// Knows every live session so HttpServer::Stop can end them all. Sessions add themselves when they
// start and remove themselves when destroyed.
class SessionTracker {
 public:
  // nullopt once StopAll ran: the caller must not start the session.
  std::optional<uint64_t> Add(std::weak_ptr<StoppableSession> session);
  void Remove(uint64_t id);
  // Refuses new sessions from now on and shuts down every live one.
  void StopAll();
  size_t Size() const;

 private:
  mutable std::mutex mutex_;
  bool stopping_ = false;
  uint64_t next_id_ = 1;
  std::unordered_map<uint64_t, std::weak_ptr<StoppableSession>> sessions_;
};

}  // namespace vc::mcu::http
