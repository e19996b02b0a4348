#pragma once
// Meetings, what each invited room sees of them, and the signed join tokens for the MCU.
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "provisioning/core/JoinTokenSigner.hpp"
#include "provisioning/service/Stores.hpp"

namespace vc::provision {

class ScheduleService {
 public:
  // Without a signer no join tokens are issued (vc-mcu without a key checks PINs only).
  ScheduleService(Stores& stores, const JoinTokenSigner* signer) : s_(stores), signer_(signer) {}

  // Throws ProvisionError 400 invalid (details per field), 404 room_unknown.
  Meeting Add(const std::string& actor, const Meeting& meeting);
  void Delete(const std::string& actor, int64_t id);
  Meeting Get(int64_t id);
  // The meeting as a room sees it (contract's next_meeting object); the join token only from
  // join_opens_at until the end.
  nlohmann::json ForRoom(const Meeting& meeting, const Room& room) const;
  nlohmann::json NextForRoom(const Room& room);
  nlohmann::json ScheduleForRoom(const Room& room);
  // For `meetings token`: a room's token (it must be invited) or a guest's (role participant).
  std::string RoomToken(int64_t meeting_id, const Room& room);
  std::string GuestToken(const std::string& actor, int64_t meeting_id, const std::string& name);
  static nlohmann::json ToJson(const Meeting& meeting);

 private:
  std::string Sign(const Meeting& meeting, const std::string& sub, const std::string& name,
                   const std::string& role) const;
  Stores& s_;
  const JoinTokenSigner* signer_;
};

}  // namespace vc::provision
