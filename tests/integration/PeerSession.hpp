#pragma once
// Connects a WebrtcbinPeer to the MCU over one SignalingClient: join, then forward the peer's
// offer and candidates and apply the MCU's answer and candidates, for as long as a test pumps.
// Everything else the MCU says (errors, participants) is kept for the test to look at.

#include "tests/integration/SignalingClient.hpp"
#include "tests/integration/WebrtcbinPeer.hpp"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace vc::tests::integration {

class PeerSession {
 public:
  struct Candidate {
    std::string transport;  // lower case: "udp", "tcp"
    std::string address;
    uint16_t port = 0;
    std::string type;  // "host", "srflx", ...
  };
  // Rewrites the peer's offer SDP before it is sent (to make deliberately bad offers).
  using OfferFilter = std::function<std::string(const std::string&)>;

  PeerSession(SignalingClient& client, WebrtcbinPeer& peer);  // both borrowed

  void SetOfferFilter(OfferFilter filter) { offer_filter_ = std::move(filter); }
  // Rewrites or drops (nullopt) ICE candidates on their way: the peer's to the MCU, the MCU's
  // to the peer (trickled and in the answer SDP). Used to route a peer through an impairment relay.
  using CandidateRewrite = std::function<std::optional<std::string>(const std::string&)>;
  void SetCandidateRewrites(CandidateRewrite to_mcu, CandidateRewrite to_peer) {
    to_mcu_ = std::move(to_mcu);
    to_peer_ = std::move(to_peer);
  }
  // Sends `join` and waits for `joined`; nullopt (see Errors()) when it does not come.
  // role: "" (none sent), "participant" or "chair".
  std::optional<nlohmann::json> Join(const std::string& room, const std::string& name,
                                     std::chrono::milliseconds timeout,
                                     const std::string& role = "");
  // Forwards messages both ways until `done()` holds or `timeout` passes; returns done().
  bool PumpUntil(const std::function<bool()>& done, std::chrono::milliseconds timeout);
  void Pump(std::chrono::milliseconds duration) {
    PumpUntil([] { return false; }, duration);
  }

  std::chrono::steady_clock::time_point JoinSentAt() const { return join_sent_at_; }
  bool Answered() const { return answered_; }
  const std::string& SentOffer() const { return sent_offer_; }
  const std::vector<nlohmann::json>& Errors() const { return errors_; }
  bool HasError(const std::string& code) const;
  const std::vector<nlohmann::json>& OtherMessages() const { return others_; }
  // The MCU's candidates, from its answer SDP and its trickled `candidate` messages.
  const std::vector<Candidate>& McuCandidates() const { return mcu_candidates_; }
  // The peer's own candidates, as sent to the MCU.
  const std::vector<Candidate>& PeerCandidates() const { return peer_candidates_; }
  // A human-readable summary for failure messages.
  std::string Describe() const;

  // "candidate:1 1 UDP 2015363327 127.0.0.1 40211 typ host" (prefix optional).
  static std::optional<Candidate> ParseCandidate(const std::string& value);

 private:
  void Forward(const WebrtcbinPeer::Outgoing& outgoing);
  void Dispatch(const nlohmann::json& message);
  void NoteCandidate(const std::string& value);

  // Passed by argument.
  SignalingClient& client_;
  WebrtcbinPeer& peer_;
  // Allocated by this.
  OfferFilter offer_filter_;
  CandidateRewrite to_mcu_;
  CandidateRewrite to_peer_;
  std::chrono::steady_clock::time_point join_sent_at_{};
  bool joined_ = false;
  bool answered_ = false;
  std::string sent_offer_;
  std::vector<nlohmann::json> errors_;
  std::vector<nlohmann::json> others_;
  std::vector<Candidate> mcu_candidates_;
  std::vector<Candidate> peer_candidates_;
};

}  // namespace vc::tests::integration
