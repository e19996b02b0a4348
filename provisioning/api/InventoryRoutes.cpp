// Sites, rooms, CSV import/export and enrollment codes. Reads need viewer, changes technician.
#include "provisioning/api/JsonInput.hpp"
#include "provisioning/api/RoomJson.hpp"
#include "provisioning/api/Routes.hpp"
#include "provisioning/core/ProvisionError.hpp"
#include "provisioning/core/Text.hpp"

namespace vc::provision {
namespace {

constexpr size_t kMaxCsvBody = 1024 * 1024;

int64_t RoomId(Services& s, const std::string& param) {
  return s.rooms.Find(param).id;  // "r12" or 12; 404 otherwise
}

Reply ListRooms(Services& s, const Call& call) {
  nlohmann::json rooms = nlohmann::json::array();
  const auto site = call.request.query.find("site");
  for (const auto& room : s.stores.inventory.ListRooms()) {
    if (site != call.request.query.end() && room.site != site->second) continue;
    rooms.push_back(RoomJson::ToJson(room));
  }
  return Reply::Json(200, {{"rooms", rooms}});
}

Reply AddRoom(Services& s, const Call& call) {
  const auto body = JsonInput::Object(call.request);
  Room room;
  RoomJson::Apply(body, room);
  return Reply::Json(201, RoomJson::ToJson(s.rooms.Add(call.who.Actor(), room)));
}

Reply PatchRoom(Services& s, const Call& call) {
  Room room = s.rooms.Find(call.params[0]);
  RoomJson::Apply(JsonInput::Object(call.request), room);
  return Reply::Json(200, RoomJson::ToJson(s.rooms.Update(call.who.Actor(), room.id, room)));
}

Reply ImportRooms(Services& s, const Call& call) {
  if (call.request.body.size() > kMaxCsvBody) {
    throw ProvisionError(413, "too_large", "CSV over " + std::to_string(kMaxCsvBody) + " bytes");
  }
  if (!call.request.content_type.starts_with("text/csv")) {
    throw ProvisionError(415, "unsupported_media_type", "send the file as Content-Type: text/csv");
  }
  const auto summary = s.rooms.Import(call.who.Actor(), call.request.body);
  return Reply::Json(200, {{"added", summary.added}, {"updated", summary.updated}, {"unchanged", summary.unchanged}});
}

Reply CreateCode(Services& s, const Call& call) {
  const auto body = JsonInput::Object(call.request, true);
  JsonInput::OnlyKeys(body, {"ttl_minutes"});
  const auto info = s.rooms.CreateCode(call.who.Actor(), RoomId(s, call.params[0]),
                                       JsonInput::OptionalInteger(body, "ttl_minutes"));
  return Reply::Json(201, {{"code", info.code}, {"expires_at", text::FormatUtc(info.expires_at)}});
}

}  // namespace

void AddInventoryRoutes(Router& router, Services& s) {
  router.Add({"GET", "/api/v1/sites", Access::kViewer, [&s](const Call&) {
                nlohmann::json sites = nlohmann::json::array();
                for (const auto& site : s.stores.inventory.ListSites()) {
                  sites.push_back({{"id", ExternalId('s', site.id)}, {"name", site.name}, {"kind", site.kind}});
                }
                return Reply::Json(200, {{"sites", sites}});
              }});
  router.Add({"GET", "/api/v1/rooms", Access::kViewer, [&s](const Call& c) { return ListRooms(s, c); }});
  router.Add({"POST", "/api/v1/rooms", Access::kTechnician, [&s](const Call& c) { return AddRoom(s, c); }});
  router.Add({"GET", "/api/v1/rooms/export", Access::kViewer, [&s](const Call&) {
                return Reply{200, "text/csv; charset=utf-8", s.rooms.Export(), {}};
              }});
  router.Add({"POST", "/api/v1/rooms/import", Access::kTechnician, [&s](const Call& c) { return ImportRooms(s, c); }});
  router.Add({"GET", "/api/v1/rooms/{}", Access::kViewer, [&s](const Call& c) {
                return Reply::Json(200, RoomJson::ToJson(s.rooms.Find(c.params[0])));
              }});
  router.Add({"PATCH", "/api/v1/rooms/{}", Access::kTechnician, [&s](const Call& c) { return PatchRoom(s, c); }});
  router.Add({"DELETE", "/api/v1/rooms/{}", Access::kTechnician, [&s](const Call& c) {
                s.rooms.Delete(c.who.Actor(), RoomId(s, c.params[0]));
                return Reply::Json(200, {{"deleted", c.params[0]}});
              }});
  router.Add({"POST", "/api/v1/rooms/{}/enroll-code", Access::kTechnician,
              [&s](const Call& c) { return CreateCode(s, c); }});
}

}  // namespace vc::provision
