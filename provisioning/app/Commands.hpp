#pragma once
// The subcommands of vc-provision. Each takes the arguments after its name and returns the exit
// code; UsageError and ProvisionError are turned into one line on stderr by main.
#include <memory>
#include <string>
#include <vector>

#include "provisioning/app/CliArgs.hpp"
#include "provisioning/core/Clock.hpp"
#include "provisioning/service/Stores.hpp"

namespace vc::provision::app {

using Args = std::vector<std::string>;

int Serve(const Args& args);
int Rooms(const Args& args);
int EnrollCode(const Args& args);
int Meetings(const Args& args);
int Fleet(const Args& args);
int Users(const Args& args);
int McuCredentials(const Args& args);

// The CLI works on the database file directly (it runs on the server host, beside `serve`):
// opens --db (or $VC_PROVISION_DB) with the system clock.
struct CliContext {
  explicit CliContext(const std::string& db_path, ServiceSettings settings = {});
  SystemClock clock;
  Database db;
  Stores stores;
  // Audit entries name the Unix user: "cli:alice".
  static std::string Actor();
};

std::string DbPath(const CliArgs& args);
// A table for the terminal: columns padded to the widest cell (counting UTF-8 code points).
std::string FormatTable(const std::vector<std::vector<std::string>>& rows);

}  // namespace vc::provision::app
