// `vc-provision rooms ...` and `vc-provision enroll-code`, plus what every CLI command shares.
#include <pwd.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>

#include "provisioning/api/RoomJson.hpp"
#include "provisioning/app/Commands.hpp"
#include "provisioning/core/Text.hpp"
#include "provisioning/service/RoomService.hpp"

namespace vc::provision::app {

CliContext::CliContext(const std::string& db_path, ServiceSettings settings)
    : db(db_path), stores(db, clock, std::move(settings)) {}

std::string CliContext::Actor() {
  const passwd* pw = getpwuid(getuid());
  return std::string("cli:") + (pw ? pw->pw_name : std::to_string(getuid()));
}

std::string DbPath(const CliArgs& args) {
  if (auto db = args.Get("db")) return *db;
  if (const char* env = std::getenv("VC_PROVISION_DB"); env && *env) return env;
  throw UsageError("missing option --db PATH (or set VC_PROVISION_DB)");
}

std::string FormatTable(const std::vector<std::vector<std::string>>& rows) {
  std::vector<size_t> widths;
  for (const auto& row : rows) {
    widths.resize(std::max(widths.size(), row.size()));
    for (size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], text::CodePoints(row[c]));
  }
  std::string out;
  for (const auto& row : rows) {
    std::string line;
    for (size_t c = 0; c < row.size(); ++c) {
      line += row[c];
      if (c + 1 < row.size()) line += std::string(widths[c] - text::CodePoints(row[c]) + 2, ' ');
    }
    out += line + "\n";
  }
  return out;
}

namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read '" + path + "'");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

int List(const Args& argv) {
  const CliArgs args(argv, {"db", "site"}, {"json"});
  args.ExpectPositional(0, "nothing");
  CliContext cli(DbPath(args));
  const std::string site = args.Get("site").value_or("");
  std::vector<std::vector<std::string>> table = {{"ID", "NAME", "SITE", "TYPE", "MCU ROOM", "CONFIG"}};
  nlohmann::json json = nlohmann::json::array();
  for (const auto& room : cli.stores.inventory.ListRooms()) {
    if (!site.empty() && room.site != site) continue;
    table.push_back({ExternalId('r', room.id), room.name, room.site, room.type, room.mcu_room,
                     "v" + std::to_string(room.config_version)});
    json.push_back(RoomJson::ToJson(room));
  }
  std::fputs(args.Has("json") ? (json.dump(2) + "\n").c_str() : FormatTable(table).c_str(), stdout);
  return 0;
}

int Add(const Args& argv) {
  const CliArgs args(argv,
                     {"db", "site", "site-kind", "type", "mcu-url", "mcu-room", "camera-source", "ptz-host",
                      "audio-capture", "audio-playback", "projector-host", "projector-port", "projector-input",
                      "config-overrides"},
                     {});
  args.ExpectPositional(1, "room NAME");
  Room room;
  room.name = args.positional()[0];
  room.site = args.Require("site");
  room.mcu_url = args.Require("mcu-url");
  room.mcu_room = args.Require("mcu-room");
  room.type = args.Get("type").value_or(room.type);
  room.site_kind = args.Get("site-kind").value_or(room.site_kind);
  room.camera_source = args.Get("camera-source").value_or(room.camera_source);
  room.ptz_host = args.Get("ptz-host").value_or(room.ptz_host);
  room.audio_capture = args.Get("audio-capture").value_or(room.audio_capture);
  room.audio_playback = args.Get("audio-playback").value_or(room.audio_playback);
  room.projector_host = args.Get("projector-host").value_or(room.projector_host);
  room.projector_port = args.Integer("projector-port", 1, 65535).value_or(room.projector_port);
  room.projector_input = args.Get("projector-input").value_or(room.projector_input);
  room.config_overrides = args.Get("config-overrides").value_or(room.config_overrides);
  CliContext cli(DbPath(args));
  const Room added = RoomService(cli.stores).Add(CliContext::Actor(), room);
  std::printf("%s\n", ExternalId('r', added.id).c_str());
  return 0;
}

int Import(const Args& argv) {
  const CliArgs args(argv, {"db"}, {});
  args.ExpectPositional(1, "FILE.csv");
  const std::string csv = ReadFile(args.positional()[0]);
  CliContext cli(DbPath(args));
  const auto summary = RoomService(cli.stores).Import(CliContext::Actor(), csv);
  std::printf("imported %s: %d added, %d updated, %d unchanged\n", args.positional()[0].c_str(), summary.added,
              summary.updated, summary.unchanged);
  return 0;
}

int Export(const Args& argv) {
  const CliArgs args(argv, {"db", "out"}, {});
  args.ExpectPositional(0, "nothing");
  CliContext cli(DbPath(args));
  const std::string csv = RoomService(cli.stores).Export();
  if (auto out = args.Get("out")) {
    std::ofstream file(*out, std::ios::binary | std::ios::trunc);
    if (!(file << csv)) throw std::runtime_error("cannot write '" + *out + "'");
  } else {
    std::fwrite(csv.data(), 1, csv.size(), stdout);
  }
  return 0;
}

}  // namespace

int Rooms(const Args& args) {
  if (args.empty()) throw UsageError("missing subcommand: list, add, import or export");
  const Args rest(args.begin() + 1, args.end());
  if (args[0] == "list") return List(rest);
  if (args[0] == "add") return Add(rest);
  if (args[0] == "import") return Import(rest);
  if (args[0] == "export") return Export(rest);
  throw UsageError("unknown subcommand \"" + args[0] + "\" (list, add, import, export)");
}

int EnrollCode(const Args& argv) {
  const CliArgs args(argv, {"db", "ttl-minutes"}, {});
  args.ExpectPositional(1, "ROOM");
  CliContext cli(DbPath(args));
  RoomService rooms(cli.stores);
  const Room room = rooms.Find(args.positional()[0]);
  const auto info = rooms.CreateCode(CliContext::Actor(), room.id, args.Integer("ttl-minutes", 0, 30 * 24 * 60));
  std::printf("%s\n", info.code.c_str());
  std::fprintf(stderr, "enrollment code for %s (%s), valid until %s\n", ExternalId('r', room.id).c_str(),
               room.name.c_str(), text::FormatUtc(info.expires_at).c_str());
  return 0;
}

}  // namespace vc::provision::app
