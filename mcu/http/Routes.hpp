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

// A request under /api/ (the admin API), handed over whole.
struct ApiRequest {
  std::string method;  // "GET", "POST", ...
  std::string path;    // without query string
  std::string authorization;  // the Authorization header, "" when absent
  std::string body;
};
struct ApiResponse {
  unsigned status = 200;
  std::string body;  // JSON
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
  // Any method on /api/...: answered with JSON. Unset: 404.
  std::function<ApiResponse(const ApiRequest&)> api;
  // GET <path> (query string ignored), e.g. "/" -> the page.
  std::map<std::string, StaticFile> static_files;
};

}  // namespace vc::mcu::http
