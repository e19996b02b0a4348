// The HTML pages: "/" -> "/fleet" (or "/login" when not signed in), the login form, sign out.
#include "provisioning/api/Routes.hpp"
#include "provisioning/core/ProvisionError.hpp"
#include "provisioning/web/FleetPage.hpp"
#include "provisioning/web/FormData.hpp"

namespace vc::provision {
namespace {

constexpr const char* kHtml = "text/html; charset=utf-8";

bool English(const Request& request) {
  const auto it = request.query.find("lang");
  return it != request.query.end() && it->second == "en";
}

Reply LoginPost(Services& s, const Call& call) {
  if (call.request.body.size() > 4096) return Reply::Redirect("/login?error=1");
  const auto form = FormData::Parse(call.request.body);
  const auto user = form.find("username");
  const auto password = form.find("password");
  if (user == form.end() || password == form.end()) return Reply::Redirect("/login?error=1");
  try {
    const auto result = s.accounts.Login(user->second, password->second);
    Reply reply = Reply::Redirect("/fleet");
    reply.headers.emplace_back("Set-Cookie", std::string(Router::kSessionCookie) + "=" + result.token +
                                                 "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" +
                                                 std::to_string(s.stores.settings.session_ttl_seconds));
    return reply;
  } catch (const ProvisionError&) {
    return Reply::Redirect("/login?error=1");
  }
}

Reply Fleet(Services& s, const Call& call) {
  s.health.EvaluateOffline();
  const auto it = call.request.query.find("site");
  const std::string site = it == call.request.query.end() ? "" : it->second;
  return Reply{200, kHtml,
               FleetPage::Fleet(s.health.Fleet(site), s.stores.inventory.ListSites(), site, *call.who.user,
                                s.stores.Now(), English(call.request)),
               {}};
}

}  // namespace

void AddWebRoutes(Router& router, Services& s) {
  router.Add({"GET", "/", Access::kViewer, [](const Call&) { return Reply::Redirect("/fleet"); }, true});
  router.Add({"GET", "/login", Access::kPublic, [](const Call& c) {
                return Reply{200, kHtml, FleetPage::Login(c.request.query.contains("error"), English(c.request)), {}};
              }});
  router.Add({"POST", "/login", Access::kPublic, [&s](const Call& c) { return LoginPost(s, c); }});
  router.Add({"POST", "/logout", Access::kViewer, [&s](const Call& c) {
                s.accounts.Logout(*c.who.user, c.who.token);
                Reply reply = Reply::Redirect("/login");
                reply.headers.emplace_back("Set-Cookie", std::string(Router::kSessionCookie) + "=; Path=/; Max-Age=0");
                return reply;
              }, true});
  router.Add({"GET", "/fleet", Access::kViewer, [&s](const Call& c) { return Fleet(s, c); }, true});
  router.Add({"GET", "/healthz", Access::kPublic, [](const Call&) {
                return Reply{200, "text/plain; charset=utf-8", "ok\n", {}};
              }});
}

}  // namespace vc::provision
