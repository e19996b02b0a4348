// Logging in and out, who am I, user management (admin) and the audit log (admin).
#include "provisioning/api/JsonInput.hpp"
#include "provisioning/api/Routes.hpp"
#include "provisioning/core/ProvisionError.hpp"
#include "provisioning/core/Text.hpp"

namespace vc::provision {
namespace {

Reply Login(Services& s, const Call& call) {
  const auto body = JsonInput::Object(call.request);
  JsonInput::OnlyKeys(body, {"username", "password"});
  const auto result = s.accounts.Login(JsonInput::String(body, "username"), JsonInput::String(body, "password"));
  Reply reply = Reply::Json(200, {{"token", result.token},
                                  {"username", result.user.username},
                                  {"role", result.user.role},
                                  {"expires_at", text::FormatUtc(result.expires_at)}});
  reply.headers.emplace_back("Set-Cookie", std::string(Router::kSessionCookie) + "=" + result.token +
                                               "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" +
                                               std::to_string(s.stores.settings.session_ttl_seconds));
  return reply;
}

Reply AddUser(Services& s, const Call& call) {
  const auto body = JsonInput::Object(call.request);
  JsonInput::OnlyKeys(body, {"username", "password", "role"});
  const User user = s.accounts.AddUser(call.who.Actor(), JsonInput::String(body, "username"),
                                       JsonInput::String(body, "password"), JsonInput::String(body, "role"));
  return Reply::Json(201, {{"id", ExternalId('u', user.id)}, {"username", user.username}, {"role", user.role}});
}

Reply Audit(Services& s, const Call&) {
  nlohmann::json entries = nlohmann::json::array();
  for (const auto& e : s.stores.audit.Recent(500)) {
    entries.push_back({{"at", text::FormatUtc(e.at)}, {"actor", e.actor}, {"action", e.action},
                       {"target", e.target}, {"detail", e.detail}});
  }
  return Reply::Json(200, {{"entries", entries}});
}

}  // namespace

void AddAccountRoutes(Router& router, Services& s) {
  router.Add({"POST", "/api/v1/login", Access::kPublic, [&s](const Call& c) { return Login(s, c); }});
  router.Add({"POST", "/api/v1/logout", Access::kViewer, [&s](const Call& c) {
                s.accounts.Logout(*c.who.user, c.who.token);
                Reply reply = Reply::Json(200, {{"logged_out", true}});
                reply.headers.emplace_back("Set-Cookie", std::string(Router::kSessionCookie) + "=; Path=/; Max-Age=0");
                return reply;
              }});
  router.Add({"GET", "/api/v1/me", Access::kViewer, [](const Call& c) {
                return Reply::Json(200, {{"username", c.who.user->username}, {"role", c.who.user->role}});
              }});
  router.Add({"GET", "/api/v1/users", Access::kAdmin, [&s](const Call&) {
                nlohmann::json users = nlohmann::json::array();
                for (const auto& u : s.stores.users.List()) {
                  users.push_back({{"id", ExternalId('u', u.id)}, {"username", u.username}, {"role", u.role}});
                }
                return Reply::Json(200, {{"users", users}});
              }});
  router.Add({"POST", "/api/v1/users", Access::kAdmin, [&s](const Call& c) { return AddUser(s, c); }});
  router.Add({"GET", "/api/v1/audit", Access::kAdmin, [&s](const Call& c) { return Audit(s, c); }});
}

}  // namespace vc::provision
