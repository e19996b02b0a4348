// Enrollment (the code is the credential) and what a room credential may call: heartbeat,
// config and schedule for its own room, nothing else.
#include "provisioning/api/JsonInput.hpp"
#include "provisioning/api/Routes.hpp"
#include "provisioning/core/ProvisionError.hpp"

namespace vc::provision {
namespace {

Reply Enroll(Services& s, const Call& call) {
  // Appliance endpoints ignore fields they do not know, so a newer vc-room can add some.
  const auto body = JsonInput::Object(call.request);
  const auto enrollment = s.rooms.Enroll(JsonInput::String(body, "code"), JsonInput::String(body, "serial"),
                                         JsonInput::String(body, "software_version"));
  return Reply::Json(200, {{"room_id", ExternalId('r', enrollment.room.id)},
                           {"credential", enrollment.credential},
                           {"config_version", enrollment.room.config_version},
                           {"config", enrollment.config}});
}

Room OwnRoom(Services& s, const Call& call) {
  const auto room = s.stores.inventory.GetRoom(*call.who.room_id);
  if (!room) throw ProvisionError(401, "unauthorized", "the room of this credential no longer exists");
  return *room;
}

Reply HeartbeatReply(Services& s, const Call& call) {
  const auto body = JsonInput::Object(call.request);
  Heartbeat hb;
  hb.call_state = JsonInput::OptionalString(body, "call_state").value_or("");
  hb.software_version = JsonInput::OptionalString(body, "software_version").value_or("");
  hb.config_version = JsonInput::OptionalInteger(body, "config_version");
  hb.meeting = JsonInput::OptionalString(body, "meeting").value_or("");
  if (const auto it = body.find("faults"); it != body.end() && !it->is_null()) {
    if (!it->is_array()) {
      throw ProvisionError(400, "bad_request", std::string("field \"faults\": expected an array, got ") +
                                                   JsonInput::TypeName(*it));
    }
    for (const auto& fault : *it) {
      if (!fault.is_object()) {
        throw ProvisionError(400, "bad_request", "field \"faults\": each entry must be an object");
      }
      hb.faults.push_back({JsonInput::String(fault, "device"),
                           JsonInput::OptionalString(fault, "message").value_or("")});
    }
  }
  const Room room = OwnRoom(s, call);
  s.health.RecordHeartbeat(room.id, hb);
  nlohmann::json reply = {{"config_version", room.config_version},
                          {"next_meeting", s.schedule.NextForRoom(room)}};
  if (!hb.config_version || *hb.config_version < room.config_version) {
    reply["config"] = s.rooms.ConfigFor(room);
  }
  return Reply::Json(200, reply);
}

}  // namespace

void AddApplianceRoutes(Router& router, Services& s) {
  router.Add({"POST", "/api/v1/enroll", Access::kPublic, [&s](const Call& c) { return Enroll(s, c); }});
  router.Add({"POST", "/api/v1/appliance/heartbeat", Access::kRoom,
              [&s](const Call& c) { return HeartbeatReply(s, c); }});
  router.Add({"GET", "/api/v1/appliance/config", Access::kRoom, [&s](const Call& c) {
                const Room room = OwnRoom(s, c);
                return Reply::Json(200, {{"config_version", room.config_version},
                                         {"config", s.rooms.ConfigFor(room)}});
              }});
  router.Add({"GET", "/api/v1/appliance/schedule", Access::kRoom, [&s](const Call& c) {
                return Reply::Json(200, s.schedule.ScheduleForRoom(OwnRoom(s, c)));
              }});
}

}  // namespace vc::provision
