// `vc-provision meetings add|list|token`.
#include <cstdio>
#include <sstream>

#include "provisioning/app/Commands.hpp"
#include "provisioning/core/JoinTokenSigner.hpp"
#include "provisioning/core/ProvisionError.hpp"
#include "provisioning/core/Text.hpp"
#include "provisioning/service/RoomService.hpp"
#include "provisioning/service/ScheduleService.hpp"

namespace vc::provision::app {
namespace {

int64_t MeetingId(const std::string& ref) {
  const auto id = ParseExternalId('m', ref);
  if (!id) throw UsageError("MEETING: expected an id like m5, got \"" + ref + "\"");
  return *id;
}

int Add(const Args& argv) {
  const CliArgs args(argv, {"db", "title", "start", "duration-minutes", "mcu-room", "pin", "mode", "rooms", "chair"}, {});
  args.ExpectPositional(0, "nothing");
  CliContext cli(DbPath(args));
  RoomService rooms(cli.stores);
  Meeting m;
  m.title = args.Require("title");
  const std::string start = args.Require("start");
  const auto parsed = text::ParseIso8601(start);
  if (!parsed) throw UsageError("--start: expected an ISO 8601 time with a zone, e.g. 2026-12-01T08:00:00+07:00");
  m.start = *parsed;
  m.duration_minutes = args.Integer("duration-minutes", 1, 24 * 60).value_or(60);
  m.mcu_room = args.Require("mcu-room");
  m.pin = args.Get("pin").value_or("");
  m.mode = args.Get("mode").value_or("conference");
  std::stringstream list(args.Require("rooms"));
  for (std::string ref; std::getline(list, ref, ',');) {
    if (!ref.empty()) m.invited_room_ids.push_back(rooms.Find(ref).id);
  }
  if (auto chair = args.Get("chair")) m.chair_room_id = rooms.Find(*chair).id;
  const Meeting added = ScheduleService(cli.stores, nullptr).Add(CliContext::Actor(), m);
  std::printf("%s\n", ExternalId('m', added.id).c_str());
  return 0;
}

int List(const Args& argv) {
  const CliArgs args(argv, {"db"}, {"json"});
  args.ExpectPositional(0, "nothing");
  CliContext cli(DbPath(args));
  std::vector<std::vector<std::string>> table = {{"ID", "START", "MIN", "MCU ROOM", "MODE", "ROOMS", "TITLE"}};
  nlohmann::json json = nlohmann::json::array();
  for (const auto& m : cli.stores.meetings.List()) {
    table.push_back({ExternalId('m', m.id), text::FormatUtc(m.start), std::to_string(m.duration_minutes), m.mcu_room,
                     m.mode, std::to_string(m.invited_room_ids.size()), m.title});
    json.push_back(ScheduleService::ToJson(m));
  }
  std::fputs(args.Has("json") ? (json.dump(2) + "\n").c_str() : FormatTable(table).c_str(), stdout);
  return 0;
}

int Token(const Args& argv) {
  const CliArgs args(argv, {"db", "room", "guest", "join-key-file"}, {});
  args.ExpectPositional(1, "MEETING");
  const auto room = args.Get("room");
  const auto guest = args.Get("guest");
  if (room.has_value() == guest.has_value()) throw UsageError("give exactly one of --room ROOM or --guest NAME");
  const JoinTokenSigner signer = JoinTokenSigner::FromFile(args.Require("join-key-file"));
  CliContext cli(DbPath(args));
  ScheduleService schedule(cli.stores, &signer);
  const int64_t id = MeetingId(args.positional()[0]);
  const std::string token = room ? schedule.RoomToken(id, RoomService(cli.stores).Find(*room))
                                 : schedule.GuestToken(CliContext::Actor(), id, *guest);
  std::printf("%s\n", token.c_str());
  return 0;
}

}  // namespace

int Meetings(const Args& args) {
  if (args.empty()) throw UsageError("missing subcommand: add, list or token");
  const Args rest(args.begin() + 1, args.end());
  if (args[0] == "add") return Add(rest);
  if (args[0] == "list") return List(rest);
  if (args[0] == "token") return Token(rest);
  throw UsageError("unknown subcommand \"" + args[0] + "\" (add, list, token)");
}

}  // namespace vc::provision::app
