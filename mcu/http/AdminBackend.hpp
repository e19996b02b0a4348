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
};

struct AdminRoom {
  std::string name;
  bool echo = false;
  std::vector<AdminParticipant> participants;
};

enum class AdminResult { kOk, kNoRoom, kNoParticipant };

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
};

}  // namespace vc::mcu::http
