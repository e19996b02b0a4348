#pragma once
// One handler per (method, path pattern) in a table; the router authenticates the caller (room
// credential, or a technician's session as Bearer token or cookie), checks the route's access
// level and turns refusals and errors into JSON replies with a stable code and a reason.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "provisioning/api/HttpTypes.hpp"
#include "provisioning/store/Models.hpp"

namespace vc::provision {

enum class Access { kPublic, kRoom, kViewer, kTechnician, kAdmin };

struct Principal {
  std::optional<User> user;
  std::optional<int64_t> room_id;
  std::string token;
  // Who the audit log names: the username, or "room:r12".
  std::string Actor() const;
};

struct Call {
  const Request& request;
  const Principal& who;
  std::vector<std::string> params;  // the {} segments of the pattern, in order
};

using Handler = std::function<Reply(const Call&)>;

struct Route {
  std::string method;
  std::string pattern;  // "/api/v1/rooms/{}/enroll-code"
  Access access = Access::kPublic;
  Handler handler;
  bool html = false;  // refusals redirect to /login instead of JSON 401
};

class Router {
 public:
  using Authenticator = std::function<Principal(const std::string& token)>;
  static constexpr const char* kSessionCookie = "vc_session";

  explicit Router(Authenticator authenticate) : authenticate_(std::move(authenticate)) {}
  void Add(Route route) { routes_.push_back(std::move(route)); }
  Reply Handle(const Request& request) const;

  // The bearer token, else the session cookie's value, else "".
  static std::string TokenOf(const Request& request);

 private:
  std::optional<Reply> Refusal(const Route& route, const Principal& who) const;
  Authenticator authenticate_;
  std::vector<Route> routes_;
};

}  // namespace vc::provision
