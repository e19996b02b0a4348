#pragma once
// What the admin API asks of the conference (implemented by engine::ConferenceEngine, which
// hops to the media thread). Called on a network thread; may block briefly.
#include <optional>
#include <string>
#include <vector>

namespace vc::mcu::http {

struct AdminParticipant {
  std::string id;
  std::string name;
  bool chair = false;
  bool muted = false;
  bool talking = false;
  std::optional<int> max_kbps;     // the admin's uplink cap, if any
  std::optional<int> uplink_kbps;  // the MCU's current uplink estimate (REMB), once video flows
  uint64_t content_packets = 0;    // received on its content (second video) m-line
  bool hand = false;               // a raised hand, waiting for the floor
};

struct AdminRoom {
  std::string name;
  bool echo = false;
  std::vector<AdminParticipant> participants;
  bool recording = false;
  std::string layout;                    // the composite's layout; "" for an echo room
  std::optional<std::string> presenter;  // the participant the layout names, if any
};

enum class AdminResult { kOk, kNoRoom, kNoParticipant };

// The outcome of starting or stopping a room's recording.
struct AdminRecording {
  enum class Result { kOk, kNoRoom, kUnavailable, kFailed };
  Result result = Result::kOk;
  bool recording = false;
  std::string file;    // the recording's file name (now, or the last one; "" when none)
  std::string reason;  // kUnavailable, kFailed: why
};

class AdminBackend {
 public:
  virtual ~AdminBackend() = default;
  virtual std::vector<AdminRoom> AdminListRooms() = 0;
  virtual AdminResult AdminSetMuted(const std::string& room, const std::string& participant,
                                    bool muted) = 0;
  // Everyone in the room except chairs.
  virtual AdminResult AdminMuteAll(const std::string& room, bool muted) = 0;
  // layout: "grid" | "speaker" | "presenter" (checked by the API); presenter: a participant id.
  virtual AdminResult AdminSetLayout(const std::string& room, const std::string& layout,
                                     const std::optional<std::string>& presenter) = 0;
  // Caps the participant's video uplink (the REMB it gets); nullopt removes the cap.
  virtual AdminResult AdminSetBitrateCap(const std::string& room, const std::string& participant,
                                         std::optional<int> max_kbps) = 0;
  // Starts (true) or stops (false) the room's recording; everyone in the room is told.
  virtual AdminRecording AdminSetRecording(const std::string& room, bool recording) = 0;
};

}  // namespace vc::mcu::http
