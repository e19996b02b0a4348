// vc-roomctl: reads a vc-room's status or sends it one command through the control API.
#include <csignal>
#include <cstdlib>
#include <iostream>

#include "appliance/roomctl/ControlClient.hpp"
#include "appliance/roomctl/RoomctlOptions.hpp"

namespace {

namespace roomctl = vc::appliance::roomctl;
using nlohmann::json;

volatile std::sig_atomic_t g_interrupted = 0;

// A failed request: "CODE: reason" on one line.
int Failed(const json& reply) {
  const json& error = reply.contains("error") ? reply["error"] : json::object();
  std::cerr << "vc-roomctl: " << error.value("code", "error") << ": "
            << error.value("reason", reply.dump()) << "\n";
  return 1;
}

int Watch(roomctl::ControlClient& client, const roomctl::RoomctlOptions& options) {
  const json ack = client.Subscribe(options.path, options.timeout);
  if (ack.value("type", "") != "subscribed") return Failed(ack);
  std::cout << json{{"path", options.path}, {"value", ack["value"]}}.dump() << std::endl;
  std::signal(SIGINT, [](int) { g_interrupted = 1; });
  std::signal(SIGTERM, [](int) { g_interrupted = 1; });
  const auto deadline = std::chrono::steady_clock::now() + options.watch_seconds;
  while (!g_interrupted) {
    if (options.watch_seconds.count() > 0 && std::chrono::steady_clock::now() >= deadline) break;
    auto message = client.Receive(std::chrono::milliseconds(200));
    if (message) {
      std::cout << message->dump() << std::endl;
    } else if (client.IsClosed()) {
      std::cerr << "vc-roomctl: the room closed the connection\n";
      return 1;
    }
  }
  return 0;
}

int Run(const roomctl::RoomctlOptions& options) {
  roomctl::ControlClient client(options.url, options.timeout);
  switch (options.action) {
    case roomctl::RoomctlOptions::Action::kStatus: {
      const json reply = client.Get(options.path, options.timeout);
      if (reply.value("type", "") != "status") return Failed(reply);
      const json& value = reply["value"];
      std::cout << (value.is_string() ? value.get<std::string>() : value.dump(2)) << "\n";
      return 0;
    }
    case roomctl::RoomctlOptions::Action::kCommand: {
      const json reply = client.Command(options.command, options.args, options.timeout);
      if (!reply.value("ok", false)) return Failed(reply);
      std::cout << (reply.contains("value") ? reply["value"].dump(2) : std::string("ok")) << "\n";
      return 0;
    }
    case roomctl::RoomctlOptions::Action::kConfigSet: {
      const json reply = client.ConfigSet(options.path, options.value, options.timeout);
      if (!reply.value("ok", false)) return Failed(reply);
      std::cout << "ok\n";
      return 0;
    }
    case roomctl::RoomctlOptions::Action::kWatch:
      return Watch(client, options);
    case roomctl::RoomctlOptions::Action::kHelp:
      break;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN);
  roomctl::RoomctlOptions options;
  try {
    options = roomctl::ParseRoomctlOptions(std::vector<std::string>(argv + 1, argv + argc),
                                           std::getenv("VC_ROOMCTL_URL"));
  } catch (const roomctl::RoomctlUsageError& e) {
    std::cerr << "vc-roomctl: " << e.what() << "\n";
    return 2;
  }
  if (options.action == roomctl::RoomctlOptions::Action::kHelp) {
    std::cout << roomctl::RoomctlUsage();
    return 0;
  }
  try {
    return Run(options);
  } catch (const std::exception& e) {
    std::cerr << "vc-roomctl: " << e.what() << "\n";
    return 1;
  }
}
