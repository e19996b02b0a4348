// `vc-provision serve`: the HTTP(S) API and fleet page on one io thread (one SQLite connection,
// used by one thread), plus a timer that raises offline alerts even when nobody is looking.
#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <functional>

#include "common/log/Log.hpp"
#include "provisioning/api/Routes.hpp"
#include "provisioning/app/Commands.hpp"
#include "provisioning/http/HttpServer.hpp"

namespace vc::provision::app {
namespace log = vc::common::log;

int Serve(const Args& argv) {
  const CliArgs args(argv,
                     {"db", "listen", "tls-cert", "tls-key", "join-key-file", "public-url",
                      "offline-after-seconds", "heartbeat-seconds", "session-minutes"},
                     {});
  args.ExpectPositional(0, "nothing");
  HttpServerOptions http;
  const std::string listen = args.Get("listen").value_or("127.0.0.1:8700");
  const size_t colon = listen.rfind(':');
  if (colon == std::string::npos) throw UsageError("--listen: expected HOST:PORT, got \"" + listen + "\"");
  http.host = listen.substr(0, colon);
  if (http.host.size() > 2 && http.host.front() == '[' && http.host.back() == ']') {
    http.host = http.host.substr(1, http.host.size() - 2);
  }
  const CliArgs port_arg({"--port", listen.substr(colon + 1)}, {"port"}, {});
  http.port = uint16_t(*port_arg.Integer("port", 0, 65535));
  http.tls_cert_file = args.Get("tls-cert");
  http.tls_key_file = args.Get("tls-key");

  ServiceSettings settings;
  settings.offline_after_seconds = int(args.Integer("offline-after-seconds", 1, 86400).value_or(120));
  settings.heartbeat_seconds = int(args.Integer("heartbeat-seconds", 1, 3600).value_or(30));
  settings.session_ttl_seconds = int(args.Integer("session-minutes", 1, 7 * 24 * 60).value_or(8 * 60) * 60);
  std::optional<JoinTokenSigner> signer;
  if (auto key = args.Get("join-key-file")) {
    signer.emplace(JoinTokenSigner::FromFile(*key));
  } else {
    log::Warn("vc-provision", "no --join-key-file: meetings get no join tokens (vc-mcu checks PINs only)");
  }

  SystemClock clock;
  Database db(DbPath(args));
  boost::asio::io_context io(1);
  std::unique_ptr<Stores> stores;
  std::unique_ptr<Services> services;
  std::unique_ptr<Router> router;
  HttpServer server(io, http, [&router](const Request& request) { return router->Handle(request); });
  server.Start();  // first: --public-url defaults to the bound address
  settings.public_url = args.Get("public-url").value_or(
      std::string(server.tls() ? "https://" : "http://") + (http.host == "0.0.0.0" ? "127.0.0.1" : http.host) +
      ":" + std::to_string(server.port()));
  stores = std::make_unique<Stores>(db, clock, settings);
  services = std::make_unique<Services>(*stores, signer ? &*signer : nullptr, PasswordHasher());
  router = MakeRouter(*services);
  if (stores->users.Count() == 0) {
    log::Warn("vc-provision", "no technician accounts yet: create one with `vc-provision users add NAME --role admin --db ...`");
  }

  // Offline alerts are raised from a steady timer with absolute deadlines, a few times per period.
  boost::asio::steady_timer timer(io);
  const auto period = std::chrono::milliseconds(std::max(250, settings.offline_after_seconds * 1000 / 4));
  auto deadline = std::chrono::steady_clock::now() + period;
  std::function<void()> arm = [&] {
    timer.expires_at(deadline);
    timer.async_wait([&](boost::system::error_code ec) {
      if (ec) return;
      try {
        services->health.EvaluateOffline();
      } catch (const std::exception& e) {
        log::Error("vc-provision", "offline check failed: ", e.what());
      }
      deadline += period;
      arm();
    });
  };
  arm();

  boost::asio::signal_set signals(io, SIGINT, SIGTERM);
  signals.async_wait([&](boost::system::error_code, int signal) {
    log::Info("vc-provision", "signal ", signal, ": stopping");
    server.Stop();
    timer.cancel();
    io.stop();
  });
  log::Info("vc-provision", "serving ", settings.public_url, " (offline after ", settings.offline_after_seconds, " s)");
  io.run();
  return 0;
}

}  // namespace vc::provision::app
