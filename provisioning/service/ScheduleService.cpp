#include "provisioning/service/ScheduleService.hpp"

#include "provisioning/core/ProvisionError.hpp"
#include "provisioning/core/Text.hpp"
#include "provisioning/csv/RoomValidator.hpp"

namespace vc::provision {

Meeting ScheduleService::Add(const std::string& actor, const Meeting& m) {
  nlohmann::json details = nlohmann::json::array();
  auto fail = [&](const char* field, const char* reason) {
    details.push_back({{"field", field}, {"reason", reason}});
  };
  if (!RoomValidator::IsText(m.title, 128)) fail("title", "expected text of 1-128 characters");
  if (m.duration_minutes < 1 || m.duration_minutes > 24 * 60) fail("duration_minutes", "expected 1-1440");
  if (!RoomValidator::IsMcuRoom(m.mcu_room)) fail("mcu_room", "expected 1-64 of A-Z a-z 0-9 - _ .");
  if (!m.pin.empty() && !RoomValidator::IsText(m.pin, 64)) fail("pin", "expected text of 1-64 characters");
  if (m.mode != "conference" && m.mode != "training") fail("mode", "expected conference or training");
  if (m.invited_room_ids.empty()) fail("rooms", "invite at least one room");
  if (m.invited_room_ids.size() > 500) fail("rooms", "at most 500 rooms");
  if (!details.empty()) {
    std::string reason = "invalid meeting: ";
    for (size_t i = 0; i < details.size(); ++i) {
      reason += (i ? "; " : "") + details[i]["field"].get<std::string>() + ": " +
                details[i]["reason"].get<std::string>();
    }
    throw ProvisionError(400, "invalid", reason, details);
  }
  return s_.db.Transaction([&] {
    for (int64_t room_id : m.invited_room_ids) {
      if (!s_.inventory.GetRoom(room_id)) {
        throw ProvisionError(404, "room_unknown", "no room " + ExternalId('r', room_id) + " to invite");
      }
    }
    if (m.chair_room_id && !s_.inventory.GetRoom(*m.chair_room_id)) {
      throw ProvisionError(404, "room_unknown", "no room " + ExternalId('r', *m.chair_room_id) + " to chair");
    }
    const int64_t id = s_.meetings.Add(m, s_.Now());
    s_.audit.Record(s_.Now(), actor, "meeting.add", ExternalId('m', id),
                    m.title + " at " + text::FormatUtc(m.start));
    return *s_.meetings.Get(id);
  });
}

void ScheduleService::Delete(const std::string& actor, int64_t id) {
  s_.db.Transaction([&] {
    const auto meeting = s_.meetings.Get(id);
    if (!meeting) throw ProvisionError(404, "meeting_unknown", "no meeting " + ExternalId('m', id));
    s_.meetings.Delete(id);
    s_.audit.Record(s_.Now(), actor, "meeting.delete", ExternalId('m', id), meeting->title);
  });
}

Meeting ScheduleService::Get(int64_t id) {
  const auto meeting = s_.meetings.Get(id);
  if (!meeting) throw ProvisionError(404, "meeting_unknown", "no meeting " + ExternalId('m', id));
  return *meeting;
}

std::string ScheduleService::Sign(const Meeting& m, const std::string& sub, const std::string& name,
                                  const std::string& role) const {
  return signer_->Sign(JoinClaims{m.mcu_room, sub, name, role, s_.Now(),
                                  m.End() + s_.settings.token_valid_after_end_seconds});
}

nlohmann::json ScheduleService::ToJson(const Meeting& m) {
  nlohmann::json rooms = nlohmann::json::array();
  for (int64_t id : m.invited_room_ids) rooms.push_back(ExternalId('r', id));
  return {{"id", ExternalId('m', m.id)},
          {"title", m.title},
          {"start", text::FormatUtc(m.start)},
          {"duration_minutes", m.duration_minutes},
          {"mcu_room", m.mcu_room},
          {"mode", m.mode},
          {"pin", m.pin},
          {"rooms", rooms},
          {"chair_room", m.chair_room_id ? nlohmann::json(ExternalId('r', *m.chair_room_id)) : nlohmann::json()}};
}

nlohmann::json ScheduleService::ForRoom(const Meeting& m, const Room& room) const {
  const int64_t opens = m.start - s_.settings.join_opens_before_seconds;
  nlohmann::json out = {{"id", ExternalId('m', m.id)},
                        {"title", m.title},
                        {"start", text::FormatUtc(m.start)},
                        {"duration_minutes", m.duration_minutes},
                        {"mcu_room", m.mcu_room},
                        {"mode", m.mode},
                        {"pin", m.pin},
                        {"join_opens_at", text::FormatUtc(opens)}};
  const int64_t now = s_.Now();
  if (signer_ && now >= opens && now < m.End()) {
    const std::string role = m.chair_room_id == room.id ? "chair" : "participant";
    out["join_token"] = Sign(m, ExternalId('r', room.id), room.name, role);
  }
  return out;
}

nlohmann::json ScheduleService::NextForRoom(const Room& room) {
  const auto upcoming = s_.meetings.UpcomingForRoom(room.id, s_.Now(), 1);
  if (upcoming.empty()) return nullptr;
  return ForRoom(upcoming.front(), room);
}

nlohmann::json ScheduleService::ScheduleForRoom(const Room& room) {
  nlohmann::json meetings = nlohmann::json::array();
  for (const auto& m : s_.meetings.UpcomingForRoom(room.id, s_.Now())) meetings.push_back(ForRoom(m, room));
  return {{"meetings", meetings}};
}

std::string ScheduleService::RoomToken(int64_t meeting_id, const Room& room) {
  if (!signer_) throw ProvisionError(503, "no_join_key", "no join key configured (--join-key-file)");
  const Meeting m = Get(meeting_id);
  bool invited = false;
  for (int64_t id : m.invited_room_ids) invited = invited || id == room.id;
  if (!invited) {
    throw ProvisionError(403, "not_invited", "room " + ExternalId('r', room.id) + " is not invited to " +
                                                 ExternalId('m', meeting_id));
  }
  return Sign(m, ExternalId('r', room.id), room.name, m.chair_room_id == room.id ? "chair" : "participant");
}

std::string ScheduleService::GuestToken(const std::string& actor, int64_t meeting_id,
                                        const std::string& name) {
  if (!signer_) throw ProvisionError(503, "no_join_key", "no join key configured (--join-key-file)");
  if (!RoomValidator::IsText(name, 64)) {
    throw ProvisionError(400, "bad_request", "guest name: expected text of 1-64 characters");
  }
  const Meeting m = Get(meeting_id);
  s_.db.Transaction([&] {
    s_.audit.Record(s_.Now(), actor, "meeting.guest_token", ExternalId('m', meeting_id), name);
  });
  return Sign(m, "guest:" + name, name, "participant");
}

}  // namespace vc::provision
