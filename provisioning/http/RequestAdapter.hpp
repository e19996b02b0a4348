#pragma once
// Between Beast's message types and the router's plain structs.
#include <boost/beast/http.hpp>

#include "provisioning/api/HttpTypes.hpp"

namespace vc::provision {

class RequestAdapter {
 public:
  using BeastRequest = boost::beast::http::request<boost::beast::http::string_body>;
  using BeastResponse = boost::beast::http::response<boost::beast::http::string_body>;

  static Request FromBeast(const BeastRequest& request);
  static BeastResponse ToBeast(Reply reply, unsigned version, bool keep_alive, bool head);
};

}  // namespace vc::provision
