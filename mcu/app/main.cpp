// vc-mcu: wires the parts together and runs until SIGINT/SIGTERM.
#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>

#include <csignal>
#include <iostream>
#include <memory>

#include "common/log/Log.hpp"
#include "mcu/app/McuOptions.hpp"
#include "mcu/auth/JoinAuthorizer.hpp"
#include "mcu/dtls/Certificate.hpp"
#include "mcu/engine/ConferenceEngine.hpp"
#include "mcu/engine/MediaThread.hpp"
#include "mcu/http/AdminApi.hpp"
#include "mcu/http/HttpServer.hpp"
#include "mcu/metrics/McuMetrics.hpp"
#include "mcu/signaling/SignalingSession.hpp"
#include "mcu/web/WebAssets.hpp"

namespace {
constexpr std::string_view kLog = "vc-mcu";
constexpr const char* kVersion = "0.1.0";

namespace app = vc::mcu::app;
namespace http = vc::mcu::http;

http::Routes MakeRoutes(vc::mcu::engine::ConferenceEngine& engine,
                        vc::mcu::metrics::McuMetrics& metrics,
                        std::shared_ptr<const http::AdminApi> admin,
                        const vc::mcu::auth::JoinAuthorizer& authorizer) {
  http::Routes routes;
  routes.on_websocket = [&engine, &metrics, &authorizer](std::shared_ptr<http::WebSocketPeer> peer)
      -> std::unique_ptr<http::WebSocketHandler> {
    return std::make_unique<vc::mcu::signaling::SignalingSession>(engine, metrics, std::move(peer),
                                                                  &authorizer);
  };
  routes.metrics_text = [&metrics] { return metrics.RenderPrometheusText(); };
  routes.healthy = [] { return true; };
  routes.api = [admin = std::move(admin)](const http::ApiRequest& request) {
    return admin->Handle(request);
  };
  for (const auto& [path, asset] : vc::mcu::web::Assets()) {
    routes.static_files[path] = http::StaticFile{std::string(asset.content_type), std::string(asset.body)};
  }
  return routes;
}

int Run(const app::McuOptions& options) {
  vc::mcu::metrics::McuMetrics metrics;
  auto media_thread = std::make_unique<vc::mcu::engine::MediaThread>();
  vc::mcu::webrtc::PeerConnectionConfig pc_config;
  pc_config.certificate = vc::mcu::dtls::Certificate::Generate();
  pc_config.ice = options.ice;
  pc_config.sdp_address = options.sdp_address;
  vc::mcu::audio::AudioMixerConfig mixer_config;
  mixer_config.max_talkers = options.max_talkers;
  std::optional<vc::mcu::video::VideoMixerConfig> video_config;
  if (options.video_fps > 0) {
    video_config.emplace();
    video_config->fps = options.video_fps;
  }
  // Checked before anything listens, so a bad directory fails the start with one line.
  std::unique_ptr<const vc::mcu::recording::RecordingDirectory> recordings;
  if (options.recording_dir) {
    recordings = std::make_unique<const vc::mcu::recording::RecordingDirectory>(*options.recording_dir);
  }
  const std::string recording_path = recordings ? recordings->path().string() : "";
  vc::mcu::engine::ConferenceEngine engine(*media_thread, metrics, pc_config, mixer_config,
                                           video_config, std::move(recordings));
  std::optional<std::string> admin_token;
  if (options.admin_token_file) {
    admin_token = http::AdminApi::ReadTokenFile(*options.admin_token_file);
  }
  auto admin = std::make_shared<const http::AdminApi>(admin_token, engine);
  std::unique_ptr<const vc::mcu::auth::JoinTokenVerifier> verifier;
  if (options.join_key_file) {
    verifier = std::make_unique<const vc::mcu::auth::JoinTokenVerifier>(
        vc::mcu::auth::JoinTokenVerifier::ReadKeyFile(*options.join_key_file));
  }
  const vc::mcu::auth::JoinAuthorizer authorizer(std::move(verifier));

  boost::asio::io_context io;
  http::ServerOptions server_options;
  server_options.host = options.listen_host;
  server_options.port = options.listen_port;
  server_options.tls_cert_file = options.tls_cert_file;
  server_options.tls_key_file = options.tls_key_file;
  http::HttpServer server(io, server_options, MakeRoutes(engine, metrics, admin, authorizer));
  server.Start();
  // Logged only once the server is up, so that a failed start prints nothing but its reason.
  vc::common::log::Info(kLog, "DTLS certificate sha-256 ", pc_config.certificate->FingerprintSha256());
  const char* scheme = options.tls_cert_file ? "https" : "http";
  std::string shown_host = options.listen_host.find(':') != std::string::npos
                               ? "[" + options.listen_host + "]"
                               : options.listen_host;
  if (authorizer.enabled()) {
    vc::common::log::Info(kLog, "join tokens required for every non-echo room");
  }
  if (!recording_path.empty()) {
    vc::common::log::Info(kLog, "recordings go to ", recording_path);
  }
  vc::common::log::Info(kLog, "listening on ", scheme, "://", shown_host, ":", server.port(), "/");

  boost::asio::signal_set signals(io, SIGINT, SIGTERM);
  signals.async_wait([&](const boost::system::error_code&, int signal_number) {
    vc::common::log::Info(kLog, "signal ", signal_number, ": stopping");
    server.Stop();
  });
  io.run();
  // Order matters: no new requests, then drop every connection on the media thread, then stop it
  // while the engine its queued work refers to is still alive.
  engine.Shutdown();
  media_thread.reset();
  vc::common::log::Info(kLog, "stopped");
  return 0;
}
}  // namespace

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN);
  app::McuOptions options;
  try {
    options = app::ParseMcuOptions(std::vector<std::string>(argv + 1, argv + argc));
  } catch (const app::OptionsError& e) {
    std::cerr << "vc-mcu: " << e.what() << "\n";
    return 2;
  }
  if (options.show_help) {
    std::cout << app::McuUsage();
    return 0;
  }
  if (options.show_version) {
    std::cout << "vc-mcu " << kVersion << "\n";
    return 0;
  }
  if (options.verbose) vc::common::log::SetMinimumLevel(vc::common::log::Level::kDebug);
  try {
    return Run(options);
  } catch (const std::exception& e) {
    std::cerr << "vc-mcu: " << e.what() << "\n";
    return 1;
  }
}
