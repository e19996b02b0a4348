#pragma once
// One bounded HTTP/1.1 request against the MCU: GET (plain or HTTPS) for health, metrics and
// pages, any method with a bearer token and a JSON body for the admin API; plus reading a
// Prometheus counter out of the exposition text.

#include <chrono>
#include <cstdint>
#include <map>
#include <string>

namespace vc::tests::integration {

class HttpProbe {
 public:
  struct Response {
    int status = 0;  // 0: no response (connect failed, timeout)
    std::string body;
    std::string error;
  };

  static Response Get(uint16_t port, const std::string& target,
                      std::chrono::milliseconds timeout = std::chrono::milliseconds(3000));
  // The same over HTTPS; the server certificate is not verified (tests use self-signed ones).
  static Response GetTls(uint16_t port, const std::string& target,
                         std::chrono::milliseconds timeout = std::chrono::milliseconds(3000));

  // Any method; "Authorization: Bearer TOKEN" unless bearer_token is empty; a JSON body if any.
  static Response Send(uint16_t port, const std::string& method, const std::string& target,
                       const std::string& bearer_token, const std::string& json_body = "",
                       std::chrono::milliseconds timeout = std::chrono::milliseconds(5000));

  // Sum of every sample of `name` whose labels include all of `labels` (0 when there is none:
  // a labelled counter only appears once it has been incremented).
  static double CounterSum(const std::string& exposition, const std::string& name,
                           const std::map<std::string, std::string>& labels = {});
};

}  // namespace vc::tests::integration
