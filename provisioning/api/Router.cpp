#include "provisioning/api/Router.hpp"

#include "common/log/Log.hpp"
#include "provisioning/core/ProvisionError.hpp"
#include "provisioning/store/StoreError.hpp"

namespace vc::provision {
namespace log = vc::common::log;
namespace {

std::vector<std::string_view> Segments(std::string_view path) {
  std::vector<std::string_view> out;
  size_t start = 1;
  while (start <= path.size()) {
    const size_t end = path.find('/', start);
    out.push_back(path.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return out;
}

bool Match(std::string_view pattern, std::string_view path, std::vector<std::string>* params) {
  const auto want = Segments(pattern);
  const auto got = Segments(path);
  if (want.size() != got.size()) return false;
  params->clear();
  for (size_t i = 0; i < want.size(); ++i) {
    if (want[i] == "{}") {
      if (got[i].empty()) return false;
      params->emplace_back(got[i]);
    } else if (want[i] != got[i]) {
      return false;
    }
  }
  return true;
}

int Rank(const std::string& role) {
  if (role == "admin") return 3;
  if (role == "technician") return 2;
  if (role == "viewer") return 1;
  return 0;
}

int Needed(Access access) {
  switch (access) {
    case Access::kAdmin: return 3;
    case Access::kTechnician: return 2;
    default: return 1;
  }
}

}  // namespace

std::string Principal::Actor() const {
  if (user) return user->username;
  if (room_id) return "room:r" + std::to_string(*room_id);
  return "anonymous";
}

std::string Router::TokenOf(const Request& request) {
  if (request.authorization.starts_with("Bearer ")) return request.authorization.substr(7);
  const std::string key = std::string(kSessionCookie) + "=";
  size_t pos = 0;
  while (pos < request.cookie.size()) {
    while (pos < request.cookie.size() && (request.cookie[pos] == ' ' || request.cookie[pos] == ';')) ++pos;
    const size_t end = request.cookie.find(';', pos);
    const auto part = request.cookie.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
    if (part.starts_with(key)) return part.substr(key.size());
    if (end == std::string::npos) break;
    pos = end + 1;
  }
  return "";
}

std::optional<Reply> Router::Refusal(const Route& route, const Principal& who) const {
  if (route.access == Access::kPublic) return std::nullopt;
  const bool anonymous = !who.user && !who.room_id;
  if (anonymous) {
    if (route.html) return Reply::Redirect("/login");
    return Reply::Error(401, "unauthorized", "missing, unknown or expired credential");
  }
  if (route.access == Access::kRoom) {
    if (who.room_id) return std::nullopt;
    return Reply::Error(403, "forbidden", "this endpoint is for room appliances (a room credential)");
  }
  if (who.room_id) {
    return Reply::Error(403, "forbidden", "a room credential may only call /api/v1/appliance/*");
  }
  if (Rank(who.user->role) >= Needed(route.access)) return std::nullopt;
  const std::string needs = route.access == Access::kAdmin ? "admin" : "technician or admin";
  return Reply::Error(403, "forbidden", "role " + who.user->role + " may not do this (needs " + needs +
                                            (who.user->role == "viewer" ? "; viewers cannot change anything)" : ")"));
}

Reply Router::Handle(const Request& request) const {
  std::vector<std::string> params;
  const Route* found = nullptr;
  bool path_known = false;
  for (const auto& route : routes_) {
    if (!Match(route.pattern, request.path, &params)) continue;
    path_known = true;
    const bool head_as_get = request.method == "HEAD" && route.method == "GET";
    if (route.method == request.method || head_as_get) {
      found = &route;
      break;
    }
  }
  if (!found) {
    if (path_known) return Reply::Error(405, "method_not_allowed", request.method + " is not allowed on " + request.path);
    return Reply::Error(404, "not_found", "no such endpoint: " + request.path);
  }
  try {
    const Principal who = found->access == Access::kPublic ? Principal{} : authenticate_(TokenOf(request));
    if (auto refusal = Refusal(*found, who)) return *refusal;
    return found->handler(Call{request, who, params});
  } catch (const ProvisionError& e) {
    return Reply::Error(e.status(), e.code(), e.what(), e.details());
  } catch (const StoreError& e) {
    if (e.kind() == StoreError::Kind::kConflict) return Reply::Error(409, "conflict", e.what());
    log::Error("vc-provision", "storage failure on ", request.method, " ", request.path, ": ", e.what());
    return Reply::Error(500, "storage", "storage failure (see the server log)");
  } catch (const std::exception& e) {
    log::Error("vc-provision", "internal error on ", request.method, " ", request.path, ": ", e.what());
    return Reply::Error(500, "internal", "internal error (see the server log)");
  }
}

}  // namespace vc::provision
