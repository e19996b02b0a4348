#include "provisioning/http/RequestAdapter.hpp"

#include "provisioning/web/FormData.hpp"

namespace vc::provision {
namespace beast_http = boost::beast::http;

Request RequestAdapter::FromBeast(const BeastRequest& in) {
  Request out;
  out.method = std::string(in.method_string());
  const std::string_view target(in.target().data(), in.target().size());
  const size_t q = target.find('?');
  out.path = FormData::Decode(target.substr(0, std::min(q, target.find('#'))));
  if (q != std::string_view::npos) {
    auto query = target.substr(q + 1);
    query = query.substr(0, query.find('#'));
    out.query = FormData::Parse(query);
  }
  if (auto it = in.find(beast_http::field::authorization); it != in.end()) out.authorization = std::string(it->value());
  if (auto it = in.find(beast_http::field::cookie); it != in.end()) out.cookie = std::string(it->value());
  if (auto it = in.find(beast_http::field::content_type); it != in.end()) out.content_type = std::string(it->value());
  out.body = in.body();
  return out;
}

RequestAdapter::BeastResponse RequestAdapter::ToBeast(Reply reply, unsigned version, bool keep_alive, bool head) {
  BeastResponse response{static_cast<beast_http::status>(reply.status), version};
  response.set(beast_http::field::server, "vc-provision");
  response.set(beast_http::field::content_type, reply.content_type);
  response.set(beast_http::field::cache_control, "no-store");
  response.set("X-Content-Type-Options", "nosniff");
  response.set("X-Frame-Options", "DENY");
  response.set("Referrer-Policy", "no-referrer");
  if (reply.content_type.starts_with("text/html")) {
    response.set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'");
  }
  if (reply.status == 401) response.set(beast_http::field::www_authenticate, "Bearer");
  for (const auto& [name, value] : reply.headers) response.insert(name, value);
  response.keep_alive(keep_alive);
  response.content_length(reply.body.size());
  if (!head) response.body() = std::move(reply.body);
  return response;
}

}  // namespace vc::provision
