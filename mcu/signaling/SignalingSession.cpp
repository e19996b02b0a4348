#include "mcu/signaling/SignalingSession.hpp"

#include "common/log/Log.hpp"
#include "mcu/signaling/SignalingMessages.hpp"

namespace vc::mcu::signaling {
namespace {
constexpr std::string_view kLog = "signaling";
}

std::atomic<uint64_t> SignalingSession::next_session_id_{1};

SignalingSession::SignalingSession(engine::ConferenceEngine& engine, metrics::McuMetrics& metrics,
                                   std::shared_ptr<http::WebSocketPeer> peer,
                                   const auth::JoinAuthorizer* authorizer)
    : engine_(engine),
      metrics_(metrics),
      peer_(std::move(peer)),
      authorizer_(authorizer),
      session_id_(next_session_id_++) {
  metrics_.websocket_connections.Inc();
}

SignalingSession::~SignalingSession() = default;

void SignalingSession::OnWebSocketMessage(std::string_view text) {
  try {
    Request request = ParseRequest(text);
    // Tokens are checked here, on the network thread, so the media thread never spends time on
    // a join that is refused anyway.
    if (auto* join = std::get_if<JoinRequest>(&request); join && authorizer_) {
      authorizer_->Authorize(*join);
    }
    engine_.Submit(session_id_, peer_, std::move(request));
  } catch (const SignalingError& e) {
    static common::log::RateLimitedLog limited(std::chrono::seconds(2));
    limited.Warn(kLog, "refused a message from ", peer_->RemoteAddress(), ": ", e.code(), ": ",
                 e.what());
    engine::ConferenceEngine::SendError(metrics_, *peer_, e.code(), e.what());
  }
}

void SignalingSession::OnWebSocketTooLarge() {
  common::log::Warn(kLog, "message over ", kMaxMessageBytes, " bytes from ",
                    peer_->RemoteAddress(), "; closing");
  engine::ConferenceEngine::SendError(metrics_, *peer_, "message_too_large",
                                      "a message may be at most 64 KiB");
}

void SignalingSession::OnWebSocketClosed() {
  metrics_.websocket_connections.Dec();
  engine_.SessionClosed(session_id_);
}

}  // namespace vc::mcu::signaling
