#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>

#include "mcu/http/WebSocketHandler.hpp"
#include "mcu/http/WebSocketPeer.hpp"

namespace vc::mcu::http {

struct StaticFile {
  std::string content_type;  // e.g. "text/html; charset=utf-8"
  std::string body;
};

// What the server answers. Every callback runs on the requesting connection's strand; with several
// threads running the io_context, callbacks of different connections may run concurrently.
struct Routes {
  // Upgrade requests on /ws. Returning nullptr refuses the connection (close code 1013).
  std::function<std::unique_ptr<WebSocketHandler>(std::shared_ptr<WebSocketPeer>)> on_websocket;
  // GET /metrics (Prometheus text). Unset: 404.
  std::function<std::string()> metrics_text;
  // GET /healthz: 200 "ok\n" when true, 503 when false. Unset: always healthy.
  std::function<bool()> healthy;
  // GET <path> (query string ignored), e.g. "/" -> the page.
  std::map<std::string, StaticFile> static_files;
};

}  // namespace vc::mcu::http
