#pragma once
// Signaling protocol v1 (docs/signaling.md): parsing client messages into typed requests and
// writing the MCU's messages. Pure functions: no I/O, no state, safe on any thread.
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace vc::mcu::signaling {

// A refusal with the protocol's machine-readable code (see the table in docs/signaling.md).
class SignalingError : public std::runtime_error {
 public:
  SignalingError(std::string code, const std::string& reason)
      : std::runtime_error(reason), code_(std::move(code)) {}
  const std::string& code() const { return code_; }

 private:
  std::string code_;
};

enum class Role { kParticipant, kChair };

struct JoinRequest {
  std::string room;
  std::string name;
  std::optional<std::string> pin;
  Role role = Role::kParticipant;
  std::optional<std::string> token;  // signed join token (mcu/auth), checked before admission
};
struct OfferRequest {
  std::string sdp;
};
struct CandidateRequest {
  std::string candidate;  // empty: end of candidates
  std::optional<std::string> sdp_mid;
  std::optional<int> sdp_mline_index;
};
struct LeaveRequest {};
// Chair only: mute or unmute one participant on the server (its audio is no longer mixed).
struct MuteRequest {
  std::string participant;
  bool muted = true;
};
// Chair only: mute or unmute everyone in the room except the chairs.
struct MuteAllRequest {
  bool muted = true;
};

// Chair only: the room's video layout ("grid", "speaker", "presenter"), optionally with the
// participant shown large (speaker: pinned; presenter: the content tile).
struct LayoutRequest {
  std::string layout;
  std::optional<std::string> presenter;
};

// Any joined participant: raise or lower its own hand (training sessions ask for the floor).
struct HandRequest {
  bool raised = true;
};

// Chair only: start (true) or stop (false) recording the room (vc-mcu --recording-dir).
struct RecordRequest {
  bool recording = true;
};

using Request = std::variant<JoinRequest, OfferRequest, CandidateRequest, LeaveRequest,
                             MuteRequest, MuteAllRequest, LayoutRequest, HandRequest,
                             RecordRequest>;

constexpr size_t kMaxMessageBytes = 64 * 1024;

// Throws SignalingError (bad_json, bad_message, unknown_type, bad_room) on anything malformed.
Request ParseRequest(std::string_view text);

struct ParticipantInfo {
  std::string id;
  std::string name;
  bool muted = false;  // by the server (chair or admin API)
  bool chair = false;
  bool hand = false;  // raised hand, until lowered, given the floor (unmuted by a chair) or gone
};

std::string MakeJoined(const std::string& room, const std::string& id,
                       const std::vector<ParticipantInfo>& participants);
std::string MakeAnswer(const std::string& sdp);
// "" marks the end of candidates. mid: the first bundled m-line (all media share one transport).
std::string MakeCandidate(const std::string& candidate, const std::string& mid);
std::string MakeParticipants(const std::string& room, const std::vector<ParticipantInfo>& list);
std::string MakeLeft();
// To a participant whose server-side mute changed; by: "chair" or "admin".
std::string MakeMuted(bool muted, const std::string& by);
// Who is talking now, loudest first (ids).
std::string MakeActiveSpeaker(const std::vector<std::string>& participants);
// The room's layout changed (to everyone); presenter omitted when none.
std::string MakeLayout(const std::string& layout, const std::optional<std::string>& presenter);
// To everyone in the room when a participant's hand went up or down.
std::string MakeHand(const std::string& participant, const std::string& name, bool raised);
// Whether the room can be and is recorded; since (ISO 8601 UTC) only while recording.
std::string MakeRecording(bool available, bool recording, const std::optional<std::string>& since);
std::string MakeError(const std::string& code, const std::string& reason);

}  // namespace vc::mcu::signaling
