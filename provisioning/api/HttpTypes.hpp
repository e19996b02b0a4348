#pragma once
// A request as the router sees it (already bounded by the HTTP layer) and the reply it makes.
#include <map>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace vc::provision {

struct Request {
  std::string method;  // "GET", "POST", ...
  std::string path;    // without the query string
  std::map<std::string, std::string> query;
  std::string authorization;  // the Authorization header, "" when absent
  std::string cookie;         // the Cookie header
  std::string content_type;
  std::string body;
};

struct Reply {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;

  static Reply Json(int status, const nlohmann::json& body) {
    // Replace, not throw: a reason may quote bytes of a bad request that are not UTF-8.
    return Reply{status, "application/json", body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), {}};
  }
  static Reply Error(int status, const std::string& code, const std::string& reason,
                     const nlohmann::json& details = nullptr) {
    nlohmann::json body = {{"error", code}, {"reason", reason}};
    if (!details.is_null()) body["details"] = details;
    return Json(status, body);
  }
  static Reply Redirect(const std::string& location) {
    return Reply{303, "text/plain; charset=utf-8", "see " + location + "\n", {{"Location", location}}};
  }
};

}  // namespace vc::provision
