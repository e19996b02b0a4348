// `vc-provision users add`, `fleet` and `mcu-credentials`.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>

#include "provisioning/api/FleetJson.hpp"
#include "provisioning/app/Commands.hpp"
#include "provisioning/core/Crypto.hpp"
#include "provisioning/core/Text.hpp"
#include "provisioning/service/AccountService.hpp"
#include "provisioning/service/HealthService.hpp"
#include "provisioning/web/FleetPage.hpp"

namespace vc::provision::app {
namespace {

void WriteSecret(const std::string& path, const std::string& secret) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) throw std::runtime_error("cannot write '" + path + "': " + std::strerror(errno));
  ::fchmod(fd, 0600);  // an existing file keeps its mode otherwise
  const std::string line = secret + "\n";
  const bool ok = ::write(fd, line.data(), line.size()) == ssize_t(line.size());
  ::close(fd);
  if (!ok) throw std::runtime_error("cannot write '" + path + "'");
}

}  // namespace

int Users(const Args& argv) {
  if (argv.empty() || argv[0] != "add") throw UsageError("expected: users add USERNAME --role ROLE");
  const CliArgs args(Args(argv.begin() + 1, argv.end()), {"db", "role", "password-file"}, {});
  args.ExpectPositional(1, "USERNAME");
  std::string password;
  if (auto file = args.Get("password-file")) {
    std::ifstream in(*file);
    if (!in) throw std::runtime_error("cannot read '" + *file + "'");
    std::getline(in, password);
  } else {
    std::getline(std::cin, password);
  }
  if (!password.empty() && password.back() == '\r') password.pop_back();
  CliContext cli(DbPath(args));
  const User user = AccountService(cli.stores, PasswordHasher())
                        .AddUser(CliContext::Actor(), args.positional()[0], password, args.Require("role"));
  std::printf("%s %s (%s)\n", ExternalId('u', user.id).c_str(), user.username.c_str(), user.role.c_str());
  return 0;
}

int Fleet(const Args& argv) {
  const CliArgs args(argv, {"db", "site", "offline-after-seconds"}, {"json"});
  args.ExpectPositional(0, "nothing");
  ServiceSettings settings;
  settings.offline_after_seconds = int(args.Integer("offline-after-seconds", 1, 86400).value_or(120));
  CliContext cli(DbPath(args), settings);
  HealthService health(cli.stores);
  health.EvaluateOffline();
  const auto rows = health.Fleet(args.Get("site").value_or(""));
  if (args.Has("json")) {
    std::printf("%s\n", nlohmann::json({{"rooms", FleetJson::Rows(rows)}}).dump(2).c_str());
    return 0;
  }
  std::vector<std::vector<std::string>> table = {{"ID", "ROOM", "SITE", "STATE", "LAST SEEN", "ALERTS"}};
  const int64_t now = cli.stores.Now();
  for (const auto& row : rows) {
    std::string alerts;
    for (const auto& a : row.alerts) {
      alerts += (alerts.empty() ? "" : "; ") + a.kind + (a.device.empty() ? "" : " " + a.device) + ": " + a.message;
    }
    std::string seen = "-";
    if (row.appliance && row.appliance->last_seen) {
      seen = text::FormatUtc(*row.appliance->last_seen) + " (" + std::to_string(now - *row.appliance->last_seen) + " s)";
    }
    table.push_back({ExternalId('r', row.room.id), row.room.name, row.room.site,
                     row.state + " / " + FleetPage::StateWord(row.state, false), seen, alerts});
  }
  std::fputs(FormatTable(table).c_str(), stdout);
  return 0;
}

int McuCredentials(const Args& argv) {
  const CliArgs args(argv, {"out"}, {});
  args.ExpectPositional(0, "nothing");
  const std::string dir = args.Require("out");
  if (::mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST) {
    throw std::runtime_error("cannot create '" + dir + "': " + std::strerror(errno));
  }
  WriteSecret(dir + "/admin-token", crypto::RandomToken(32));
  WriteSecret(dir + "/join-key", crypto::RandomToken(48));
  std::printf("%s/admin-token\n%s/join-key\n", dir.c_str(), dir.c_str());
  std::fprintf(stderr, "give vc-mcu --admin-token-file %s/admin-token --join-key-file %s/join-key, and "
                       "vc-provision serve --join-key-file %s/join-key\n", dir.c_str(), dir.c_str(), dir.c_str());
  return 0;
}

}  // namespace vc::provision::app
