#pragma once
// Janus's REST API (the HTTP transport) for one session: create, attach a plugin, send messages and
// trickled candidates, long-poll for events, destroy. One short-lived connection per request and
// every request bounded by a timeout, so a Janus that hangs cannot hang the benchmark.

#include <chrono>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace vc::tests::benchmarks {

class JanusHttpClient {
 public:
  using Milliseconds = std::chrono::milliseconds;

  explicit JanusHttpClient(uint16_t port) : port_(port) {}

  // POST /janus {"janus":"create"}; throws std::runtime_error when Janus refuses or is silent.
  void CreateSession(Milliseconds timeout);
  // POST /janus/<session> {"janus":"attach","plugin":...}; throws like CreateSession.
  void Attach(const std::string& plugin, Milliseconds timeout);
  // POST /janus/<session>/<handle> {"janus":"message","body":...,"jsep":...}; true on "ack".
  bool Message(const nlohmann::json& body, const nlohmann::json& jsep, Milliseconds timeout);
  // A synchronous plugin request (AudioBridge "create", "list" ...): the whole reply, whose
  // plugindata carries the result; nullopt when Janus refuses or is silent.
  std::optional<nlohmann::json> SyncMessage(const nlohmann::json& body, Milliseconds timeout);
  // {"janus":"trickle","candidate":{candidate,sdpMid,sdpMLineIndex}}; true on "ack".
  bool Trickle(const std::string& candidate, const std::string& mid, unsigned mline_index,
               Milliseconds timeout);
  bool KeepAlive(Milliseconds timeout);
  // GET /janus/<session>: the next queued event (Janus answers a keepalive after 30 s of nothing).
  std::optional<nlohmann::json> PollEvent(Milliseconds timeout);
  bool Destroy(Milliseconds timeout);

  uint64_t SessionId() const { return session_id_; }
  const std::string& LastError() const { return last_error_; }

 private:
  std::optional<nlohmann::json> Request(const std::string& method, const std::string& target,
                                        const nlohmann::json* body, Milliseconds timeout);
  std::optional<nlohmann::json> Post(const std::string& target, nlohmann::json body,
                                     Milliseconds timeout);
  std::string SessionPath() const;
  std::string HandlePath() const;

  uint16_t port_;
  uint64_t session_id_ = 0;
  uint64_t handle_id_ = 0;
  uint64_t next_transaction_ = 1;
  std::string last_error_;
};

}  // namespace vc::tests::benchmarks
