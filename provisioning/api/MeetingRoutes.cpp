// Meetings: technicians schedule them, everyone signed in reads them; tokens for guests.
#include "provisioning/api/JsonInput.hpp"
#include "provisioning/api/Routes.hpp"
#include "provisioning/core/ProvisionError.hpp"
#include "provisioning/core/Text.hpp"

namespace vc::provision {
namespace {

int64_t MeetingId(const std::string& param) {
  const auto id = ParseExternalId('m', param);
  if (!id) throw ProvisionError(404, "meeting_unknown", "no meeting \"" + param.substr(0, 64) + "\"");
  return *id;
}

Reply AddMeeting(Services& s, const Call& call) {
  const auto body = JsonInput::Object(call.request);
  JsonInput::OnlyKeys(body, {"title", "start", "duration_minutes", "mcu_room", "pin", "mode", "rooms", "chair_room"});
  Meeting m;
  m.title = JsonInput::String(body, "title");
  const std::string start = JsonInput::String(body, "start");
  const auto parsed = text::ParseIso8601(start);
  if (!parsed) {
    throw ProvisionError(400, "bad_request",
                         "field \"start\": expected an ISO 8601 time with a zone, e.g. 2026-12-01T08:00:00+07:00");
  }
  m.start = *parsed;
  m.duration_minutes = JsonInput::OptionalInteger(body, "duration_minutes").value_or(60);
  m.mcu_room = JsonInput::String(body, "mcu_room");
  m.pin = JsonInput::OptionalString(body, "pin").value_or("");
  m.mode = JsonInput::OptionalString(body, "mode").value_or("conference");
  for (const auto& ref : JsonInput::StringArray(body, "rooms", 500)) m.invited_room_ids.push_back(s.rooms.Find(ref).id);
  if (auto chair = JsonInput::OptionalString(body, "chair_room")) m.chair_room_id = s.rooms.Find(*chair).id;
  return Reply::Json(201, ScheduleService::ToJson(s.schedule.Add(call.who.Actor(), m)));
}

Reply Token(Services& s, const Call& call) {
  const auto body = JsonInput::Object(call.request);
  JsonInput::OnlyKeys(body, {"room", "guest"});
  const auto room = JsonInput::OptionalString(body, "room");
  const auto guest = JsonInput::OptionalString(body, "guest");
  if (room.has_value() == guest.has_value()) {
    throw ProvisionError(400, "bad_request", "give exactly one of \"room\" or \"guest\"");
  }
  const int64_t id = MeetingId(call.params[0]);
  const std::string token = room ? s.schedule.RoomToken(id, s.rooms.Find(*room))
                                 : s.schedule.GuestToken(call.who.Actor(), id, *guest);
  return Reply::Json(200, {{"token", token}});
}

}  // namespace

void AddMeetingRoutes(Router& router, Services& s) {
  router.Add({"GET", "/api/v1/meetings", Access::kViewer, [&s](const Call&) {
                nlohmann::json meetings = nlohmann::json::array();
                for (const auto& m : s.stores.meetings.List()) meetings.push_back(ScheduleService::ToJson(m));
                return Reply::Json(200, {{"meetings", meetings}});
              }});
  router.Add({"POST", "/api/v1/meetings", Access::kTechnician, [&s](const Call& c) { return AddMeeting(s, c); }});
  router.Add({"GET", "/api/v1/meetings/{}", Access::kViewer, [&s](const Call& c) {
                return Reply::Json(200, ScheduleService::ToJson(s.schedule.Get(MeetingId(c.params[0]))));
              }});
  router.Add({"DELETE", "/api/v1/meetings/{}", Access::kTechnician, [&s](const Call& c) {
                s.schedule.Delete(c.who.Actor(), MeetingId(c.params[0]));
                return Reply::Json(200, {{"deleted", c.params[0]}});
              }});
  router.Add({"POST", "/api/v1/meetings/{}/token", Access::kTechnician, [&s](const Call& c) { return Token(s, c); }});
}

}  // namespace vc::provision
