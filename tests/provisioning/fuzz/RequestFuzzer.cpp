// libFuzzer: any body to any JSON endpoint of the router (the parsing and validation of request
// JSON, over a real SQLite file), as an admin, a room and nobody. The first byte picks the
// endpoint and caller; the rest is the body. Every reply must be JSON with a status.
#include <stdlib.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include "common/log/Log.hpp"
#include "provisioning/api/Routes.hpp"

namespace {

using namespace vc::provision;

struct World {
  World() {
    vc::common::log::SetMinimumLevel(vc::common::log::Level::kError);
    std::string pattern = (std::filesystem::temp_directory_path() / "vc-provision-fuzz-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) std::abort();
    dir = pattern;
    db = std::make_unique<Database>(dir + "/fuzz.db");
    stores = std::make_unique<Stores>(*db, clock, ServiceSettings{});
    services = std::make_unique<Services>(*stores, &signer, PasswordHasher());
    router = MakeRouter(*services);
    Room room;
    room.name = "Phòng GD&ĐT Huyện Mỹ Đức";
    room.site = room.name;
    room.mcu_url = "ws://127.0.0.1/ws";
    room.mcu_room = "my-duc";
    const Room added = services->rooms.Add("fuzz", room);
    credential = services->rooms.Enroll(services->rooms.CreateCode("fuzz", added.id, 60).code, "VCR", "1").credential;
    const int64_t admin = stores->users.Add("admin", "$not-a-hash", "admin", 0);
    session = stores->users.CreateSession(admin, 1 << 30, clock.NowSeconds());
  }
  ~World() {
    std::error_code ignored;
    std::filesystem::remove_all(dir, ignored);
  }
  std::string dir;
  ManualClock clock{1796112000};
  JoinTokenSigner signer{"0123456789abcdef0123456789abcdef"};
  std::unique_ptr<Database> db;
  std::unique_ptr<Stores> stores;
  std::unique_ptr<Services> services;
  std::unique_ptr<Router> router;
  std::string credential, session;
};

struct Target {
  const char* method;
  const char* path;
};

constexpr Target kTargets[] = {
    {"POST", "/api/v1/enroll"},         {"POST", "/api/v1/appliance/heartbeat"}, {"POST", "/api/v1/rooms"},
    {"PATCH", "/api/v1/rooms/r1"},      {"POST", "/api/v1/rooms/r1/enroll-code"}, {"POST", "/api/v1/meetings"},
    {"POST", "/api/v1/meetings/m1/token"}, {"POST", "/api/v1/login"},          {"POST", "/api/v1/users"},
    {"POST", "/api/v1/rooms/import"},   {"POST", "/login"},
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static World world;
  if (size == 0) return 0;
  const auto& target = kTargets[data[0] % std::size(kTargets)];
  Request request;
  request.method = target.method;
  request.path = target.path;
  request.content_type = request.path.ends_with("import") ? "text/csv" : "application/json";
  const int caller = (data[0] / std::size(kTargets)) % 3;
  if (caller == 0) request.authorization = "Bearer " + world.session;
  if (caller == 1) request.authorization = "Bearer " + world.credential;
  request.body.assign(reinterpret_cast<const char*>(data + 1), size - 1);
  const Reply reply = world.router->Handle(request);
  if (reply.status < 200 || reply.status > 599) std::abort();
  if (reply.status >= 400 && reply.content_type == "application/json") {
    const auto body = nlohmann::json::parse(reply.body, nullptr, false);
    if (!body.is_object() || !body.contains("reason")) std::abort();
  }
  return 0;
}
