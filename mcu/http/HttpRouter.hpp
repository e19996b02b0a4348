#pragma once

#include <boost/beast/http.hpp>
#include <functional>
#include <map>
#include <string>
#include <string_view>

#include "mcu/http/Routes.hpp"

namespace vc::mcu::http {

// Answers plain HTTP requests (everything but the WebSocket upgrade) from a table of one handler
// per path. GET and HEAD only; 404 for unknown paths, 405 for other methods. Paths under /api/
// go to Routes::api whatever the method.
class HttpRouter {
 public:
  using Request = boost::beast::http::request<boost::beast::http::string_body>;
  using Response = boost::beast::http::response<boost::beast::http::string_body>;

  static constexpr std::string_view kWebSocketPath = "/ws";
  static constexpr std::string_view kApiPrefix = "/api/";

  explicit HttpRouter(Routes routes);

  Response Handle(const Request& request) const;
  const Routes& routes() const { return routes_; }

  // The path of a request target without query string or fragment.
  static std::string_view PathOf(std::string_view target);

 private:
  struct Reply {
    boost::beast::http::status status;
    std::string content_type;
    std::string body;
  };
  using Handler = std::function<Reply()>;

  // Passed by argument.
  const Routes routes_;
  // Allocated by this.
  std::map<std::string, Handler, std::less<>> handlers_;
};

}  // namespace vc::mcu::http
