#include "mcu/ice/IceAgent.hpp"

#include <stdexcept>

#include "common/log/Log.hpp"

namespace vc::mcu::ice {
namespace {
constexpr guint kComponent = 1;  // rtcp-mux: RTP and RTCP share component 1

bool SetAddress(NiceAddress* address, const std::string& ip, uint16_t port) {
  nice_address_init(address);
  if (!nice_address_set_from_string(address, ip.c_str())) return false;
  nice_address_set_port(address, port);
  return true;
}
}  // namespace

IceAgent::IceAgent(GMainContext* context, const IceConfig& config, Listener& listener)
    : listener_(listener),
      agent_(nice_agent_new_full(context, NICE_COMPATIBILITY_RFC5245,
                                 static_cast<NiceAgentOption>(NICE_AGENT_OPTION_ICE_TRICKLE |
                                                              NICE_AGENT_OPTION_CONSENT_FRESHNESS))) {
  if (agent_ == nullptr) throw std::runtime_error("libnice: cannot create agent");
  // The MCU answers every offer, so it is the controlled agent (a client-mode transport offers
  // and controls). UDP only: TCP candidates add nothing on the links we serve and cost sockets.
  g_object_set(agent_, "controlling-mode", config.controlling ? TRUE : FALSE, "ice-tcp", FALSE,
               "ice-udp", TRUE, "upnp", FALSE, nullptr);
  for (const auto& ip : config.local_addresses) {
    NiceAddress address;
    if (!SetAddress(&address, ip, 0)) throw std::runtime_error("ICE: bad local address " + ip);
    nice_agent_add_local_address(agent_, &address);
  }
  if (config.stun) {
    g_object_set(agent_, "stun-server", config.stun->host.c_str(), "stun-server-port",
                 static_cast<guint>(config.stun->port), nullptr);
  }
  g_signal_connect(agent_, "new-candidate-full", G_CALLBACK(&IceAgent::OnNewCandidate), this);
  g_signal_connect(agent_, "candidate-gathering-done", G_CALLBACK(&IceAgent::OnGatheringDone),
                   this);
  g_signal_connect(agent_, "component-state-changed", G_CALLBACK(&IceAgent::OnComponentState),
                   this);

  stream_id_ = nice_agent_add_stream(agent_, 1);
  if (stream_id_ == 0) {
    g_object_unref(agent_);
    throw std::runtime_error("libnice: cannot add stream");
  }
  if (config.port_min != 0 || config.port_max != 0) {
    nice_agent_set_port_range(agent_, stream_id_, kComponent, config.port_min, config.port_max);
  }
  if (config.turn) {
    nice_agent_set_relay_info(agent_, stream_id_, kComponent, config.turn->host.c_str(),
                              config.turn->port, config.turn->username.c_str(),
                              config.turn->password.c_str(), NICE_RELAY_TYPE_TURN_UDP);
  }
  gchar* ufrag = nullptr;
  gchar* password = nullptr;
  nice_agent_get_local_credentials(agent_, stream_id_, &ufrag, &password);
  local_ufrag_ = ufrag != nullptr ? ufrag : "";
  local_password_ = password != nullptr ? password : "";
  g_free(ufrag);
  g_free(password);
  nice_agent_attach_recv(agent_, stream_id_, kComponent, context, &IceAgent::OnReceive, this);
}

IceAgent::~IceAgent() {
  // Detach every callback before dropping our reference: libnice may outlive this object
  // briefly while it closes its sockets.
  nice_agent_attach_recv(agent_, stream_id_, kComponent, nullptr, nullptr, nullptr);
  g_signal_handlers_disconnect_by_data(agent_, this);
  nice_agent_remove_stream(agent_, stream_id_);
  g_object_unref(agent_);
}

void IceAgent::SetRemoteCredentials(const std::string& ufrag, const std::string& password) {
  nice_agent_set_remote_credentials(agent_, stream_id_, ufrag.c_str(), password.c_str());
  remote_credentials_set_ = true;
}

bool IceAgent::AddRemoteCandidate(std::string_view candidate) {
  std::string line;
  if (candidate.substr(0, 2) != "a=") line = "a=";
  line.append(candidate);
  NiceCandidate* parsed = nice_agent_parse_remote_candidate_sdp(agent_, stream_id_, line.c_str());
  if (parsed == nullptr) return false;
  // Only UDP candidates for our single component are useful (rtcp-mux, no ICE-TCP).
  bool usable = parsed->component_id == kComponent && parsed->transport == NICE_CANDIDATE_TRANSPORT_UDP;
  if (usable) {
    GSList* list = g_slist_append(nullptr, parsed);
    usable = nice_agent_set_remote_candidates(agent_, stream_id_, kComponent, list) > 0;
    g_slist_free(list);
  }
  nice_candidate_free(parsed);
  return usable;
}

void IceAgent::SetRemoteGatheringDone() {
  nice_agent_peer_candidate_gathering_done(agent_, stream_id_);
}

bool IceAgent::GatherCandidates() { return nice_agent_gather_candidates(agent_, stream_id_); }

bool IceAgent::Send(const uint8_t* data, size_t len) {
  if (state_ != IceState::kConnected) return false;
  return nice_agent_send(agent_, stream_id_, kComponent, static_cast<guint>(len),
                         reinterpret_cast<const gchar*>(data)) == static_cast<gint>(len);
}

void IceAgent::OnNewCandidate(NiceAgent* agent, NiceCandidate* candidate, gpointer self) {
  auto* me = static_cast<IceAgent*>(self);
  gchar* sdp = nice_agent_generate_local_candidate_sdp(agent, candidate);
  if (sdp == nullptr) return;
  std::string_view line(sdp);
  if (line.substr(0, 2) == "a=") line.remove_prefix(2);
  std::string text(line);
  g_free(sdp);
  me->listener_.OnIceAgentLocalCandidate(me, text);
}

void IceAgent::OnGatheringDone(NiceAgent*, guint, gpointer self) {
  auto* me = static_cast<IceAgent*>(self);
  me->listener_.OnIceAgentGatheringDone(me);
}

void IceAgent::OnComponentState(NiceAgent*, guint, guint, guint state, gpointer self) {
  auto* me = static_cast<IceAgent*>(self);
  IceState next = me->state_;
  switch (state) {
    case NICE_COMPONENT_STATE_CONNECTING: next = IceState::kChecking; break;
    case NICE_COMPONENT_STATE_CONNECTED:
    case NICE_COMPONENT_STATE_READY: next = IceState::kConnected; break;
    case NICE_COMPONENT_STATE_FAILED: next = IceState::kFailed; break;
    default: return;
  }
  if (next == me->state_) return;
  me->state_ = next;
  me->listener_.OnIceAgentStateChanged(me, next);
}

void IceAgent::OnReceive(NiceAgent*, guint, guint, guint len, gchar* buf, gpointer self) {
  auto* me = static_cast<IceAgent*>(self);
  me->listener_.OnIceAgentData(me, reinterpret_cast<uint8_t*>(buf), len);
}

}  // namespace vc::mcu::ice
