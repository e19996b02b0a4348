#pragma once
// One bounded HTTP/1.1 request with any method, body and Authorization header, for the MCU's
// admin API in tests (HttpProbe only GETs).
#include <chrono>
#include <cstdint>
#include <string>

namespace vc::tests::audio {

struct AdminHttpResponse {
  int status = 0;  // 0: no response
  std::string body;
  std::string error;
};

// token: sent as "Authorization: Bearer TOKEN" unless empty.
AdminHttpResponse AdminRequest(uint16_t port, const std::string& method, const std::string& target,
                               const std::string& token, const std::string& body = "",
                               std::chrono::milliseconds timeout = std::chrono::milliseconds(5000));

}  // namespace vc::tests::audio
