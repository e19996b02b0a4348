#include <gtest/gtest.h>

#include "mcu/http/HttpRouter.hpp"

namespace vc::mcu::http {
namespace {

namespace beast_http = boost::beast::http;

HttpRouter::Request MakeRequest(beast_http::verb method, const std::string& target) {
  HttpRouter::Request request{method, target, 11};
  request.set(beast_http::field::host, "x");
  return request;
}

TEST(HttpRouterTest, PathIgnoresQueryAndFragment) {
  EXPECT_EQ(HttpRouter::PathOf("/?a=b"), "/");
  EXPECT_EQ(HttpRouter::PathOf("/ws#x"), "/ws");
  EXPECT_EQ(HttpRouter::PathOf("/metrics"), "/metrics");
}

TEST(HttpRouterTest, HealthzWithoutCallbackIsHealthy) {
  HttpRouter router{Routes{}};
  auto res = router.Handle(MakeRequest(beast_http::verb::get, "/healthz"));
  EXPECT_EQ(res.result(), beast_http::status::ok);
  EXPECT_EQ(res.body(), "ok\n");
}

TEST(HttpRouterTest, MetricsWithoutCallbackIs404) {
  HttpRouter router{Routes{}};
  EXPECT_EQ(router.Handle(MakeRequest(beast_http::verb::get, "/metrics")).result(),
            beast_http::status::not_found);
}

TEST(HttpRouterTest, WebSocketPathWithoutUpgradeAsksForIt) {
  Routes routes;
  routes.on_websocket = [](std::shared_ptr<WebSocketPeer>) {
    return std::unique_ptr<WebSocketHandler>();
  };
  HttpRouter router{std::move(routes)};
  EXPECT_EQ(router.Handle(MakeRequest(beast_http::verb::get, "/ws")).result(),
            beast_http::status::upgrade_required);
}

TEST(HttpRouterTest, EveryResponseCarriesSecurityHeaders) {
  Routes routes;
  routes.static_files["/app.js"] = {"text/javascript", "let x = 1;"};
  HttpRouter router{std::move(routes)};
  for (const char* target : {"/app.js", "/missing", "/healthz"}) {
    auto res = router.Handle(MakeRequest(beast_http::verb::get, target));
    EXPECT_EQ(res[beast_http::field::cache_control], "no-store") << target;
    EXPECT_EQ(res["X-Content-Type-Options"], "nosniff") << target;
    EXPECT_FALSE(res[beast_http::field::content_type].empty()) << target;
  }
  auto js = router.Handle(MakeRequest(beast_http::verb::get, "/app.js"));
  EXPECT_EQ(js[beast_http::field::content_type], "text/javascript");
  EXPECT_EQ(js.body(), "let x = 1;");
}

TEST(HttpRouterTest, KeepAliveFollowsTheRequest) {
  HttpRouter router{Routes{}};
  auto request = MakeRequest(beast_http::verb::get, "/healthz");
  request.keep_alive(false);
  EXPECT_FALSE(router.Handle(request).keep_alive());
  request.keep_alive(true);
  EXPECT_TRUE(router.Handle(request).keep_alive());
}

}  // namespace
}  // namespace vc::mcu::http
