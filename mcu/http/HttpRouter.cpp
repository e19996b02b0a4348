#include "mcu/http/HttpRouter.hpp"

namespace vc::mcu::http {
namespace beast_http = boost::beast::http;
namespace {

constexpr const char* kTextPlain = "text/plain; charset=utf-8";
constexpr const char* kPrometheusText = "text/plain; version=0.0.4; charset=utf-8";
constexpr const char* kServerName = "vc-mcu";
constexpr const char* kJson = "application/json";

}  // namespace

HttpRouter::HttpRouter(Routes routes) : routes_(std::move(routes)) {
  for (const auto& [path, file] : routes_.static_files) {
    handlers_[path] = [&file = file] {
      return Reply{beast_http::status::ok, file.content_type, file.body};
    };
  }
  handlers_["/healthz"] = [this] {
    if (!routes_.healthy || routes_.healthy())
      return Reply{beast_http::status::ok, kTextPlain, "ok\n"};
    return Reply{beast_http::status::service_unavailable, kTextPlain, "unhealthy\n"};
  };
  if (routes_.metrics_text) {
    handlers_["/metrics"] = [this] {
      return Reply{beast_http::status::ok, kPrometheusText, routes_.metrics_text()};
    };
  }
  if (routes_.on_websocket) {
    // Reached only by requests that are not an upgrade.
    handlers_[std::string(kWebSocketPath)] = [] {
      return Reply{beast_http::status::upgrade_required, kTextPlain,
                   "websocket upgrade required\n"};
    };
  }
}

std::string_view HttpRouter::PathOf(std::string_view target) {
  return target.substr(0, target.find_first_of("?#"));
}

HttpRouter::Response HttpRouter::Handle(const Request& request) const {
  const bool is_head = request.method() == beast_http::verb::head;
  const bool is_get = request.method() == beast_http::verb::get;
  const auto path = PathOf(std::string_view(request.target().data(), request.target().size()));

  Reply reply;
  const auto it = handlers_.find(path);
  if (routes_.api && path.starts_with(kApiPrefix)) {
    ApiRequest api{std::string(request.method_string()), std::string(path), "", request.body()};
    if (auto auth = request.find(beast_http::field::authorization); auth != request.end()) {
      api.authorization = std::string(auth->value());
    }
    ApiResponse answer = routes_.api(api);
    reply = {static_cast<beast_http::status>(answer.status), kJson, std::move(answer.body)};
  } else if (it == handlers_.end()) {
    reply = {beast_http::status::not_found, kTextPlain, "not found\n"};
  } else if (!is_get && !is_head) {
    reply = {beast_http::status::method_not_allowed, kTextPlain, "method not allowed\n"};
  } else {
    reply = it->second();
  }

  Response response{reply.status, request.version()};
  response.set(beast_http::field::server, kServerName);
  response.set(beast_http::field::content_type, reply.content_type);
  response.set(beast_http::field::cache_control, "no-store");
  response.set("X-Content-Type-Options", "nosniff");
  response.set("X-Frame-Options", "DENY");
  response.set("Referrer-Policy", "no-referrer");
  const bool api = routes_.api && path.starts_with(kApiPrefix);
  if (reply.status == beast_http::status::method_not_allowed && !api) {
    response.set(beast_http::field::allow, "GET, HEAD");
  }
  if (reply.status == beast_http::status::unauthorized && api) {
    response.set(beast_http::field::www_authenticate, "Bearer");
  }
  response.keep_alive(request.keep_alive());
  // HEAD: the headers GET would send, Content-Length included, and no body.
  response.content_length(reply.body.size());
  if (!is_head) response.body() = std::move(reply.body);
  return response;
}

}  // namespace vc::mcu::http
