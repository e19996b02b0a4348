#pragma once
// A thin RAII wrapper over one libnice agent with one stream and one component (BUNDLE +
// rtcp-mux means one 5-tuple per participant). Full ICE in the controlled role: the MCU always
// answers (IceConfig::controlling is for the transport's client mode, the load tool). Lives on
// the media thread; every callback arrives there.
#include <nice/agent.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vc::mcu::ice {

struct IceServer {
  std::string host;  // numeric IP address (libnice does not resolve names)
  uint16_t port = 3478;
  std::string username;  // TURN only
  std::string password;  // TURN only
};

struct IceConfig {
  // Addresses to gather host candidates on. Empty: every interface libnice finds.
  std::vector<std::string> local_addresses;
  uint16_t port_min = 0;  // 0,0: any port
  uint16_t port_max = 0;
  std::optional<IceServer> stun;
  std::optional<IceServer> turn;
  // The offerer is the controlling agent (RFC 8445 §6.1.1); the MCU answers, so false.
  bool controlling = false;
};

enum class IceState { kNew, kChecking, kConnected, kFailed };

class IceAgent {
 public:
  class Listener {
   public:
    virtual ~Listener() = default;
    // candidate is the attribute value without "a=", e.g. "candidate:1 1 UDP 2015363327 ...".
    virtual void OnIceAgentLocalCandidate(IceAgent* agent, const std::string& candidate) = 0;
    virtual void OnIceAgentGatheringDone(IceAgent* agent) = 0;
    virtual void OnIceAgentStateChanged(IceAgent* agent, IceState state) = 0;
    // A datagram that is not STUN. Mutable so that the owner can decrypt it in place.
    virtual void OnIceAgentData(IceAgent* agent, uint8_t* data, size_t len) = 0;
  };

  // Throws std::runtime_error if libnice cannot create the agent or stream.
  IceAgent(GMainContext* context, const IceConfig& config, Listener& listener);
  ~IceAgent();
  IceAgent(const IceAgent&) = delete;
  IceAgent& operator=(const IceAgent&) = delete;

  const std::string& local_ufrag() const { return local_ufrag_; }
  const std::string& local_password() const { return local_password_; }
  IceState state() const { return state_; }

  void SetRemoteCredentials(const std::string& ufrag, const std::string& password);
  // Accepts "candidate:..." with or without "a=". False if libnice cannot parse or use it.
  bool AddRemoteCandidate(std::string_view candidate);
  void SetRemoteGatheringDone();
  // Starts gathering; candidates arrive through the listener. False if nothing could be bound.
  bool GatherCandidates();
  // Sends one datagram on the selected pair. False if there is none yet or the send failed.
  bool Send(const uint8_t* data, size_t len);

 private:
  static void OnNewCandidate(NiceAgent* agent, NiceCandidate* candidate, gpointer self);
  static void OnGatheringDone(NiceAgent* agent, guint stream_id, gpointer self);
  static void OnComponentState(NiceAgent* agent, guint stream_id, guint component, guint state,
                               gpointer self);
  static void OnReceive(NiceAgent* agent, guint stream_id, guint component, guint len, gchar* buf,
                        gpointer self);

  Listener& listener_;  // passed by argument
  NiceAgent* agent_;    // allocated by this (GObject reference)
  guint stream_id_ = 0;
  std::string local_ufrag_;
  std::string local_password_;
  IceState state_ = IceState::kNew;
  bool remote_credentials_set_ = false;
};

}  // namespace vc::mcu::ice
