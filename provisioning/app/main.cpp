// vc-provision: the technicians' provisioning server and CLI (docs/provisioning.md).
#include <cstdio>
#include <iostream>
#include <string_view>

#include "common/log/Log.hpp"
#include "provisioning/app/Commands.hpp"
#include "provisioning/core/ProvisionError.hpp"
#include "provisioning/store/StoreError.hpp"

namespace {

constexpr const char* kUsage = R"(usage: vc-provision COMMAND [options]

Server:
  serve --db PATH [--listen HOST:PORT] [--tls-cert PEM --tls-key PEM] [--join-key-file PATH]
        [--public-url URL] [--offline-after-seconds N] [--heartbeat-seconds N]
        [--session-minutes N]
      Runs the HTTP(S) JSON API under /api/v1/ and the fleet page (default listen 127.0.0.1:8700).

Technician CLI (works on the database file directly; run it on the server host; --db PATH or
$VC_PROVISION_DB; every change is in the audit log as cli:<unix user>):
  users add USERNAME --role admin|technician|viewer [--password-file FILE]
      (without --password-file the password is the first line of standard input)
  rooms list [--site SITE] [--json]
  rooms add NAME --site SITE --mcu-url URL --mcu-room ROOM [--type conference|training]
        [--site-kind department|district|school] [--camera-source S] [--ptz-host H]
        [--audio-capture D] [--audio-playback D] [--projector-host H] [--projector-port N]
        [--projector-input CODE] [--config-overrides JSON]   (a merge patch over the generated
        room config, e.g. '{"control":{"listen":"127.0.0.1:0"}}')
  rooms import FILE.csv          all rows or none; every bad row and field is listed
  rooms export [--out FILE]      the same CSV columns, so it imports back unchanged
  enroll-code ROOM [--ttl-minutes N]     a one-time code (default 24 h) for vc-room --enroll
  meetings add --title T --start 2026-12-01T08:00:00+07:00 --mcu-room ROOM --rooms r1,r2,...
        [--duration-minutes N] [--pin PIN] [--mode conference|training] [--chair ROOM]
  meetings list
  meetings token MEETING (--room ROOM | --guest NAME) --join-key-file PATH
  fleet [--site SITE] [--json] [--offline-after-seconds N]
  mcu-credentials --out DIR      writes admin-token and join-key (mode 0600) for vc-mcu and serve

ROOM is r12, 12 or the room's exact name. Exit status 0 on success, 1 when refused, 2 on bad usage.
)";

struct Command {
  std::string_view name;
  int (*run)(const vc::provision::app::Args&);
};

constexpr Command kCommands[] = {
    {"serve", vc::provision::app::Serve},         {"rooms", vc::provision::app::Rooms},
    {"enroll-code", vc::provision::app::EnrollCode}, {"meetings", vc::provision::app::Meetings},
    {"fleet", vc::provision::app::Fleet},         {"users", vc::provision::app::Users},
    {"mcu-credentials", vc::provision::app::McuCredentials},
};

}  // namespace

int main(int argc, char** argv) {
  vc::provision::app::Args args(argv + 1, argv + argc);
  for (const auto& arg : args) {
    if (arg == "--help" || arg == "-h") {
      std::fputs(kUsage, stdout);
      return 0;
    }
  }
  if (args.empty()) {
    std::fputs("vc-provision: missing command (see --help)\n", stderr);
    return 2;
  }
  for (const auto& command : kCommands) {
    if (args.front() != command.name) continue;
    try {
      return command.run(vc::provision::app::Args(args.begin() + 1, args.end()));
    } catch (const vc::provision::app::UsageError& e) {
      std::fprintf(stderr, "vc-provision %s: %s\n", args.front().c_str(), e.what());
      return 2;
    } catch (const vc::provision::ProvisionError& e) {
      std::fprintf(stderr, "vc-provision %s: %s\n", args.front().c_str(), e.what());
      if (e.details().is_array() && e.code() == "csv_invalid") {
        for (const auto& d : e.details()) {
          std::fprintf(stderr, "  row %d (line %d)%s%s: %s\n", d["row"].get<int>(), d["line"].get<int>(),
                       d["field"].get<std::string>().empty() ? "" : ", field ",
                       d["field"].get<std::string>().c_str(), d["reason"].get<std::string>().c_str());
        }
      }
      return 1;
    } catch (const std::exception& e) {
      std::fprintf(stderr, "vc-provision %s: %s\n", args.front().c_str(), e.what());
      return 1;
    }
  }
  std::fprintf(stderr, "vc-provision: unknown command \"%s\" (see --help)\n", args.front().c_str());
  return 2;
}
