#include "mcu/negotiation/Negotiation.hpp"

#include <algorithm>
#include <stdexcept>

#include "common/sdp/SdpError.hpp"
#include "common/sdp/SdpParser.hpp"
#include "mcu/negotiation/AnswerBuilder.hpp"
#include "mcu/negotiation/MediaSelection.hpp"

namespace vc::mcu::negotiation {
namespace {

using common::sdp::MediaDescription;
using common::sdp::SessionDescription;
using common::sdp::SetupRole;

constexpr const char* kFingerprintAlgorithm = "sha-256";

struct Accepted {
  const MediaDescription* offered;
  MediaKind kind;
  bool content = false;
};

bool Live(const MediaDescription& m) {
  return (m.port != 0 || m.bundle_only) && IsDtlsSrtpProtocol(m.protocol);
}

// The first live audio, the first live video (main) and one content video over DTLS-SRTP:
// the first video marked a=content:slides, or else the second live video. Everything else
// (data channels, a second audio, a third video, port 0 without bundle-only, plain RTP) is
// rejected.
std::vector<Accepted> ChooseSections(const SessionDescription& offer) {
  const MediaDescription* marked = nullptr;
  for (const auto& m : offer.media) {
    if (Live(m) && m.kind == "video" && IsMarkedAsContent(m)) {
      marked = &m;
      break;
    }
  }
  std::vector<Accepted> chosen;
  bool have_audio = false;
  const MediaDescription* main_video = nullptr;
  const MediaDescription* content = marked;
  for (const auto& m : offer.media) {
    if (!Live(m)) continue;
    if (m.kind == "audio" && !have_audio) {
      have_audio = true;
      chosen.push_back({&m, MediaKind::kAudio});
    } else if (m.kind == "video" && &m == content) {
      chosen.push_back({&m, MediaKind::kVideo, true});
    } else if (m.kind == "video" && main_video == nullptr) {
      main_video = &m;
      chosen.push_back({&m, MediaKind::kVideo});
    } else if (m.kind == "video" && content == nullptr) {
      content = &m;
      chosen.push_back({&m, MediaKind::kVideo, true});
    }
  }
  return chosen;
}

// Every accepted section must be in one BUNDLE group; returns that group's tagged section (its
// first mid, RFC 8843 §7.2), whose transport parameters the whole bundle uses.
const MediaDescription& CheckBundle(const SessionDescription& offer,
                                    const std::vector<Accepted>& chosen) {
  const common::sdp::Group* bundle = nullptr;
  for (const auto& accepted : chosen) {
    const std::string& mid = accepted.offered->mid;
    if (mid.empty()) throw NegotiationError(accepted.offered->kind + " m-line lacks a=mid");
    for (const auto& group : offer.groups) {
      if (group.semantics != "BUNDLE") continue;
      if (std::find(group.mids.begin(), group.mids.end(), mid) == group.mids.end()) continue;
      if (bundle != nullptr && bundle != &group) {
        throw NegotiationError("accepted media must share one a=group:BUNDLE");
      }
      bundle = &group;
    }
    if (bundle == nullptr) {
      throw NegotiationError(offer.FindGroup("BUNDLE") == nullptr
                                 ? "offer lacks a=group:BUNDLE"
                                 : "a=group:BUNDLE does not include mid " + mid);
    }
    if (std::find(bundle->mids.begin(), bundle->mids.end(), mid) == bundle->mids.end()) {
      throw NegotiationError("a=group:BUNDLE does not include mid " + mid);
    }
  }
  const MediaDescription* tagged = offer.FindMedia(bundle->mids.front());
  return tagged != nullptr ? *tagged : *chosen.front().offered;
}

void TakeTransport(const MediaDescription& tagged, Negotiation& out) {
  if (tagged.ice_ufrag.empty()) throw NegotiationError("offer lacks a=ice-ufrag");
  if (tagged.ice_pwd.empty()) throw NegotiationError("offer lacks a=ice-pwd");
  const auto* fingerprint = tagged.FindFingerprint(kFingerprintAlgorithm);
  if (fingerprint == nullptr) throw NegotiationError("offer lacks a=fingerprint:sha-256");
  out.remote_ice_ufrag = tagged.ice_ufrag;
  out.remote_ice_pwd = tagged.ice_pwd;
  out.remote_fingerprint_algorithm = fingerprint->algorithm;
  out.remote_fingerprint = fingerprint->value;
  // RFC 5763 §5: an offer without a=setup means actpass; the answerer then picks a role.
  switch (tagged.setup.value_or(SetupRole::kActpass)) {
    case SetupRole::kActpass:
    case SetupRole::kActive:
      out.local_dtls_role = DtlsRole::kServer;
      break;
    case SetupRole::kPassive:
      out.local_dtls_role = DtlsRole::kClient;
      break;
    case SetupRole::kHoldconn:
      throw NegotiationError("a=setup:holdconn is not supported");
  }
}

void TakeCandidates(const std::vector<Accepted>& chosen, Negotiation& out) {
  for (const auto& accepted : chosen) {
    for (const auto& candidate : accepted.offered->candidates) {
      if (candidate.component != 1) continue;  // rtcp-mux: RTCP shares the RTP component
      std::string text = common::sdp::WriteIceCandidate(candidate);
      if (std::find(out.remote_candidates.begin(), out.remote_candidates.end(), text) ==
          out.remote_candidates.end()) {
        out.remote_candidates.push_back(std::move(text));
      }
    }
    out.remote_end_of_candidates =
        out.remote_end_of_candidates || accepted.offered->end_of_candidates;
  }
}

void CheckLocal(const LocalParameters& local) {
  if (local.ice_ufrag.empty() || local.ice_pwd.empty() || local.fingerprint_sha256.empty() ||
      local.cname.empty() || local.address.empty()) {
    throw std::invalid_argument(
        "LocalParameters: ICE credentials, fingerprint, cname and address are required");
  }
}

}  // namespace

const NegotiatedMedia* Negotiation::Content() const {
  for (const auto& m : media) {
    if (m.content) return &m;
  }
  return nullptr;
}

std::optional<std::string> Negotiation::AnswerCname(uint32_t ssrc) const {
  const std::string key = "a=ssrc:" + std::to_string(ssrc) + " cname:";
  size_t at = answer_sdp.find(key);
  if (at == std::string::npos) return std::nullopt;
  at += key.size();
  const size_t end = answer_sdp.find_first_of("\r\n", at);
  std::string cname = answer_sdp.substr(at, end == std::string::npos ? std::string::npos : end - at);
  if (cname.empty() || cname.size() > 255) return std::nullopt;
  return cname;
}

Negotiation Negotiate(std::string_view offer_sdp, const LocalParameters& local) {
  CheckLocal(local);
  SessionDescription offer;
  try {
    offer = common::sdp::ParseSdp(offer_sdp);
  } catch (const common::sdp::SdpError& e) {
    throw NegotiationError(std::string("invalid SDP: ") + e.what());
  }
  std::vector<Accepted> chosen = ChooseSections(offer);
  if (chosen.empty()) {
    throw NegotiationError("offer has no audio or video m-line over UDP/TLS/RTP/SAVPF to accept");
  }
  const MediaDescription& tagged = CheckBundle(offer, chosen);

  Negotiation out;
  for (const auto& accepted : chosen)
    out.media.push_back(SelectMedia(*accepted.offered, accepted.kind, local, accepted.content));
  TakeTransport(tagged, out);
  TakeCandidates(chosen, out);
  out.answer_sdp = BuildAnswer(offer, out.media, out.local_dtls_role, local);
  return out;
}

}  // namespace vc::mcu::negotiation
